// The staff page: register and restock breads, the live reservations (flagged ones marked) and assignments,
// cancels and hand-overs, the shop screens' upkeep (staff-screens.js), and logging out.
import { languageSwitch, t } from './i18n.js';
import { call } from './api.js';
import { watch } from './live.js';
import { say, showMessage } from './message.js';
import { confirmFirst } from './confirm.js';
import { button, cell, complain, shortId, when } from './staff-table.js';
import { keepScreensUp, renderMissed, renderReadModel } from './staff-screens.js';

const ROWS_SHOWN = 200;
const OPEN = ['REQUESTED', 'ACCEPTED', 'CONFIRMED'];
const breads = new Map();       // breadId -> BreadView
const pages = new Map();        // reservationId -> ReservationView
const assignments = new Map();  // reservationId -> AssignmentView
const running = [];             // live streams and polls, stopped at logout

const $ = selector => document.querySelector(selector);

// ---- breads ----

function renderBreads() {
  // rows are updated in place, so a restock amount being typed survives the live updates
  const body = $('#breads tbody');
  const rows = [...breads.values()].map(bread => {
    const row = body.querySelector(`tr[data-bread-id="${bread.breadId}"]`) || newBreadRow(bread.breadId);
    row.dataset.soldOut = String(bread.soldOut);
    const [name, edition, remaining, reserved] = row.cells;
    name.textContent = bread.breadName;
    edition.textContent = bread.editionSize;
    remaining.textContent = bread.soldOut ? `${bread.remaining} · ${t('soldOut')}` : bread.remaining;
    reserved.textContent = bread.reserved;
    row.querySelector('.restock-quantity').setAttribute('aria-label', t('restock'));
    row.querySelector('.restock').textContent = t('restock');
    return row;
  });
  body.replaceChildren(...rows);
}

function newBreadRow(breadId) {
  const row = document.createElement('tr');
  row.dataset.breadId = breadId;
  const remaining = cell('');
  remaining.className = 'remaining';
  const restock = document.createElement('td');
  const amount = document.createElement('input');
  amount.type = 'number';
  amount.min = '1';
  amount.value = '10';
  amount.className = 'restock-quantity';
  restock.append(amount, button(t('restock'), 'restock secondary', () => restockBread(breads.get(breadId), amount)));
  row.append(cell(''), cell(''), remaining, cell(''), restock);
  return row;
}

async function restockBread(bread, amount) {
  const quantity = Number(amount.value);
  const answer = await call('POST', `/breads/${encodeURIComponent(bread.breadId)}/restock`, { quantity });
  if (answer.ok) {
    // 200 answers the bread's new counts; a 202 (the read side late) the counts as they stood
    say('restocked', { n: quantity, name: bread.breadName, remaining: answer.body.remaining ?? '' }, 'success');
  } else {
    complain(answer);
  }
}

$('#register').addEventListener('submit', async event => {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = { breadName: form.get('breadName'), quantity: Number(form.get('quantity')) };
  if (form.get('maxPerReservation')) {
    body.maxPerReservation = Number(form.get('maxPerReservation'));
  }
  const answer = await call('POST', '/breads', body);
  if (answer.status === 201) {
    say('registered', { name: answer.body.breadName }, 'success');
    event.target.reset();
  } else {
    complain(answer);
  }
});

// ---- reservations ----

function renderPages() {
  const flaggedOnly = $('#flagged-only').checked;
  const newest = [...pages.values()]
    .filter(page => !flaggedOnly || page.flagged)
    .sort((a, b) => (b.placedAt || '').localeCompare(a.placedAt || '') || a.reservationId.localeCompare(b.reservationId))
    .slice(0, ROWS_SHOWN);
  const rows = newest.map(page => {
    const row = document.createElement('tr');
    row.dataset.reservationId = page.reservationId;
    row.dataset.status = page.status;
    const status = cell(t(`status_${page.status}`));
    status.className = `status status-${page.status}`;
    row.dataset.flagged = String(Boolean(page.flagged));
    if (page.flagged) {
      const flag = document.createElement('span');
      flag.className = 'flag';
      flag.textContent = `⚠ ${t('flagged', { step: page.flaggedStep, since: when(page.flaggedAt) })}`;
      status.append(flag);
    }
    const action = document.createElement('td');
    action.className = 'actions';
    if (page.status === 'CONFIRMED') {
      action.append(button(t('pickUp'), 'pickup secondary', () => pickUp(page)));
    }
    if (OPEN.includes(page.status)) {
      action.append(button(t('cancelReservation'), 'cancel danger', () => cancel(page)));
    }
    row.append(cell(when(page.placedAt)), cell(shortId(page.reservationId)), cell(page.breadName),
      cell(page.quantity), status, cell(page.baker), action);
    return row;
  });
  $('#pages tbody').replaceChildren(...rows);
  $('#no-pages').hidden = pages.size > 0;
}

function described(page) {
  return { id: shortId(page.reservationId), name: page.breadName, quantity: page.quantity };
}

async function pickUp(page) {
  if (!await confirmFirst('confirmPickUp', described(page), 'yesPickUp')) {
    return;
  }
  const answer = await call('POST', `/reservations/${encodeURIComponent(page.reservationId)}/pickup`);
  if (answer.ok) {
    say('pickedUp', described(page), 'success');
  } else {
    complain(answer);
  }
}

/** Staff cancel without the customer's secret: their login is the proof. */
async function cancel(page) {
  if (!await confirmFirst('confirmStaffCancel', described(page), 'yesCancel')) {
    return;
  }
  const answer = await call('PATCH', `/reservations/${encodeURIComponent(page.reservationId)}`,
    { status: 'cancellation' });
  if (answer.ok) {
    say(answer.status === 202 ? 'staffCancelRequested' : 'staffCanceled', described(page), 'success');
  } else {
    complain(answer);
  }
}

$('#flagged-only').addEventListener('change', renderPages);

// ---- assignments ----

function renderAssignments() {
  const rows = [...assignments.values()]
    .sort((a, b) => (a.assignedAt || '').localeCompare(b.assignedAt || ''))
    .map(assignment => {
      const row = document.createElement('tr');
      row.dataset.reservationId = assignment.reservationId;
      row.append(cell(when(assignment.assignedAt)), cell(assignment.baker),
        cell(breads.get(assignment.breadId)?.breadName || shortId(assignment.breadId)), cell(assignment.quantity),
        cell(shortId(assignment.reservationId)));
      return row;
    });
  $('#assignments tbody').replaceChildren(...rows);
  $('#no-assignments').hidden = assignments.size > 0;
}

// ---- logout ----

/**
 * HTTP Basic has no logout of its own: the browser keeps sending the login until a request sent with it is refused.
 * /staff/logout refuses it (401, with no login prompt), and the page stops everything that would ask again.
 */
$('#logout').addEventListener('click', async () => {
  running.forEach(task => task.close());
  await call('POST', '/staff/logout');
  document.body.dataset.signedOut = 'true';
  say('signedOut', {}, 'info');
});

// ---- start ----

function showConnection(state) {
  $('#connection').dataset.state = state;
  $('#rebuilding').hidden = state !== 'rebuilding';
}

function renderAll() {
  renderBreads();
  renderPages();
  renderAssignments();
  renderReadModel();
  renderMissed();
  showMessage();
}

function keepLive(url, items, keyOf, render, applyChange = (change) => items.set(keyOf(change), change)) {
  running.push(watch(url, {
    onSnapshot: all => {
      items.clear();
      all.forEach(item => items.set(keyOf(item), item));
      render();
    },
    onChanges: changes => {
      changes.forEach(applyChange);
      render();
    },
    onState: showConnection,
  }));
}

languageSwitch($('#language'), renderAll);
renderAll();
running.push(keepScreensUp());
keepLive('/live/breads', breads, bread => bread.breadId, () => { renderBreads(); renderAssignments(); });
keepLive('/live/pages', pages, page => page.reservationId, renderPages);
keepLive('/live/assignments', assignments, assignment => assignment.reservationId, renderAssignments,
  change => change.assignment ? assignments.set(change.reservationId, change.assignment)
    : assignments.delete(change.reservationId));
