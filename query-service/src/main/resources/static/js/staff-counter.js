// The counter: staff type the code the customer shows, to find the reservation or to hand its loaves over.
import { t } from './i18n.js';
import { call } from './api.js';
import { say } from './message.js';
import { confirmFirst } from './confirm.js';
import { complain } from './staff-table.js';

const $ = selector => document.querySelector(selector);

/** The reservations having the typed code (the one not ended first), or null after saying why there are none. */
async function find(code) {
  const answer = await call('GET', `/reservations?code=${encodeURIComponent(code)}`);
  if (!answer.ok) {
    complain(answer);
    return null;
  }
  if (answer.body.items.length === 0) {
    say('noCodeMatch', { code: code.toUpperCase() }, 'warning');
    return null;
  }
  return answer.body.items;
}

function described(reservation) {
  return { code: reservation.pickupCode, name: reservation.breadName, quantity: reservation.quantity,
    status: t(`status_${reservation.status}`) };
}

/** rowOf draws a reservation as the reservations table does, with its Hand over and Cancel buttons. */
export function wireCounter(rowOf) {
  const input = $('#code');
  const found = $('#found');
  const show = items => {
    found.hidden = !items;
    found.querySelector('tbody').replaceChildren(...(items || []).map(rowOf));
  };
  $('#counter').addEventListener('submit', async event => {
    event.preventDefault();
    const items = await find(input.value.trim());
    show(items);
    if (items) {
      say('foundCode', described(items[0]), 'info');
    }
  });
  $('#hand-over-code').addEventListener('click', async () => {
    if (!input.reportValidity()) {
      return;
    }
    const items = await find(input.value.trim());
    show(items);
    if (!items || !await confirmFirst('confirmHandOverCode', described(items[0]), 'yesPickUp')) {
      return;
    }
    const answer = await call('POST', '/pickups', { code: input.value.trim() });
    if (answer.ok) {
      say('handedOverCode', described(answer.body.pickupCode ? answer.body : items[0]), 'success');
      input.value = '';
      show(null);
    } else {
      complain(answer);
    }
  });
}
