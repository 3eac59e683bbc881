// The staff page: the live reservations (flagged ones marked, each with its pickup code) and assignments, cancels
// and hand-overs, with the counter (staff-counter.js), the breads and their sales (staff-breads.js), the shop
// screens' upkeep (staff-screens.js), and logging out.
import { languageSwitch, t } from './i18n.js';
import { call } from './api.js';
import { watch } from './live.js';
import { say, showMessage } from './message.js';
import { confirmFirst } from './confirm.js';
import { button, cell, complain, shortId, when } from './staff-table.js';
import { keepScreensUp, renderMissed, renderReadModel } from './staff-screens.js';
import { breads, renderBreads, wireRegistration } from './staff-breads.js';
import { wireCounter } from './staff-counter.js';
import {
  keepAfterSaleUp, refreshQueues, renderFailed, renderNoShows, renderQueues, renderWaitlists,
} from './staff-after-sale.js';
import { syncWithServer } from './server-clock.js';

const ROWS_SHOWN = 200;
const OPEN = ['REQUESTED', 'ACCEPTED', 'CONFIRMED', 'READY'];
const IN_THE_KITCHEN = ['CONFIRMED', 'READY', 'PICKED_UP', 'NO_SHOW', 'CANCELED', 'CANCELLATION_REQUESTED'];
const pages = new Map();        // reservationId -> ReservationView
const assignments = new Map();  // reservationId -> AssignmentView
const running = [];             // live streams and polls, stopped at logout

const $ = selector => document.querySelector(selector);

// ---- reservations ----

function renderPages() {
  const flaggedOnly = $('#flagged-only').checked;
  const newest = [...pages.values()]
    .filter(page => !flaggedOnly || page.flagged)
    .sort((a, b) => (b.placedAt || '').localeCompare(a.placedAt || '') || a.reservationId.localeCompare(b.reservationId))
    .slice(0, ROWS_SHOWN);
  $('#pages tbody').replaceChildren(...newest.map(reservationRow));
  $('#no-pages').hidden = pages.size > 0;
}

function reservationRow(page) {
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
  if (page.status === 'CONFIRMED' || page.status === 'READY') {
    action.append(button(t('pickUp'), 'pickup secondary', () => pickUp(page)));
  }
  if (OPEN.includes(page.status)) {
    action.append(button(t('cancelReservation'), 'cancel danger', () => cancel(page)));
  }
  const code = cell(page.pickupCode);
  code.className = 'code';
  row.append(cell(when(page.placedAt)), code, cell(shortId(page.reservationId)), cell(page.breadName),
    cell(page.quantity), status, cell(page.baker), action);
  return row;
}

function described(page) {
  return { id: page.pickupCode || shortId(page.reservationId), name: page.breadName, quantity: page.quantity };
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
  renderQueues();
  renderNoShows(pages);
  renderWaitlists(breads);
  renderFailed();
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
wireRegistration();
wireCounter(reservationRow);
renderAll();
syncWithServer().then(renderBreads);
// a bread's sale opens and ends on the clock, not only on an update
const saleClock = setInterval(renderBreads, 5000);
running.push({ close: () => clearInterval(saleClock) });
running.push(keepScreensUp());
keepLive('/live/breads', breads, bread => bread.breadId, () => { renderBreads(); renderAssignments(); });
running.push(keepAfterSaleUp(breads));
let queuesDue = null;
// a baker's queue changes with the reservations it holds: asked again once a burst of changes has passed
keepLive('/live/pages', pages, page => page.reservationId, () => {
  renderPages();
  renderNoShows(pages);
}, change => {
  pages.set(change.reservationId, change);
  if (IN_THE_KITCHEN.includes(change.status) && !queuesDue) {
    queuesDue = setTimeout(() => { queuesDue = null; refreshQueues(); }, 300);
  }
});
keepLive('/live/assignments', assignments, assignment => assignment.reservationId, renderAssignments,
  change => change.assignment ? assignments.set(change.reservationId, change.assignment)
    : assignments.delete(change.reservationId));
