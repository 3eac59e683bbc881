// Asks before a step that cannot be undone, in the page's own dialog: large buttons, in the page's language.
import { t } from './i18n.js';

/** Resolves true only when "yes" was chosen; Escape or "no" leaves everything as it was. */
export function confirmFirst(questionKey, params, yesKey) {
  const dialog = document.querySelector('#confirm');
  dialog.querySelector('.question').textContent = t(questionKey, params);
  dialog.querySelector('.yes').textContent = t(yesKey);
  dialog.querySelector('.no').textContent = t('goBack');
  dialog.returnValue = '';
  return new Promise(resolve => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
    dialog.showModal();
  });
}
