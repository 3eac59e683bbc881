// A bread card's sale: "opens at 10:00" with a countdown on the server's clock, "sale ended" once it closed, and
// the phone number a bread with a limit per customer asks for. The number stays in this page's memory only: it is
// sent with the reservation (the server keeps a keyed hash of it, never the number) and gone when the page is.
import { language, t } from './i18n.js';
import { countdown, saleState, serverNow } from './server-clock.js';

const phones = new Map(); // breadId -> the number typed on its card

export function timeOfDay(instant) {
  return new Date(instant).toLocaleTimeString(language(), { hour: '2-digit', minute: '2-digit' });
}

/** Fills the card's sale line and phone field; answers whether the bread can be reserved now. */
export function renderSale(card, bread) {
  const state = saleState(bread, serverNow());
  card.dataset.sale = state;
  const line = card.querySelector('.sale');
  line.hidden = state === 'open';
  card.querySelector('.sale-text').textContent = state === 'soon'
    ? t('opensAt', { time: timeOfDay(bread.opensAt) }) : state === 'ended' ? t('saleEnded') : '';
  card.querySelector('.countdown').textContent = state === 'soon' ? countdown(bread.opensAt) : '';
  const phone = card.querySelector('.phone');
  phone.hidden = !bread.maxPerCustomer || state === 'ended';
  card.querySelector('.phone-label').textContent = t('phoneNumber');
  card.querySelector('.phone-why').textContent = t('phoneWhy', { n: bread.maxPerCustomer });
  return state;
}

export function wirePhone(card, breadId) {
  const input = card.querySelector('.phone-number');
  input.addEventListener('input', () => phones.set(breadId, input.value));
}

/** The number for this bread's reservation: only where the bread limits loaves per customer. */
export function phoneFor(bread) {
  return bread.maxPerCustomer ? (phones.get(bread.breadId) || '').trim() : '';
}

/**
 * What a refusal that concerns the sale or the customer says next to the button, as [key, params, kind]; null for
 * the others.
 */
export function saleRefusal(answer, bread) {
  const problem = answer.body || {};
  if (answer.status === 409 && problem.opensAt) {
    return ['opensAtNote', { name: bread.breadName, time: timeOfDay(problem.opensAt) }, 'warning'];
  }
  if (answer.status === 409 && problem.closedAt) {
    return ['saleEndedNote', { name: bread.breadName }, 'warning'];
  }
  if (answer.status === 409 && problem.title === 'Limit per customer') {
    return ['limitReached', { n: problem.maxPerCustomer ?? bread.maxPerCustomer, name: bread.breadName }, 'warning'];
  }
  if (answer.status === 503 && /limits loaves per customer/.test(problem.detail || '')) {
    return ['limitNotReady', { name: bread.breadName }, 'warning'];
  }
  if (answer.status === 400 && /^phone/.test(problem.detail || '')) {
    return ['phoneInvalid', {}, 'warning'];
  }
  return null;
}
