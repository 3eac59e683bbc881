// A bread card's e-mail for updates and, once the bread is sold out, its waitlist form. What is typed stays in this
// page's memory only: the e-mail is sent with the reservation or the place in line, the phone with the place.
import { t } from './i18n.js';
import { joinWaitlist } from './waitlist-cards.js';

const emails = new Map();      // breadId -> the e-mail address typed on its card
const joinPhones = new Map();  // breadId -> the phone number typed to join its waitlist

/** Shows the e-mail field while the bread sells and the waitlist form while it is sold out. */
export function renderWaitlistForm(card, bread, sale) {
  const busy = card.dataset.busy === 'true';
  card.querySelector('.email').hidden = sale === 'ended';
  card.querySelector('.email-label').textContent = t('emailForUpdates');
  card.querySelector('.join').hidden = !bread.soldOut || sale !== 'open';
  card.querySelector('.join-phone-label').textContent = t('waitlistPhone');
  card.querySelector('.join-why').textContent = t('waitlistWhy');
  const join = card.querySelector('.join-waitlist');
  join.disabled = busy;
  join.textContent = busy ? t('joiningWaitlist') : t('joinWaitlist');
}

/** onJoin is called with the card's bread id when its "join the waitlist" is tapped. */
export function wireWaitlistForm(card, breadId, onJoin) {
  const email = card.querySelector('.email-address');
  email.addEventListener('input', () => emails.set(breadId, email.value));
  const phone = card.querySelector('.join-phone-number');
  phone.addEventListener('input', () => joinPhones.set(breadId, phone.value));
  card.querySelector('.join-waitlist').addEventListener('click', () => onJoin(breadId));
}

/** The card's e-mail for updates: '' when none was typed, false when what was typed is not an address. */
export function emailFor(card, breadId) {
  const typed = (emails.get(breadId) || '').trim();
  return typed && !card.querySelector('.email-address').checkValidity() ? false : typed;
}

/** Joins the bread's waitlist with what its card holds; answers [key, params, kind] for the card's note. */
export async function joinFrom(card, bread) {
  const email = emailFor(card, bread.breadId);
  if (email === false) {
    return ['emailInvalid', {}, 'warning'];
  }
  return joinWaitlist(bread, (joinPhones.get(bread.breadId) || '').trim(), email);
}
