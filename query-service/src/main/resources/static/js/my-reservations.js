// The reservations this browser made or was handed. On a phone they are kept in localStorage until the live state
// says they are over (picked up, canceled, sold out); a kiosk keeps them in memory only, for the customer at hand.
const STORAGE_KEY = 'bbangshop.reservations';
export const FINISHED = ['SOLD_OUT', 'CANCELED', 'PICKED_UP', 'NO_SHOW', 'EXPIRED'];

export function myReservations(kiosk) {
  const mine = kiosk ? new Map() : load();
  return {
    mine,
    save() {
      if (!kiosk) {
        const open = [...mine.values()].filter(reservation => !FINISHED.includes(reservation.view?.status));
        localStorage.setItem(STORAGE_KEY, JSON.stringify(open));
      }
    },
  };
}

function load() {
  try {
    return new Map((JSON.parse(localStorage.getItem(STORAGE_KEY)) || []).map(r => [r.reservationId, r]));
  } catch (corrupt) {
    return new Map();
  }
}
