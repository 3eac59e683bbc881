// A kiosk in the shop is opened as /?kiosk, remembered for this tab only. Between two customers it keeps nothing:
// after a "Done" or a while without a touch the tab starts again from a clean page, its storage emptied.
const KIOSK_FLAG = 'bbangshop.kiosk';
const IDLE_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'];

export function isKiosk() {
  if (new URLSearchParams(location.search).has('kiosk')) {
    sessionStorage.setItem(KIOSK_FLAG, 'true');
  }
  return sessionStorage.getItem(KIOSK_FLAG) === 'true';
}

/** Forgets the customer: storage emptied (the tab stays a kiosk), and a fresh page, so nothing stays in memory. */
export function startOver() {
  localStorage.clear();
  sessionStorage.clear();
  sessionStorage.setItem(KIOSK_FLAG, 'true');
  location.replace('/?kiosk');
}

/** Starts over once the customer has touched the kiosk and then left it alone for the shop's idle time. */
export async function startOverWhenIdle() {
  const answer = await fetch('/kiosk/settings').then(r => (r.ok ? r.json() : null)).catch(() => null);
  const idleMillis = (answer?.idleResetSeconds || 60) * 1000;
  let timer = null;
  const touched = () => {
    clearTimeout(timer);
    timer = setTimeout(startOver, idleMillis);
  };
  IDLE_EVENTS.forEach(type => window.addEventListener(type, touched, { capture: true, passive: true }));
  return { touched };
}
