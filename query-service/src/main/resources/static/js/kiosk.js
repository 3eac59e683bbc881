// The kiosk: live bread counts, reserve, follow your reservation live, cancel with the secret kept in this browser.
import { languageSwitch, t } from './i18n.js';
import { call, isBusy } from './api.js';
import { watch } from './live.js';
import { messageKind, say, showMessage } from './message.js';

const STORAGE_KEY = 'bbangshop.reservations';
const PROGRESS = ['REQUESTED', 'ACCEPTED', 'CONFIRMED'];
const FINISHED = ['SOLD_OUT', 'CANCELED', 'PICKED_UP'];
// a reservation answered 202 may reach the read model a while later; only a long-unknown one is forgotten
const UNKNOWN_FOR_GOOD_MILLIS = 5 * 60 * 1000;

const breads = new Map();        // breadId -> BreadView
const quantities = new Map();    // breadId -> chosen quantity
const mine = loadMine();         // reservationId -> {reservationId, cancelSecret, breadName, quantity, view}
const watchers = new Map();      // reservationId -> live stream

const $ = selector => document.querySelector(selector);

function loadMine() {
  try {
    return new Map((JSON.parse(localStorage.getItem(STORAGE_KEY)) || []).map(r => [r.reservationId, r]));
  } catch (corrupt) {
    return new Map();
  }
}

function saveMine() {
  localStorage.setItem(STORAGE_KEY, JSON.stringify([...mine.values()]));
}

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
    const reserve = card.querySelector('.reserve');
    reserve.disabled = bread.soldOut || card.dataset.busy === 'true';
    reserve.textContent = card.dataset.busy === 'true' ? t('reserving') : bread.soldOut ? t('soldOut') : t('reserve');
    return card;
  });
  list.replaceChildren(...cards);
  $('#no-breads').hidden = breads.size > 0;
}

function newBreadCard(breadId) {
  const card = $('#bread-card').content.firstElementChild.cloneNode(true);
  card.dataset.breadId = breadId;
  card.querySelector('.minus').addEventListener('click', () => step(breadId, -1));
  card.querySelector('.plus').addEventListener('click', () => step(breadId, +1));
  card.querySelector('.reserve').addEventListener('click', () => reserve(breadId, card));
  return card;
}

function step(breadId, by) {
  const bread = breads.get(breadId);
  quantities.set(breadId, Math.max(1, Math.min(maxQuantity(bread), (quantities.get(breadId) || 1) + by)));
  renderBreads();
}

async function reserve(breadId, card) {
  const bread = breads.get(breadId);
  const quantity = quantities.get(breadId) || 1;
  card.dataset.busy = 'true';
  renderBreads();
  const answer = await call('POST', '/reservations', { breadId, quantity });
  card.dataset.busy = 'false';
  renderBreads();
  if (answer.status === 201 || answer.status === 202) {
    const reservation = {
      reservationId: answer.body.reservationId,
      cancelSecret: answer.body.cancelSecret,
      breadName: bread.breadName,
      quantity,
      savedAt: Date.now(),
      view: { status: answer.body.status, baker: answer.body.baker },
    };
    mine.set(reservation.reservationId, reservation);
    saveMine();
    follow(reservation.reservationId);
    renderMine();
    say(answer.status === 201 ? 'reserved' : 'stillDeciding', { quantity, name: bread.breadName }, 'success');
  } else if (answer.status === 409 && answer.body.title === 'Sold out') {
    say('soldOutMessage', { name: bread.breadName }, 'warning');
  } else {
    complain(answer);
  }
}

function complain(answer) {
  if (isBusy(answer)) {
    say('busy', {}, 'warning');
  } else {
    say('error', { detail: answer.body.detail || answer.body.title || answer.status }, 'error');
  }
}

// ---- my reservations ----

function follow(reservationId) {
  if (watchers.has(reservationId)) {
    return;
  }
  const stream = watch(`/live/reservations/${encodeURIComponent(reservationId)}`, {
    onSnapshot: view => update(view),
    onChanges: view => update(view),
    onRefused: () => forgetIfUnknown(reservationId),
  });
  watchers.set(reservationId, stream);
}

function update(view) {
  const reservation = mine.get(view.reservationId);
  if (!reservation) {
    return;
  }
  reservation.view = view;
  reservation.breadName = view.breadName || reservation.breadName;
  saveMine();
  renderMine();
  if (FINISHED.includes(view.status)) {
    watchers.get(view.reservationId)?.close();
    watchers.delete(view.reservationId);
  }
}

async function forgetIfUnknown(reservationId) {
  const savedAt = mine.get(reservationId)?.savedAt || 0;
  if (Date.now() - savedAt < UNKNOWN_FOR_GOOD_MILLIS) {
    return;
  }
  const answer = await call('GET', `/pages/${encodeURIComponent(reservationId)}`);
  if (answer.status === 404) {
    watchers.get(reservationId)?.close();
    watchers.delete(reservationId);
    mine.delete(reservationId);
    saveMine();
    renderMine();
    say('unknownReservation', {}, 'warning');
  }
}

function renderMine() {
  const list = $('#reservations');
  const cards = [...mine.values()].reverse().map(reservation => {
    const card = list.querySelector(`[data-reservation-id="${reservation.reservationId}"]`)
      || newReservationCard(reservation.reservationId);
    const status = reservation.view?.status || 'REQUESTED';
    card.dataset.status = status;
    card.querySelector('.what').textContent = `${reservation.breadName} × ${reservation.quantity}`;
    const reached = PROGRESS.indexOf(status);
    card.querySelectorAll('.steps li').forEach((li, index) => {
      li.textContent = t(`status_${li.dataset.step}`);
      li.classList.toggle('done', reached >= 0 && index <= reached);
    });
    card.querySelector('.steps').hidden = reached < 0;
    card.querySelector('.status-text').textContent = t(`status_${status}`);
    const baker = reservation.view?.baker;
    card.querySelector('.baker').textContent = baker && (status === 'CONFIRMED' || status === 'PICKED_UP')
      ? t('bakedBy', { baker }) : status === 'ACCEPTED' ? t('waitingForBaker') : '';
    const cancel = card.querySelector('.cancel');
    cancel.hidden = FINISHED.includes(status) || status === 'CANCELLATION_REQUESTED';
    cancel.textContent = card.dataset.busy === 'true' ? t('canceling') : t('cancel');
    cancel.disabled = card.dataset.busy === 'true';
    const dismiss = card.querySelector('.dismiss');
    dismiss.hidden = !FINISHED.includes(status);
    dismiss.textContent = t('dismiss');
    return card;
  });
  list.replaceChildren(...cards);
  $('#no-reservations').hidden = mine.size > 0;
}

function newReservationCard(reservationId) {
  const card = $('#reservation-card').content.firstElementChild.cloneNode(true);
  card.dataset.reservationId = reservationId;
  card.querySelector('.cancel').addEventListener('click', () => cancel(reservationId, card));
  card.querySelector('.dismiss').addEventListener('click', () => {
    mine.delete(reservationId);
    saveMine();
    renderMine();
  });
  return card;
}

async function cancel(reservationId, card) {
  const reservation = mine.get(reservationId);
  card.dataset.busy = 'true';
  renderMine();
  const answer = await call('PATCH', `/reservations/${encodeURIComponent(reservationId)}`,
    { status: 'cancellation' }, { 'X-Cancel-Secret': reservation.cancelSecret });
  card.dataset.busy = 'false';
  renderMine();
  // 200: already canceled; 202: the cancellation completes later, and the card follows it live
  if (answer.ok) {
    say(answer.status === 202 ? 'cancelRequested' : 'canceled', {}, 'success');
  } else {
    complain(answer);
  }
}

// ---- start ----

function renderAll() {
  renderBreads();
  renderMine();
  showMessage();
}

languageSwitch($('#language'), renderAll);
renderAll();
watch('/live/breads', {
  onSnapshot: all => {
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
[...mine.values()]
  .filter(reservation => !FINISHED.includes(reservation.view?.status))
  .forEach(reservation => follow(reservation.reservationId));
