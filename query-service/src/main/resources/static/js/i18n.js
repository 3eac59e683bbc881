// Korean and English labels; the choice is kept in the browser.
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
    restocked: '{n} loaves added to {name}.',
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
    readModel: 'Read model',
    rebuild: 'Rebuild from events',
    rebuildStarted: 'Rebuilding the read model…',
    rebuildDone: 'Read model rebuilt.',
    state_READY: 'Ready',
    state_REBUILDING: 'Rebuilding',
    apiDocs: 'API documentation',
    flaggedOnly: 'Only those needing attention',
    flagged: 'needs attention: stuck at {step} since {since}',
    deadLetters: 'Events the read model could not take',
    projection: 'Projection',
    event: 'Event',
    cause: 'Cause',
    parkedLetters: 'Parked',
    retries: 'Retries',
    parkedAt: 'Since',
    retry: 'Retry',
    waitsForStaff: 'waits for staff',
    noDeadLetters: 'Every event went through.',
    retried: '{group}: {succeeded} of {retried} went through; {left} left.',
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
    dismiss: '닫기',
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
    restocked: '{name}에 {n}개를 추가했습니다.',
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
    readModel: '조회 모델',
    rebuild: '이벤트로 다시 만들기',
    rebuildStarted: '조회 모델을 다시 만드는 중…',
    rebuildDone: '조회 모델을 다시 만들었습니다.',
    state_READY: '정상',
    state_REBUILDING: '재구성 중',
    apiDocs: 'API 문서',
    flaggedOnly: '확인이 필요한 예약만',
    flagged: '확인 필요: {since}부터 {step} 단계에서 멈춤',
    deadLetters: '조회 모델이 처리하지 못한 이벤트',
    projection: '프로젝션',
    event: '이벤트',
    cause: '원인',
    parkedLetters: '보류',
    retries: '재시도',
    parkedAt: '보류 시각',
    retry: '다시 시도',
    waitsForStaff: '직원 확인 대기',
    noDeadLetters: '모든 이벤트가 처리되었습니다.',
    retried: '{group}: {retried}건 중 {succeeded}건 처리; {left}건 남음.',
  },
};

const STORAGE_KEY = 'bbangshop.lang';
let current = localStorage.getItem(STORAGE_KEY)
  || ((navigator.language || '').toLowerCase().startsWith('ko') ? 'ko' : 'en');

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
    localStorage.setItem(STORAGE_KEY, current);
    show();
    onChange();
  });
  show();
}
