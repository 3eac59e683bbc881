// The customer's reservations as cards: followed live, canceled after a confirmation. On the shop's kiosk each card
// shows a QR code that takes the reservation to the customer's own phone, and "Done" starts the kiosk over.
import { t } from './i18n.js';
import { call, isBusy } from './api.js';
import { watch } from './live.js';
import { say } from './message.js';
import { confirmFirst } from './confirm.js';
import { isKiosk, startOver } from './kiosk-mode.js';
import { phoneLink, qrCode, takeHandedOver } from './handoff.js';
import { FINISHED, myReservations } from './my-reservations.js';
import { timeOfDay } from './bread-sale.js';

const PROGRESS = ['REQUESTED', 'ACCEPTED', 'CONFIRMED', 'READY'];
const KIOSK = isKiosk();
// a reservation answered 202 may reach the read model a while later; only a long-unknown one is forgotten
const UNKNOWN_FOR_GOOD_MILLIS = 5 * 60 * 1000;

const stored = myReservations(KIOSK);
const mine = stored.mine;  // reservationId -> {reservationId, cancelSecret, breadName, pickupCode, quantity, view}
const watchers = new Map();      // reservationId -> live stream
const qrCodes = new Map();       // reservationId -> image address of its phone link

const $ = selector => document.querySelector(selector);

function saveMine() {
  stored.save();
}

/** What a refused call should say, as [key, params, kind]. */
export function complaint(answer) {
  return isBusy(answer) ? ['busy', {}, 'warning']
    : ['error', { detail: answer.body.detail || answer.body.title || answer.status }, 'error'];
}

/** A reservation just made here: kept, followed, shown; on the kiosk with its QR code, scrolled into view. */
export function addReservation(reservation) {
  mine.set(reservation.reservationId, reservation);
  saveMine();
  follow(reservation.reservationId);
  renderMine();
  if (KIOSK) {
    showQrCode(reservation);
    $(`[data-reservation-id="${reservation.reservationId}"]`).scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }
}

export function followOpenReservations() {
  [...mine.values()]
    .filter(reservation => !FINISHED.includes(reservation.view?.status))
    .forEach(reservation => follow(reservation.reservationId));
}

async function showQrCode(reservation) {
  try {
    qrCodes.set(reservation.reservationId, await qrCode(phoneLink(reservation)));
  } catch (refused) {
    qrCodes.delete(reservation.reservationId);
  }
  renderMine();
}

/** A phone that opened a kiosk's QR code takes the reservation over, and keeps it like one made here. */
export function takeOverFromKiosk() {
  const handed = takeHandedOver();
  if (!handed?.reservationId || KIOSK || mine.has(handed.reservationId)) {
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

export function renderMine() {
  const list = $('#reservations');
  const cards = [...mine.values()].reverse().map(reservation => {
    const card = list.querySelector(`[data-reservation-id="${reservation.reservationId}"]`)
      || newReservationCard(reservation.reservationId);
    const status = reservation.view?.status || 'REQUESTED';
    card.dataset.status = status;
    card.querySelector('.what').textContent = `${reservation.breadName} × ${reservation.quantity}`;
    // the code to give at the counter, large: while the loaves wait for the customer
    const code = reservation.view?.pickupCode || reservation.pickupCode;
    card.querySelector('.pickup').hidden = !code || FINISHED.includes(status);
    card.querySelector('.pickup-label').textContent = t('pickupCode');
    card.querySelector('.pickup-code').textContent = code || '';
    const reached = PROGRESS.indexOf(status);
    card.querySelectorAll('.steps li').forEach((li, index) => {
      li.textContent = t(`status_${li.dataset.step}`);
      li.classList.toggle('done', reached >= 0 && index <= reached);
    });
    card.querySelector('.steps').hidden = reached < 0;
    card.querySelector('.status-text').textContent = t(`status_${status}`);
    // how long the baked loaves wait at the counter, and why they are gone once that passed
    const pickupBy = reservation.view?.pickupBy;
    const deadline = card.querySelector('.pickup-by');
    deadline.hidden = !pickupBy || (status !== 'READY' && status !== 'NO_SHOW');
    deadline.textContent = !pickupBy ? '' : t(status === 'NO_SHOW' ? 'noShowText' : 'readyUntil',
      { time: timeOfDay(pickupBy) });
    const baker = reservation.view?.baker;
    card.querySelector('.baker').textContent = baker && ['CONFIRMED', 'READY', 'PICKED_UP'].includes(status)
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

