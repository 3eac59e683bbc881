// The staff page after the sale: each baker's queue (what to bake, what waits at the counter) with "ready" for one
// reservation or a batch, the reservations nobody came for, each sold-out bread's waitlist, and the notifications
// that could not be delivered, with a retry.
import { t } from './i18n.js';
import { call } from './api.js';
import { say } from './message.js';
import { button, cell, complain, shortId, when } from './staff-table.js';

const POLL_MS = 5000;
const NO_SHOWS_SHOWN = 50;
const $ = selector => document.querySelector(selector);

let queues = [];
let waitlists = [];
let failed = [];
const selected = new Set(); // reservationIds ticked for a batch "ready"

// ---- the kitchen ----

export async function refreshQueues() {
  const answer = await call('GET', '/kitchen/queues');
  if (answer.ok) {
    queues = answer.body.queues || [];
    renderQueues();
  }
}

function entryRow(entry, ready) {
  const row = document.createElement('tr');
  row.dataset.reservationId = entry.reservationId;
  const pick = document.createElement('td');
  if (!ready) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'pick';
    box.checked = selected.has(entry.reservationId);
    box.addEventListener('change', () => (box.checked ? selected.add(entry.reservationId)
      : selected.delete(entry.reservationId)));
    pick.append(box);
  }
  const code = cell(entry.pickupCode || shortId(entry.reservationId));
  code.className = 'code';
  const action = document.createElement('td');
  if (!ready) {
    action.append(button(t('markReady'), 'ready secondary', () => markReady([entry.reservationId])));
  }
  row.append(pick, code, cell(entry.breadName), cell(entry.quantity), cell(ready ? when(entry.pickupBy) : ''), action);
  return row;
}

export function renderQueues() {
  const known = new Set(queues.flatMap(queue => queue.toBake.map(entry => entry.reservationId)));
  [...selected].filter(id => !known.has(id)).forEach(id => selected.delete(id));
  const blocks = queues.map(queue => {
    const block = document.createElement('article');
    block.className = 'queue';
    block.dataset.baker = queue.baker;
    const title = document.createElement('h3');
    title.textContent = `${queue.baker} · ${t('toBake')} ${queue.toBake.length} · ${t('readyShelf')} ${queue.ready.length}`;
    const table = document.createElement('table');
    const head = document.createElement('tr');
    ['', t('code'), t('bread'), '#', t('pickupBy'), t('action')].forEach(text => {
      const th = document.createElement('th');
      th.textContent = text;
      head.append(th);
    });
    const body = document.createElement('tbody');
    body.append(...queue.toBake.map(entry => entryRow(entry, false)), ...queue.ready.map(entry => entryRow(entry, true)));
    table.append(head, body);
    const scroll = document.createElement('div');
    scroll.className = 'table-scroll';
    scroll.append(table);
    block.append(title, scroll);
    return block;
  });
  $('#queues').replaceChildren(...blocks);
  $('#no-queue').hidden = queues.some(queue => queue.toBake.length + queue.ready.length > 0);
  $('#mark-selected-ready').textContent = t('markSelectedReady');
}

async function markReady(reservationIds) {
  if (reservationIds.length === 0) {
    return;
  }
  const answer = reservationIds.length === 1
    ? await call('POST', `/reservations/${encodeURIComponent(reservationIds[0])}/ready`)
    : await call('POST', '/reservations/ready', { reservationIds });
  if (!answer.ok) {
    complain(answer);
    return;
  }
  reservationIds.forEach(id => selected.delete(id));
  const refused = (answer.body.outcomes || []).filter(outcome => !outcome.ready);
  if (refused.length > 0) {
    say('notMarkedReady', { code: shortId(refused[0].reservationId), detail: refused[0].detail }, 'warning');
  } else {
    say('markedReady', { n: reservationIds.length }, 'success');
  }
  refreshQueues();
}

// ---- reservations nobody came for ----

export function renderNoShows(pages) {
  const rows = [...pages.values()].filter(page => page.status === 'NO_SHOW')
    .sort((a, b) => (b.updatedAt || '').localeCompare(a.updatedAt || '')).slice(0, NO_SHOWS_SHOWN)
    .map(page => {
      const row = document.createElement('tr');
      row.dataset.reservationId = page.reservationId;
      const code = cell(page.pickupCode);
      code.className = 'code';
      row.append(cell(when(page.pickupBy)), code, cell(page.breadName), cell(page.quantity), cell(page.baker));
      return row;
    });
  $('#no-shows tbody').replaceChildren(...rows);
  $('#no-no-shows').hidden = rows.length > 0;
}

// ---- waitlists ----

async function refreshWaitlists(breads) {
  const waited = [...breads.values()].filter(bread => bread.soldOut);
  const answers = await Promise.all(waited.map(bread =>
    call('GET', `/waitlist?breadId=${encodeURIComponent(bread.breadId)}`)));
  waitlists = answers.filter(answer => answer.ok && answer.body.waiters?.length > 0).map(answer => answer.body);
  renderWaitlists(breads);
}

export function renderWaitlists(breads) {
  const rows = waitlists.flatMap(list => list.waiters.map(waiter => {
    const row = document.createElement('tr');
    row.dataset.waiterId = waiter.waiterId;
    row.dataset.status = waiter.status;
    const place = waiter.status === 'OFFERED' ? t('heldUntil', { time: when(waiter.holdUntil) })
      : `${t('waiting')} · ${waiter.position}`;
    row.append(cell(breads.get(list.breadId)?.breadName || waiter.breadName), cell(place),
      cell(shortId(waiter.waiterId)), cell(when(waiter.joinedAt)));
    return row;
  }));
  $('#waitlists tbody').replaceChildren(...rows);
  $('#no-waiters').hidden = rows.length > 0;
}

// ---- notifications that failed ----

async function refreshFailed() {
  const answer = await call('GET', '/admin/notifications?status=FAILED');
  if (answer.ok) {
    failed = answer.body;
    renderFailed();
  }
}

export function renderFailed() {
  const rows = failed.map(notification => {
    const row = document.createElement('tr');
    row.dataset.notificationId = notification.id;
    const action = document.createElement('td');
    action.append(button(t('retry'), 'retry secondary', () => retry(notification.id)));
    row.append(cell(when(notification.createdAt)), cell(notification.kind), cell(notification.channel),
      cell(notification.recipient), cell(shortId(notification.reservationId)), cell(notification.attempts),
      cell(notification.lastError), action);
    return row;
  });
  $('#failed-notifications tbody').replaceChildren(...rows);
  $('#no-failed-notifications').hidden = rows.length > 0;
}

async function retry(id) {
  const answer = await call('POST', `/admin/notifications/${id}/retry`);
  if (answer.ok) {
    say('notificationRetried', { id }, 'success');
    refreshFailed();
  } else {
    complain(answer);
  }
}

/** Starts the section's polls (the queues also follow every change of the reservations); the answer stops them. */
export function keepAfterSaleUp(breads) {
  $('#mark-selected-ready').addEventListener('click', () => markReady([...selected]));
  refreshQueues();
  refreshWaitlists(breads);
  refreshFailed();
  const poll = setInterval(() => {
    refreshWaitlists(breads);
    refreshFailed();
  }, POLL_MS);
  return { close: () => clearInterval(poll) };
}
