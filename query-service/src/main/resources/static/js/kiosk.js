// The kiosk: live bread counts, reserve, follow your reservation live, cancel with the secret kept in this browser.
// On a personal phone reservations are kept until they are over; a shop kiosk (/?kiosk) hands each one to the
// customer's phone by a QR code and then forgets the customer.
import { keepLanguageChoice, languageSwitch, t } from './i18n.js';
import { call } from './api.js';
import { watch } from './live.js';
import { messageKind, say, showMessage } from './message.js';
import { isKiosk, startOverWhenIdle } from './kiosk-mode.js';
import { phoneFor, renderSale, saleRefusal, wirePhone } from './bread-sale.js';
import { syncWithServer, takeServerTime } from './server-clock.js';
import {
  addReservation, complaint, followOpenReservations, renderMine, takeOverFromKiosk,
} from './reservation-cards.js';
import { followMyPlaces, renderWaitlist, tickWaitlist } from './waitlist-cards.js';
import { emailFor, joinFrom, renderWaitlistForm, wireWaitlistForm } from './bread-waitlist.js';

const KIOSK = isKiosk();

const breads = new Map();        // breadId -> BreadView
const quantities = new Map();    // breadId -> chosen quantity
const notes = new Map();         // breadId -> {key, params, kind}: what the last reserve tap on that bread came to

const $ = selector => document.querySelector(selector);

function showConnection(state) {
  $('#connection').dataset.state = state;
  $('#rebuilding').hidden = state !== 'rebuilding';
  if (state === 'live' && messageKind() === 'offline') {
    say(null);
  } else if (state === 'offline') {
    say('offline', {}, 'offline');
  }
}

// ---- breads ----

function maxQuantity(bread) {
  return Math.max(1, Math.min(bread.maxPerReservation, bread.remaining));
}

function renderBreads() {
  const list = $('#breads');
  const cards = [...breads.values()].map(bread => {
    const card = list.querySelector(`[data-bread-id="${bread.breadId}"]`) || newBreadCard(bread.breadId);
    renderBread(card, bread);
    return card;
  });
  // cards already in place stay put: a phone number being typed keeps its focus through live updates
  if (cards.length !== list.children.length || cards.some((card, i) => list.children[i] !== card)) {
    list.replaceChildren(...cards);
  }
  $('#no-breads').hidden = breads.size > 0;
}

function renderBread(card, bread) {
  const quantity = Math.min(quantities.get(bread.breadId) || 1, maxQuantity(bread));
  quantities.set(bread.breadId, quantity);
  card.dataset.soldOut = String(bread.soldOut);
  card.querySelector('.name').textContent = bread.breadName;
  card.querySelector('.count').textContent = bread.remaining;
  card.querySelector('.left').textContent = t('left');
  card.querySelector('.sold-out-badge').textContent = t('soldOut');
  card.querySelector('.bound').textContent = t('maxPer', { n: bread.maxPerReservation });
  card.querySelector('.quantity').textContent = quantity;
  card.querySelector('.minus').disabled = bread.soldOut || quantity <= 1;
  card.querySelector('.plus').disabled = bread.soldOut || quantity >= maxQuantity(bread);
  const sale = renderSale(card, bread);
  const reserve = card.querySelector('.reserve');
  reserve.disabled = bread.soldOut || card.dataset.busy === 'true' || sale !== 'open';
  renderWaitlistForm(card, bread, sale);
  reserve.textContent = card.dataset.busy === 'true' ? t('reserving') : bread.soldOut ? t('soldOut')
    : sale === 'ended' ? t('saleEnded') : t('reserve');
  const note = notes.get(bread.breadId);
  const noteLine = card.querySelector('.note');
  noteLine.hidden = !note;
  noteLine.textContent = note ? t(note.key, note.params) : '';
  noteLine.dataset.kind = note?.kind || '';
}

/** Every second: countdowns tick, and a button enables itself at the server's opening minute. */
function tick() {
  document.querySelectorAll('#breads [data-bread-id]').forEach(card => {
    const bread = breads.get(card.dataset.breadId);
    if (bread && (bread.opensAt || bread.closesAt)) {
      renderBread(card, bread);
    }
  });
}

function newBreadCard(breadId) {
  const card = $('#bread-card').content.firstElementChild.cloneNode(true);
  card.dataset.breadId = breadId;
  card.querySelector('.minus').addEventListener('click', () => step(breadId, -1));
  card.querySelector('.plus').addEventListener('click', () => step(breadId, +1));
  card.querySelector('.reserve').addEventListener('click', () => reserve(breadId, card));
  wirePhone(card, breadId);
  wireWaitlistForm(card, breadId, () => join(breadId, card));
  return card;
}

function step(breadId, by) {
  const bread = breads.get(breadId);
  quantities.set(breadId, Math.max(1, Math.min(maxQuantity(bread), (quantities.get(breadId) || 1) + by)));
  renderBreads();
}

/** What a reserve tap came to is said in the bread's own card, under the finger, not at the top of the page. */
function note(breadId, key, params, kind) {
  notes.set(breadId, { key, params, kind });
  renderBreads();
}

async function reserve(breadId, card) {
  const bread = breads.get(breadId);
  const quantity = quantities.get(breadId) || 1;
  notes.delete(breadId);
  card.dataset.busy = 'true';
  renderBreads();
  const phone = phoneFor(bread);
  const email = emailFor(card, breadId);
  if (email === false) {
    card.dataset.busy = 'false';
    note(breadId, 'emailInvalid', {}, 'warning');
    return;
  }
  const body = phone ? { breadId, quantity, phone } : { breadId, quantity };
  if (email) {
    body.notify = { email };
  }
  const answer = await call('POST', '/reservations', body);
  card.dataset.busy = 'false';
  if (answer.body?.serverTime) {
    takeServerTime(answer.body.serverTime);
  }
  renderBreads();
  if (answer.status === 201 || answer.status === 202) {
    const reservation = {
      reservationId: answer.body.reservationId,
      cancelSecret: answer.body.cancelSecret,
      breadName: bread.breadName,
      pickupCode: answer.body.pickupCode,
      quantity,
      savedAt: Date.now(),
      view: { status: answer.body.status, baker: answer.body.baker },
    };
    addReservation(reservation);
    note(breadId, answer.status === 201 ? 'reserved' : 'stillDeciding', { quantity, name: bread.breadName }, 'success');
  } else if (answer.status === 409 && answer.body.reservationStatus === 'SOLD_OUT') {
    await notEnoughLeft(bread, quantity);
  } else if (saleRefusal(answer, bread)) {
    note(breadId, ...saleRefusal(answer, bread));
  } else {
    note(breadId, ...complaint(answer));
  }
}

async function join(breadId, card) {
  notes.delete(breadId);
  card.dataset.busy = 'true';
  renderBreads();
  const said = await joinFrom(card, breads.get(breadId));
  card.dataset.busy = 'false';
  note(breadId, ...said);
}

/**
 * "Sold out" means fewer loaves were left than asked for, not necessarily none: the bread's count right now tells
 * the customer which, and how many they can still have.
 */
async function notEnoughLeft(bread, quantity) {
  const now = await call('GET', `/breads/${encodeURIComponent(bread.breadId)}`);
  const remaining = now.ok ? now.body.remaining : 0;
  if (now.ok) {
    breads.set(bread.breadId, now.body);
  }
  if (remaining > 0 && remaining < quantity) {
    quantities.set(bread.breadId, remaining);
    note(bread.breadId, 'onlyLeft', { n: remaining, name: bread.breadName }, 'warning');
  } else {
    note(bread.breadId, 'soldOutMessage', { name: bread.breadName }, 'warning');
  }
}


// ---- start ----

function renderAll() {
  renderBreads();
  renderWaitlist();
  renderMine();
  showMessage();
}

if (KIOSK) {
  keepLanguageChoice(false);
  document.body.dataset.mode = 'kiosk';
  startOverWhenIdle();
}
takeOverFromKiosk();
languageSwitch($('#language'), renderAll);
renderAll();
syncWithServer().then(renderBreads);
setInterval(() => {
  tick();
  tickWaitlist();
}, 1000);
watch('/live/breads', {
  onSnapshot: all => {
    // every (re)connection starts with a snapshot: the moment to measure the server's clock again
    syncWithServer().then(renderBreads);
    breads.clear();
    all.forEach(bread => breads.set(bread.breadId, bread));
    renderBreads();
  },
  onChanges: changed => {
    changed.forEach(bread => breads.set(bread.breadId, bread));
    renderBreads();
  },
  onState: showConnection,
});
followOpenReservations();
followMyPlaces();
