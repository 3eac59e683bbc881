// The one message line both pages show, kept as a key so that a language switch translates it too.
import { t } from './i18n.js';

let lastMessage = null; // {key, params, kind}

export function say(key, params = {}, kind = 'info') {
  lastMessage = key ? { key, params, kind } : null;
  showMessage();
}

export function showMessage() {
  const message = document.querySelector('#message');
  message.textContent = lastMessage ? t(lastMessage.key, lastMessage.params) : '';
  message.dataset.kind = lastMessage ? lastMessage.kind : '';
  message.hidden = !lastMessage;
}

export function messageKind() {
  return lastMessage?.kind;
}
