// The shop screens' upkeep on the staff page: updates the screens missed (the read model's dead letters), tried
// again on request, and refreshing every screen from the shop's history (a read model rebuild).
import { t } from './i18n.js';
import { call } from './api.js';
import { say } from './message.js';
import { confirmFirst } from './confirm.js';
import { button, cell, complain, when } from './staff-table.js';

const MISSED_POLL_MS = 5000;
const $ = selector => document.querySelector(selector);
let missedGroups = [];
let readModelState = 'READY';

/** "ReservationPlacedEvent" as staff would say it: "Reservation placed". */
function plainEvent(type) {
  const words = (type || '').replace(/Event$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

async function refreshMissed() {
  const answer = await call('GET', '/admin/dead-letters');
  if (answer.ok) {
    missedGroups = answer.body;
    renderMissed();
  }
}

export function renderMissed() {
  const rows = missedGroups.flatMap(group => group.items.map((letter, index) => {
    const row = document.createElement('tr');
    row.dataset.group = group.group;
    row.dataset.sequence = letter.sequence;
    const retries = letter.waitsForStaff ? `${letter.retries} · ${t('waitsForStaff')}` : letter.retries;
    const action = document.createElement('td');
    if (index === 0) {
      action.append(button(t('retry'), 'retry secondary', () => retryMissed(group.group)));
    }
    row.append(cell(t(`screen_${group.group}`)), cell(plainEvent(letter.eventType)),
      cell(`${letter.causeType}: ${letter.causeMessage}`), cell(letter.letters), cell(retries),
      cell(when(letter.enqueuedAt)), action);
    return row;
  }));
  $('#dead-letters tbody').replaceChildren(...rows);
  $('#no-dead-letters').hidden = rows.length > 0;
}

async function retryMissed(group) {
  const answer = await call('POST', `/admin/dead-letters/${encodeURIComponent(group)}/retry`);
  if (answer.ok) {
    say('retried', { group: t(`screen_${group}`), succeeded: answer.body.succeeded, retried: answer.body.retried,
      left: answer.body.sequencesLeft }, answer.body.sequencesLeft === 0 ? 'success' : 'info');
    refreshMissed();
  } else {
    complain(answer);
  }
}

async function refreshReadModel() {
  const answer = await call('GET', '/admin/rebuild');
  if (answer.ok) {
    readModelState = answer.body.state;
    renderReadModel();
  }
  return answer;
}

export function renderReadModel() {
  $('#read-model-state').textContent = t(`state_${readModelState}`);
  $('#read-model-state').dataset.state = readModelState;
  $('#rebuild').disabled = readModelState === 'REBUILDING';
}

async function rebuild() {
  if (!await confirmFirst('confirmRebuild', {}, 'yesRebuild')) {
    return;
  }
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
}

/** Starts the upkeep section; the answer stops its polling (at logout). */
export function keepScreensUp() {
  $('#rebuild').addEventListener('click', rebuild);
  refreshReadModel();
  refreshMissed();
  const poll = setInterval(refreshMissed, MISSED_POLL_MS);
  return { close: () => clearInterval(poll) };
}
