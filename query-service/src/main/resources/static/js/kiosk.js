// The kiosk: live bread counts, reserve, follow your reservation live, cancel with the secret kept in this browser.
// On a personal phone reservations are kept until they are over; a shop kiosk (/?kiosk) hands each one to the
// customer's phone by a QR code and then forgets the customer.
import { keepLanguageChoice, languageSwitch, t } from './i18n.js';
import { call, isBusy } from './api.js';
import { watch } from './live.js';
import { messageKind, say, showMessage } from './message.js';
import { confirmFirst } from './confirm.js';
import { isKiosk, startOver, startOverWhenIdle } from './kiosk-mode.js';
import { phoneLink, qrCode, takeHandedOver } from './handoff.js';
import { FINISHED, myReservations } from './my-reservations.js';

const PROGRESS = ['REQUESTED', 'ACCEPTED', 'CONFIRMED'];
const KIOSK = isKiosk();
// a reservation answered 202 may reach the read model a while later; only a long-unknown one is forgotten
const UNKNOWN_FOR_GOOD_MILLIS = 5 * 60 * 1000;

const breads = new Map();        // breadId -> BreadView
const quantities = new Map();    // breadId -> chosen quantity
const notes = new Map();         // breadId -> {key, params, kind}: what the last reserve tap on that bread came to
const stored = myReservations(KIOSK);
const mine = stored.mine;        // reservationId -> {reservationId, cancelSecret, breadName, quantity, view}
const watchers = new Map();      // reservationId -> live stream
const qrCodes = new Map();       // reservationId -> image address of its phone link

const $ = selector => document.querySelector(selector);

function saveMine() {
  stored.save();
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
    const note = notes.get(bread.breadId);
    const noteLine = card.querySelector('.note');
    noteLine.hidden = !note;
    noteLine.textContent = note ? t(note.key, note.params) : '';
    noteLine.dataset.kind = note?.kind || '';
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
    if (KIOSK) {
      showQrCode(reservation);
      $(`[data-reservation-id="${reservation.reservationId}"]`).scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    }
    note(breadId, answer.status === 201 ? 'reserved' : 'stillDeciding', { quantity, name: bread.breadName }, 'success');
  } else if (answer.status === 409 && answer.body.title === 'Sold out') {
    await notEnoughLeft(bread, quantity);
  } else {
    note(breadId, ...complaint(answer));
  }
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

function complaint(answer) {
  return isBusy(answer) ? ['busy', {}, 'warning']
    : ['error', { detail: answer.body.detail || answer.body.title || answer.status }, 'error'];
}

// ---- my reservations ----

async function showQrCode(reservation) {
  try {
    qrCodes.set(reservation.reservationId, await qrCode(phoneLink(reservation)));
  } catch (refused) {
    qrCodes.delete(reservation.reservationId);
  }
  renderMine();
}

/** A phone that opened a kiosk's QR code takes the reservation over, and keeps it like one made here. */
function takeOverFromKiosk() {
  const handed = takeHandedOver();
  if (!handed || KIOSK || mine.has(handed.reservationId)) {
    return;
  }
  mine.set(handed.reservationId, { ...handed, breadName: '', quantity: '', savedAt: Date.now(), view: null });
  saveMine();
}

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
  reservation.quantity = view.quantity || reservation.quantity;
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
    const noteLine = card.querySelector('.note');
    noteLine.hidden = !reservation.note;
    noteLine.textContent = reservation.note ? t(reservation.note[0], reservation.note[1]) : '';
    noteLine.dataset.kind = reservation.note?.[2] || '';
    const dismiss = card.querySelector('.dismiss');
    dismiss.hidden = !KIOSK && !FINISHED.includes(status);
    dismiss.textContent = t('dismiss');
    const handoff = card.querySelector('.handoff');
    handoff.hidden = !KIOSK || !qrCodes.has(reservation.reservationId) || FINISHED.includes(status);
    handoff.querySelector('.qr').src = qrCodes.get(reservation.reservationId) || '';
    handoff.querySelector('.qr').alt = t('qrCode');
    handoff.querySelector('figcaption').textContent = t('followOnPhone');
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
    if (KIOSK) {
      startOver();
      return;
    }
    mine.delete(reservationId);
    saveMine();
    renderMine();
  });
  return card;
}

async function cancel(reservationId, card) {
  const reservation = mine.get(reservationId);
  if (!await confirmFirst('confirmCancel', { quantity: reservation.quantity, name: reservation.breadName },
    'yesCancel')) {
    return;
  }
  card.dataset.busy = 'true';
  renderMine();
  const answer = await call('PATCH', `/reservations/${encodeURIComponent(reservationId)}`,
    { status: 'cancellation' }, { 'X-Cancel-Secret': reservation.cancelSecret });
  card.dataset.busy = 'false';
  // 200: canceled; 202: the cancellation completes later, and the card follows it live
  reservation.note = answer.ok ? [answer.status === 202 ? 'cancelRequested' : 'canceled', {}, 'success']
    : complaint(answer);
  renderMine();
}

// ---- start ----

function renderAll() {
  renderBreads();
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
