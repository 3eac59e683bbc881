// The pickup board above the counter: codes being baked and codes ready, live over /live/board. Public and
// read from afar: codes only, Korean and English side by side, nothing to touch.
import { watch } from './live.js';

const baking = new Map(); // pickupCode -> BoardCode, in the order the codes came onto the board
const ready = new Map();
const fresh = new Set();  // codes that became ready since the page opened: shown with a flash

const $ = selector => document.querySelector(selector);
const timeFormat = new Intl.DateTimeFormat('ko-KR', { hour: '2-digit', minute: '2-digit', hour12: false });

function take(board) {
  baking.clear();
  ready.clear();
  board.baking.forEach(code => baking.set(code.pickupCode, code));
  board.ready.forEach(code => ready.set(code.pickupCode, code));
  render();
}

// a change carries a code's new column: BAKING, READY, or null once it left the board
function apply(changes) {
  changes.forEach(change => {
    const wasReady = ready.has(change.pickupCode);
    baking.delete(change.pickupCode);
    ready.delete(change.pickupCode);
    const code = { pickupCode: change.pickupCode, pickupBy: change.pickupBy };
    if (change.column === 'BAKING') {
      baking.set(change.pickupCode, code);
    } else if (change.column === 'READY') {
      ready.set(change.pickupCode, code);
      if (!wasReady) {
        fresh.add(change.pickupCode);
      }
    }
  });
  render();
}

function render() {
  renderColumn($('#board-ready'), ready, true);
  renderColumn($('#board-baking'), baking, false);
  $('#ready-count').textContent = ready.size;
  $('#baking-count').textContent = baking.size;
  $('#ready-empty').hidden = ready.size > 0;
  $('#baking-empty').hidden = baking.size > 0;
}

function renderColumn(list, codes, withDeadline) {
  list.replaceChildren(...[...codes.values()].map(code => {
    const item = document.createElement('li');
    item.className = 'code';
    item.dataset.code = code.pickupCode;
    item.textContent = code.pickupCode;
    if (withDeadline && code.pickupBy) {
      const until = document.createElement('time');
      until.className = 'until';
      until.dateTime = code.pickupBy;
      until.textContent = `~ ${timeFormat.format(new Date(code.pickupBy))}`;
      item.append(until);
    }
    if (withDeadline && fresh.delete(code.pickupCode)) {
      item.classList.add('fresh');
    }
    return item;
  }));
}

function showConnection(state) {
  $('#connection').dataset.state = state;
  $('#rebuilding').hidden = state !== 'rebuilding';
  $('#offline').hidden = state !== 'offline';
}

function tick() {
  $('#clock').textContent = timeFormat.format(new Date());
}

tick();
setInterval(tick, 10_000);
render();
watch('/live/board', { onSnapshot: take, onChanges: apply, onState: showConnection });
