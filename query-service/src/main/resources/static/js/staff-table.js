// What every table of the staff page is made of: cells, buttons, times with their day, and the one way to complain.
import { language } from './i18n.js';
import { isBusy } from './api.js';
import { say } from './message.js';

/** A time with its day: a list left open overnight must not make yesterday's 09:30 look like today's. */
export function when(instant) {
  return instant ? new Date(instant).toLocaleString(language(), {
    month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
  }) : '';
}

/** The end of an id: ids begin with their time, so reservations made together share their first characters. */
export function shortId(id) {
  return (id || '').slice(-8);
}

export function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

export function button(label, className, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

export function complain(answer) {
  say(isBusy(answer) ? 'busy' : 'error', { detail: answer.body.detail || answer.body.title || answer.status }, 'error');
}
