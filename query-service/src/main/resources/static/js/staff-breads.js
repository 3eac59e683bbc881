// The staff page's breads: register (with an optional opening, closing and limit per customer), restock, and run
// each bread's sale: open it now, postpone its opening, end it, rename it.
import { t } from './i18n.js';
import { call } from './api.js';
import { say } from './message.js';
import { confirmFirst } from './confirm.js';
import { button, cell, complain, when } from './staff-table.js';
import { saleState, serverNow } from './server-clock.js';

export const breads = new Map(); // breadId -> BreadView

const $ = selector => document.querySelector(selector);

/** A datetime-local value (the shop's local time) as an ISO instant; empty stays absent. */
function instantOf(localValue) {
  return localValue ? new Date(localValue).toISOString() : undefined;
}

function saleText(bread) {
  const state = saleState(bread, serverNow());
  const text = state === 'soon' ? t('opensAtStaff', { time: when(bread.opensAt) })
    : state === 'ended' ? t('closedAt', { time: when(bread.closesAt) })
      : bread.closesAt ? t('onSaleUntil', { time: when(bread.closesAt) }) : t('onSale');
  return bread.maxPerCustomer ? `${text} · ${t('perCustomer', { n: bread.maxPerCustomer })}` : text;
}

export function renderBreads() {
  // rows are updated in place, so an amount, a time or a name being typed survives the live updates
  const body = $('#breads tbody');
  const rows = [...breads.values()].map(bread => {
    const row = body.querySelector(`tr[data-bread-id="${bread.breadId}"]`) || newBreadRow(bread.breadId);
    const state = saleState(bread, serverNow());
    row.dataset.soldOut = String(bread.soldOut);
    row.dataset.sale = state;
    const [name, edition, remaining, reserved, sale] = row.cells;
    name.textContent = bread.breadName;
    edition.textContent = bread.editionSize;
    remaining.textContent = bread.soldOut ? `${bread.remaining} · ${t('soldOut')}` : bread.remaining;
    reserved.textContent = bread.reserved;
    sale.textContent = saleText(bread);
    row.querySelector('.restock-quantity').setAttribute('aria-label', t('restock'));
    row.querySelector('.restock').textContent = t('restock');
    row.querySelector('.open-now').hidden = state !== 'soon';
    ['.postpone', '.close-sale', '.rename'].forEach(selector => {
      row.querySelector(selector).hidden = state === 'ended';
    });
    [['.open-now', 'openNow'], ['.postpone', 'postpone'], ['.close-sale', 'closeSale'], ['.rename', 'rename'],
      ['.save', 'save'], ['.back', 'back']].forEach(([selector, key]) => {
      row.querySelectorAll(selector).forEach(element => { element.textContent = t(key); });
    });
    row.querySelector('.postpone-time').setAttribute('aria-label', t('newOpeningTime'));
    row.querySelector('.new-name').setAttribute('aria-label', t('newName'));
    if (state === 'ended') {
      row.querySelectorAll('.inline-edit').forEach(edit => { edit.hidden = true; });
    }
    return row;
  });
  if (rows.length !== body.children.length || rows.some((row, i) => body.children[i] !== row)) {
    body.replaceChildren(...rows);
  }
}

function newBreadRow(breadId) {
  const bread = () => breads.get(breadId);
  const row = document.createElement('tr');
  row.dataset.breadId = breadId;
  const remaining = cell('');
  remaining.className = 'remaining';
  const restock = document.createElement('td');
  const amount = document.createElement('input');
  Object.assign(amount, { type: 'number', min: '1', value: '10', className: 'restock-quantity' });
  restock.append(amount, button(t('restock'), 'restock secondary', () => restockBread(bread(), amount)));
  const actions = document.createElement('td');
  const buttons = document.createElement('div');
  buttons.className = 'bread-actions';
  const postponeEdit = inlineEdit('postpone-edit', 'datetime-local', 'postpone-time',
    value => postpone(bread(), value));
  const renameEdit = inlineEdit('rename-edit', 'text', 'new-name', value => rename(bread(), value));
  buttons.append(
    button(t('openNow'), 'open-now secondary', () => openNow(bread())),
    button(t('postpone'), 'postpone secondary', () => { postponeEdit.hidden = false; renameEdit.hidden = true; }),
    button(t('rename'), 'rename secondary', () => {
      renameEdit.querySelector('input').value = bread().breadName;
      renameEdit.hidden = false;
      postponeEdit.hidden = true;
    }),
    button(t('closeSale'), 'close-sale danger', () => closeSale(bread())));
  actions.append(buttons, postponeEdit, renameEdit);
  row.append(cell(''), cell(''), remaining, cell(''), cell(''), restock, actions);
  return row;
}

function inlineEdit(className, type, inputClass, onSave) {
  const form = document.createElement('form');
  form.className = `inline-edit ${className}`;
  form.hidden = true;
  const input = document.createElement('input');
  Object.assign(input, { type, className: inputClass, required: true });
  if (type === 'text') {
    input.maxLength = 60;
  }
  form.append(input, button('', 'save primary', () => form.requestSubmit()),
    button('', 'back secondary', () => { form.hidden = true; }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (await onSave(input.value)) {
      form.hidden = true;
    }
  });
  return form;
}

/** A refusal of a bread command in the shop's words: a name another bread on sale has, a sale that has ended. */
function complainAbout(answer) {
  const detail = answer.body.detail || '';
  const taken = /already called "([^"]*)"/.exec(detail);
  if (answer.status === 409 && taken) {
    say('nameTaken', { name: taken[1] }, 'error');
  } else if (answer.status === 409 && / is closed /.test(detail)) {
    say('breadIsClosed', {}, 'error');
  } else {
    complain(answer);
  }
}

async function command(method, path, body, successKey, params) {
  const answer = await call(method, path, body);
  if (answer.ok) {
    if (answer.body.breadId) {
      breads.set(answer.body.breadId, { ...breads.get(answer.body.breadId), ...answer.body });
      renderBreads();
    }
    say(successKey, params(answer.body), 'success');
  } else {
    complainAbout(answer);
  }
  return answer.ok;
}

const breadPath = bread => `/breads/${encodeURIComponent(bread.breadId)}`;

function restockBread(bread, amount) {
  const quantity = Number(amount.value);
  // 200 answers the bread's new counts; a 202 (the read side late) the counts as they stood
  return command('POST', `${breadPath(bread)}/restock`, { quantity }, 'restocked',
    view => ({ n: quantity, name: bread.breadName, remaining: view.remaining ?? '' }));
}

function openNow(bread) {
  return command('POST', `${breadPath(bread)}/open`, undefined, 'openedNow', () => ({ name: bread.breadName }));
}

async function postpone(bread, localValue) {
  if (!localValue) {
    say('pickATime', {}, 'error');
    return false;
  }
  return command('POST', `${breadPath(bread)}/postpone`, { opensAt: instantOf(localValue) }, 'postponed',
    view => ({ name: bread.breadName, time: when(view.opensAt || instantOf(localValue)) }));
}

async function closeSale(bread) {
  if (!await confirmFirst('confirmCloseSale', { name: bread.breadName }, 'yesCloseSale')) {
    return false;
  }
  return command('POST', `${breadPath(bread)}/close`, undefined, 'saleClosed', () => ({ name: bread.breadName }));
}

function rename(bread, name) {
  return command('PATCH', breadPath(bread), { breadName: name }, 'renamed',
    view => ({ old: bread.breadName, name: view.breadName || name.trim() }));
}

export function wireRegistration() {
  $('#register').addEventListener('submit', async event => {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = { breadName: form.get('breadName'), quantity: Number(form.get('quantity')) };
    [['maxPerReservation', Number], ['maxPerCustomer', Number], ['opensAt', instantOf], ['closesAt', instantOf]]
      .filter(([field]) => form.get(field))
      .forEach(([field, convert]) => { body[field] = convert(form.get(field)); });
    const answer = await call('POST', '/breads', body);
    if (answer.status === 201) {
      say('registered', { name: answer.body.breadName }, 'success');
      event.target.reset();
    } else {
      complainAbout(answer);
    }
  });
}
