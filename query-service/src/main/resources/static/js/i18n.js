// Korean and English labels; the choice is kept in the browser, except on a shop kiosk (see keepLanguageChoice).
import { COUNTER_LABELS } from './labels-counter.js';
import { AFTER_SALE_LABELS } from './labels-after-sale.js';

const LABELS = {
  en: {
    otherLanguage: '한국어',
    title: 'bbangshop',
    kioskTagline: 'Limited-edition bread, reserved fairly',
    breads: 'Today\'s breads',
    noBreads: 'No bread on sale yet.',
    left: 'left',
    soldOut: 'Sold out',
    maxPer: 'up to {n} per reservation',
    quantity: 'Quantity',
    reserve: 'Reserve',
    reserving: 'Reserving…',
    myReservations: 'My reservations',
    noReservations: 'Reserve a bread and follow it here.',
    cancel: 'Cancel reservation',
    canceling: 'Canceling…',
    dismiss: 'Done',
    followOnPhone: 'Scan with your phone to follow this reservation and cancel it there.',
    qrCode: 'QR code to follow this reservation on your phone',
    bakedBy: 'Baked by {baker}',
    waitingForBaker: 'Waiting for a baker',
    status_REQUESTED: 'Requested',
    status_ACCEPTED: 'Accepted',
    status_CONFIRMED: 'Confirmed',
    status_SOLD_OUT: 'Sold out',
    status_CANCELLATION_REQUESTED: 'Canceling',
    status_CANCELED: 'Canceled',
    status_PICKED_UP: 'Picked up',
    reserved: 'You have {quantity} × {name}.',
    stillDeciding: 'Your reservation is being decided…',
    soldOutMessage: 'Sorry, {name} is sold out.',
    onlyLeft: 'Only {n} left. Choose {n} or fewer.',
    confirmCancel: 'Cancel your reservation of {name} × {quantity}? The loaves go back on sale.',
    yesCancel: 'Yes, cancel it',
    goBack: 'No, go back',
    busy: 'The shop is very busy right now. Please try again in a moment.',
    rebuilding: 'The display is being refreshed; it will be back in a moment.',
    offline: 'Connection lost; reconnecting…',
    error: 'That did not work: {detail}',
    canceled: 'Your reservation was canceled.',
    cancelRequested: 'Your cancellation is being completed…',
    unknownReservation: 'This reservation is no longer known.',
    staffTitle: 'bbangshop — staff',
    registerBread: 'Register a bread',
    breadName: 'Name',
    editionSize: 'Edition size',
    maxPerReservation: 'Max per reservation',
    register: 'Register',
    registered: '{name} registered.',
    stock: 'Stock',
    edition: 'Edition',
    remaining: 'Remaining',
    reservedCount: 'Reserved',
    restock: 'Restock',
    restocked: '{n} loaves added to {name}: {remaining} left.',
    pages: 'Reservations',
    placedAt: 'Placed',
    reservation: 'Reservation',
    bread: 'Bread',
    status: 'Status',
    baker: 'Baker',
    action: '',
    pickUp: 'Hand over',
    pickedUp: 'Reservation {id} handed over.',
    assignments: 'Assignments',
    assignedAt: 'Assigned',
    noAssignments: 'No baker has work right now.',
    noPages: 'No reservation yet.',
    readModel: 'Shop screens',
    rebuild: 'Refresh the shop screens',
    rebuildStarted: 'Refreshing the shop screens…',
    rebuildDone: 'The shop screens are up to date.',
    state_READY: 'Up to date',
    state_REBUILDING: 'Refreshing',
    apiDocs: 'API documentation',
    flaggedOnly: 'Only those needing attention',
    flagged: 'needs attention: stuck at {step} since {since}',
    deadLetters: 'Updates the shop screens missed',
    projection: 'Screen',
    event: 'Update',
    cause: 'Why it failed',
    parkedLetters: 'Waiting',
    retries: 'Tries',
    parkedAt: 'Since',
    retry: 'Try again',
    waitsForStaff: 'waits for you',
    noDeadLetters: 'Every update reached the shop screens.',
    retried: '{group}: {succeeded} of {retried} updates went through; {left} still waiting.',
    screen_pages: 'Reservations',
    screen_breads: 'Breads',
    screen_assignments: 'Baker assignments',
    confirmRebuild: 'Refresh every shop screen from the shop\'s records? Kiosks and this page show “refreshing” for a moment; reservations go on.',
    yesRebuild: 'Yes, refresh',
    confirmPickUp: 'Hand over reservation {id}: {name} × {quantity}?',
    yesPickUp: 'Yes, hand it over',
    confirmStaffCancel: 'Cancel reservation {id} ({name} × {quantity})? The loaves go back on sale.',
    cancelReservation: 'Cancel',
    staffCanceled: 'Reservation {id} canceled.',
    staffCancelRequested: 'Reservation {id} is being canceled…',
    logout: 'Log out',
    signedOut: 'You are logged out of the staff page.',
    logInAgain: 'Log in again',
  },
  ko: {
    otherLanguage: 'English',
    title: '빵샵',
    kioskTagline: '한정판 빵, 공정하게 예약하세요',
    breads: '오늘의 빵',
    noBreads: '아직 판매 중인 빵이 없습니다.',
    left: '남음',
    soldOut: '품절',
    maxPer: '1회 최대 {n}개',
    quantity: '수량',
    reserve: '예약하기',
    reserving: '예약 중…',
    myReservations: '내 예약',
    noReservations: '빵을 예약하면 여기에서 진행 상황을 볼 수 있습니다.',
    cancel: '예약 취소',
    canceling: '취소 중…',
    dismiss: '완료',
    followOnPhone: '휴대폰으로 스캔하면 이 예약을 확인하고 취소할 수 있습니다.',
    qrCode: '휴대폰에서 이 예약을 확인하는 QR 코드',
    bakedBy: '{baker} 제빵사가 굽습니다',
    waitingForBaker: '제빵사 배정 중',
    status_REQUESTED: '요청됨',
    status_ACCEPTED: '접수됨',
    status_CONFIRMED: '확정됨',
    status_SOLD_OUT: '품절',
    status_CANCELLATION_REQUESTED: '취소 중',
    status_CANCELED: '취소됨',
    status_PICKED_UP: '수령 완료',
    reserved: '{name} {quantity}개가 예약되었습니다.',
    stillDeciding: '예약을 처리하고 있습니다…',
    soldOutMessage: '죄송합니다. {name}은(는) 품절되었습니다.',
    onlyLeft: '{n}개만 남았습니다. {n}개 이하로 골라 주세요.',
    confirmCancel: '{name} {quantity}개 예약을 취소할까요? 빵은 다시 판매됩니다.',
    yesCancel: '네, 취소합니다',
    goBack: '아니요, 돌아가기',
    busy: '지금 주문이 많습니다. 잠시 후 다시 시도해 주세요.',
    rebuilding: '화면을 새로 고치는 중입니다. 잠시만 기다려 주세요.',
    offline: '연결이 끊겼습니다. 다시 연결하는 중…',
    error: '처리하지 못했습니다: {detail}',
    canceled: '예약이 취소되었습니다.',
    cancelRequested: '취소를 처리하고 있습니다…',
    unknownReservation: '더 이상 확인할 수 없는 예약입니다.',
    staffTitle: '빵샵 — 직원용',
    registerBread: '빵 등록',
    breadName: '이름',
    editionSize: '한정 수량',
    maxPerReservation: '1회 최대 수량',
    register: '등록',
    registered: '{name} 등록 완료.',
    stock: '재고',
    edition: '한정 수량',
    remaining: '남은 수량',
    reservedCount: '예약됨',
    restock: '재입고',
    restocked: '{name}에 {n}개를 추가했습니다. 남은 수량 {remaining}개.',
    pages: '예약 현황',
    placedAt: '예약 시각',
    reservation: '예약',
    bread: '빵',
    status: '상태',
    baker: '제빵사',
    action: '',
    pickUp: '수령 처리',
    pickedUp: '예약 {id} 수령 완료.',
    assignments: '제빵사 배정',
    assignedAt: '배정 시각',
    noAssignments: '현재 배정된 작업이 없습니다.',
    noPages: '아직 예약이 없습니다.',
    readModel: '매장 화면',
    rebuild: '매장 화면 새로 고치기',
    rebuildStarted: '매장 화면을 새로 고치는 중…',
    rebuildDone: '매장 화면이 최신 상태입니다.',
    state_READY: '최신',
    state_REBUILDING: '새로 고치는 중',
    apiDocs: 'API 문서',
    flaggedOnly: '확인이 필요한 예약만',
    flagged: '확인 필요: {since}부터 {step} 단계에서 멈춤',
    deadLetters: '매장 화면에 반영되지 않은 변경',
    projection: '화면',
    event: '변경',
    cause: '실패 원인',
    parkedLetters: '대기',
    retries: '시도',
    parkedAt: '시작 시각',
    retry: '다시 시도',
    waitsForStaff: '직원 확인 대기',
    noDeadLetters: '모든 변경이 매장 화면에 반영되었습니다.',
    retried: '{group}: {retried}건 중 {succeeded}건 반영; {left}건 대기 중.',
    screen_pages: '예약',
    screen_breads: '빵',
    screen_assignments: '제빵사 배정',
    confirmRebuild: '모든 매장 화면을 매장 기록에서 새로 고칠까요? 잠시 키오스크와 이 화면에 ‘새로 고치는 중’이 표시되며, 예약은 계속 받습니다.',
    yesRebuild: '네, 새로 고칩니다',
    confirmPickUp: '예약 {id}({name} {quantity}개)을 전달할까요?',
    yesPickUp: '네, 전달합니다',
    confirmStaffCancel: '예약 {id}({name} {quantity}개)을 취소할까요? 빵은 다시 판매됩니다.',
    cancelReservation: '취소',
    staffCanceled: '예약 {id}이(가) 취소되었습니다.',
    staffCancelRequested: '예약 {id}을(를) 취소하는 중…',
    logout: '로그아웃',
    signedOut: '직원 화면에서 로그아웃했습니다.',
    logInAgain: '다시 로그인',
  },
};

Object.keys(LABELS).forEach(lang => Object.assign(LABELS[lang], COUNTER_LABELS[lang], AFTER_SALE_LABELS[lang]));

const STORAGE_KEY = 'bbangshop.lang';
let current = localStorage.getItem(STORAGE_KEY)
  || ((navigator.language || '').toLowerCase().startsWith('ko') ? 'ko' : 'en');

let keepChoice = true;

/** A shop kiosk keeps no customer's choice: the next customer starts in the browser's own language. */
export function keepLanguageChoice(keep) {
  keepChoice = keep;
}

export function language() {
  return current;
}

export function t(key, params = {}) {
  const text = LABELS[current][key] ?? LABELS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** Fills every element marked data-i18n (text) or data-i18n-placeholder under root. */
export function translate(root = document) {
  document.documentElement.lang = current;
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  });
}

/** Wires the language button; onChange re-renders what the page drew itself. */
export function languageSwitch(button, onChange) {
  const show = () => {
    button.textContent = t('otherLanguage');
    translate();
  };
  button.addEventListener('click', () => {
    current = current === 'ko' ? 'en' : 'ko';
    if (keepChoice) {
      localStorage.setItem(STORAGE_KEY, current);
    }
    show();
    onChange();
  });
  show();
}
