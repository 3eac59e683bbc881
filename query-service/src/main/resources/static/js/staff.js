// The staff page: register and restock breads, the live reservations (flagged ones marked) and assignments,
// pickups, the read model's dead letters and rebuilds.
import { language, languageSwitch, t } from './i18n.js';
import { call, isBusy } from './api.js';
import { watch } from './live.js';
import { say, showMessage } from './message.js';

const ROWS_SHOWN = 200;
const breads = new Map();       // breadId -> BreadView
const pages = new Map();        // reservationId -> ReservationView
const assignments = new Map();  // reservationId -> AssignmentView
let readModelState = 'READY';

const $ = selector => document.querySelector(selector);

function complain(answer) {
  say(isBusy(answer) ? 'busy' : 'error', { detail: answer.body.detail || answer.body.title || answer.status }, 'error');
}

function time(instant) {
  return instant ? new Date(instant).toLocaleTimeString(language()) : '';
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

function button(label, className, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

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
    say('restocked', { n: quantity, name: bread.breadName }, 'success');
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
      flag.textContent = `⚠ ${t('flagged', { step: page.flaggedStep, since: time(page.flaggedAt) })}`;
      status.append(flag);
    }
    const action = document.createElement('td');
    if (page.status === 'CONFIRMED') {
      action.append(button(t('pickUp'), 'pickup secondary', () => pickUp(page.reservationId)));
    }
    row.append(cell(time(page.placedAt)), cell(page.reservationId.slice(0, 8)), cell(page.breadName),
      cell(page.quantity), status, cell(page.baker), action);
    return row;
  });
  $('#pages tbody').replaceChildren(...rows);
  $('#no-pages').hidden = pages.size > 0;
}

async function pickUp(reservationId) {
  const answer = await call('POST', `/reservations/${encodeURIComponent(reservationId)}/pickup`);
  if (answer.ok) {
    say('pickedUp', { id: reservationId.slice(0, 8) }, 'success');
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
      row.append(cell(time(assignment.assignedAt)), cell(assignment.baker),
        cell(breads.get(assignment.breadId)?.breadName || assignment.breadId.slice(0, 8)), cell(assignment.quantity),
        cell(assignment.reservationId.slice(0, 8)));
      return row;
    });
  $('#assignments tbody').replaceChildren(...rows);
  $('#no-assignments').hidden = assignments.size > 0;
}

// ---- dead letters ----

const DEAD_LETTER_POLL_MS = 5000;
let deadLetterGroups = [];

async function refreshDeadLetters() {
  const answer = await call('GET', '/admin/dead-letters');
  if (answer.ok) {
    deadLetterGroups = answer.body;
    renderDeadLetters();
  }
}

function renderDeadLetters() {
  const rows = deadLetterGroups.flatMap(group => group.items.map((letter, index) => {
    const row = document.createElement('tr');
    row.dataset.group = group.group;
    row.dataset.sequence = letter.sequence;
    const retries = letter.waitsForStaff ? `${letter.retries} · ${t('waitsForStaff')}` : letter.retries;
    const action = document.createElement('td');
    if (index === 0) {
      action.append(button(t('retry'), 'retry secondary', () => retryDeadLetters(group.group)));
    }
    row.append(cell(group.group), cell(letter.eventType), cell(`${letter.causeType}: ${letter.causeMessage}`),
      cell(letter.letters), cell(retries), cell(time(letter.enqueuedAt)), action);
    return row;
  }));
  $('#dead-letters tbody').replaceChildren(...rows);
  $('#no-dead-letters').hidden = rows.length > 0;
}

async function retryDeadLetters(group) {
  const answer = await call('POST', `/admin/dead-letters/${encodeURIComponent(group)}/retry`);
  if (answer.ok) {
    say('retried', { group, succeeded: answer.body.succeeded, retried: answer.body.retried,
      left: answer.body.sequencesLeft }, answer.body.sequencesLeft === 0 ? 'success' : 'info');
    refreshDeadLetters();
  } else {
    complain(answer);
  }
}

// ---- read model ----

async function refreshReadModel() {
  const answer = await call('GET', '/admin/rebuild');
  if (answer.ok) {
    readModelState = answer.body.state;
    renderReadModel();
  }
  return answer;
}

function renderReadModel() {
  $('#read-model-state').textContent = t(`state_${readModelState}`);
  $('#read-model-state').dataset.state = readModelState;
  $('#rebuild').disabled = readModelState === 'REBUILDING';
}

$('#rebuild').addEventListener('click', async () => {
  const answer = await call('POST', '/admin/rebuild');
  if (!answer.ok) {
    complain(answer);
    return;
  }
  say('rebuildStarted', {}, 'info');
  readModelState = 'REBUILDING';
  renderReadModel();
  const poll = setInterval(async () => {
    const status = await refreshReadModel();
    if (status.ok && status.body.state === 'READY') {
      clearInterval(poll);
      say('rebuildDone', {}, 'success');
    }
  }, 1000);
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
  renderDeadLetters();
  showMessage();
}

function keepLive(url, items, keyOf, render, applyChange = (change) => items.set(keyOf(change), change)) {
  watch(url, {
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
  });
}

languageSwitch($('#language'), renderAll);
renderAll();
refreshReadModel();
refreshDeadLetters();
setInterval(refreshDeadLetters, DEAD_LETTER_POLL_MS);
keepLive('/live/breads', breads, bread => bread.breadId, () => { renderBreads(); renderAssignments(); });
keepLive('/live/pages', pages, page => page.reservationId, renderPages);
keepLive('/live/assignments', assignments, assignment => assignment.reservationId, renderAssignments,
  change => change.assignment ? assignments.set(change.reservationId, change.assignment)
    : assignments.delete(change.reservationId));
