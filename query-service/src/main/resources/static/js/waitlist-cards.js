// The customer's places in waitlists as cards: the place followed live, an offer answered with Accept or Decline
// before its hold runs out, an accepted offer turned into a reservation card. Kept like reservations: in this
// browser until over on a phone, in memory only on the shop's kiosk (which hands the place to a phone by QR code).
import { t } from './i18n.js';
import { call } from './api.js';
import { watch } from './live.js';
import { confirmFirst } from './confirm.js';
import { isKiosk, startOver } from './kiosk-mode.js';
import { qrCode, takeHandedOver, waiterLink } from './handoff.js';
import { timeOfDay } from './bread-sale.js';
import { countdown } from './server-clock.js';
import { addReservation, complaint } from './reservation-cards.js';

const STORAGE_KEY = 'bbangshop.waitlist';
const OVER = ['ACCEPTED', 'DECLINED', 'EXPIRED', 'LEFT'];
const KIOSK = isKiosk();

const mine = KIOSK ? new Map() : load(); // waiterId -> {waiterId, secret, breadId, breadName, view, note}
const watchers = new Map();
const qrCodes = new Map();

const $ = selector => document.querySelector(selector);

function load() {
  try {
    return new Map((JSON.parse(localStorage.getItem(STORAGE_KEY)) || []).map(w => [w.waiterId, w]));
  } catch (corrupt) {
    return new Map();
  }
}

function save() {
  if (!KIOSK) {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...mine.values()].filter(w => !OVER.includes(w.view?.status))));
  }
}

/** Joins a sold-out bread's line; answers [key, params, kind] for the bread card's note. */
export async function joinWaitlist(bread, phone, email) {
  const body = { breadId: bread.breadId, phone };
  if (email) {
    body.notify = { email, phone };
  }
  const answer = await call('POST', '/waitlist', body);
  if (answer.status === 201) {
    const waiter = {
      waiterId: answer.body.waiterId, secret: answer.body.secret, breadId: bread.breadId,
      breadName: bread.breadName, view: { status: 'WAITING', position: answer.body.position },
    };
    mine.set(waiter.waiterId, waiter);
    save();
    follow(waiter.waiterId);
    renderWaitlist();
    if (KIOSK) {
      showQrCode(waiter);
    }
    return ['joinedWaitlist', { position: answer.body.position, name: bread.breadName }, 'success'];
  }
  if (answer.status === 409 && /still on sale/.test(answer.body.detail || '')) {
    return ['notSoldOutAnyMore', { name: bread.breadName }, 'warning'];
  }
  if (answer.status === 409 && /already/.test(answer.body.detail || '')) {
    return ['alreadyWaiting', { name: bread.breadName }, 'warning'];
  }
  if (answer.status === 400 && /phone/.test(answer.body.detail || '')) {
    return ['phoneInvalid', {}, 'warning'];
  }
  return complaint(answer);
}

/** Places kept in this browser, and one handed over by a kiosk's QR code, are followed again. */
export function followMyPlaces() {
  const handed = takeHandedOver();
  if (handed?.waiterId && !KIOSK && !mine.has(handed.waiterId)) {
    mine.set(handed.waiterId, { waiterId: handed.waiterId, secret: handed.secret, breadName: '', view: null });
    save();
  }
  [...mine.values()].filter(w => !OVER.includes(w.view?.status)).forEach(w => follow(w.waiterId));
}

async function showQrCode(waiter) {
  try {
    qrCodes.set(waiter.waiterId, await qrCode(waiterLink(waiter)));
  } catch (refused) {
    qrCodes.delete(waiter.waiterId);
  }
  renderWaitlist();
}

function follow(waiterId) {
  if (watchers.has(waiterId)) {
    return;
  }
  watchers.set(waiterId, watch(`/live/waitlist/${encodeURIComponent(waiterId)}`, {
    onSnapshot: view => update(view),
    onChanges: view => update(view),
  }));
}

function update(view) {
  const waiter = mine.get(view.waiterId);
  if (!waiter) {
    return;
  }
  waiter.view = view;
  waiter.breadId = view.breadId || waiter.breadId;
  waiter.breadName = view.breadName || waiter.breadName;
  save();
  renderWaitlist();
  if (OVER.includes(view.status)) {
    watchers.get(view.waiterId)?.close();
    watchers.delete(view.waiterId);
  }
}

function statusText(view) {
  switch (view?.status) {
    case 'OFFERED': return t('waiterOffered', { time: timeOfDay(view.holdUntil) });
    case 'ACCEPTED': return t('waiterAccepted');
    case 'DECLINED': return t('waiterDeclined');
    case 'EXPIRED': return t('waiterExpired');
    case 'LEFT': return t('waiterLeft');
    default: return view?.position ? t('waiterPosition', { position: view.position }) : '';
  }
}

export function renderWaitlist() {
  const list = $('#waitlist');
  const cards = [...mine.values()].reverse().map(waiter => {
    const card = list.querySelector(`[data-waiter-id="${waiter.waiterId}"]`) || newWaiterCard(waiter.waiterId);
    const status = waiter.view?.status || 'WAITING';
    const busy = card.dataset.busy === 'true';
    card.dataset.status = status;
    card.querySelector('.what').textContent = t('waiterTitle', { name: waiter.breadName });
    card.querySelector('.status-text').textContent = statusText(waiter.view);
    const hold = card.querySelector('.hold');
    hold.hidden = status !== 'OFFERED';
    hold.textContent = status === 'OFFERED' ? countdown(waiter.view.holdUntil) : '';
    card.querySelector('.offer').hidden = status !== 'OFFERED';
    card.querySelector('.accept').textContent = t('acceptOffer');
    card.querySelector('.decline').textContent = t('declineOffer');
    card.querySelectorAll('.offer button, .leave').forEach(button => { button.disabled = busy; });
    const leave = card.querySelector('.leave');
    leave.hidden = status !== 'WAITING';
    leave.textContent = t('leaveWaitlist');
    const dismiss = card.querySelector('.dismiss');
    dismiss.hidden = !KIOSK && !OVER.includes(status);
    dismiss.textContent = t('dismiss');
    const noteLine = card.querySelector('.note');
    noteLine.hidden = !waiter.note;
    noteLine.textContent = waiter.note ? t(waiter.note[0], waiter.note[1]) : '';
    noteLine.dataset.kind = waiter.note?.[2] || '';
    const handoff = card.querySelector('.handoff');
    handoff.hidden = !KIOSK || !qrCodes.has(waiter.waiterId) || OVER.includes(status);
    handoff.querySelector('.qr').src = qrCodes.get(waiter.waiterId) || '';
    handoff.querySelector('.qr').alt = t('qrCode');
    handoff.querySelector('figcaption').textContent = t('followWaitlistOnPhone');
    return card;
  });
  list.replaceChildren(...cards);
  list.hidden = mine.size === 0;
}

function newWaiterCard(waiterId) {
  const card = $('#waiter-card').content.firstElementChild.cloneNode(true);
  card.dataset.waiterId = waiterId;
  card.querySelector('.accept').addEventListener('click', () => accept(waiterId, card));
  card.querySelector('.decline').addEventListener('click', () => answer(waiterId, card, 'decline'));
  card.querySelector('.leave').addEventListener('click', () => answer(waiterId, card, 'leave'));
  card.querySelector('.dismiss').addEventListener('click', () => {
    if (KIOSK) {
      startOver();
      return;
    }
    mine.delete(waiterId);
    save();
    renderWaitlist();
  });
  return card;
}

async function accept(waiterId, card) {
  const waiter = mine.get(waiterId);
  card.dataset.busy = 'true';
  renderWaitlist();
  const reply = await call('POST', `/waitlist/${encodeURIComponent(waiterId)}/accept`, { secret: waiter.secret });
  card.dataset.busy = 'false';
  if (reply.ok) {
    waiter.view = { ...waiter.view, status: 'ACCEPTED', reservationId: reply.body.reservationId };
    waiter.note = null;
    save();
    addReservation({
      reservationId: reply.body.reservationId, cancelSecret: reply.body.cancelSecret, breadName: waiter.breadName,
      pickupCode: reply.body.pickupCode, quantity: 1, savedAt: Date.now(), view: { status: 'ACCEPTED' },
    });
  } else {
    waiter.note = reply.status === 409 ? ['offerGone', {}, 'warning'] : complaint(reply);
  }
  renderWaitlist();
}

async function answer(waiterId, card, how) {
  const waiter = mine.get(waiterId);
  const asked = how === 'leave' ? ['confirmLeave', 'yesLeave'] : ['confirmDecline', 'yesDecline'];
  if (!await confirmFirst(asked[0], { name: waiter.breadName }, asked[1])) {
    return;
  }
  card.dataset.busy = 'true';
  renderWaitlist();
  const url = `/waitlist/${encodeURIComponent(waiterId)}`;
  const reply = how === 'leave' ? await call('DELETE', url, { secret: waiter.secret })
    : await call('POST', `${url}/decline`, { secret: waiter.secret });
  card.dataset.busy = 'false';
  if (reply.ok) {
    waiter.view = { ...waiter.view, status: how === 'leave' ? 'LEFT' : 'DECLINED' };
    waiter.note = null;
    save();
  } else {
    waiter.note = reply.status === 409 ? ['offerGone', {}, 'warning'] : complaint(reply);
  }
  renderWaitlist();
}

/** Every second an offer's hold counts down. */
export function tickWaitlist() {
  if ([...mine.values()].some(w => w.view?.status === 'OFFERED')) {
    renderWaitlist();
  }
}
