// Taking a reservation made at the shop's kiosk to the customer's own phone: the kiosk shows a QR code of a link
// whose fragment (never sent to a server, so never in its logs) holds the reservation's id and cancel secret.

export function phoneLink(reservation) {
  const fragment = new URLSearchParams({
    reservation: reservation.reservationId, secret: reservation.cancelSecret,
  });
  return `${location.origin}/#${fragment}`;
}

/** A waiter's place in line goes to the phone the same way, with the secret that answers its offer. */
export function waiterLink(waiter) {
  return `${location.origin}/#${new URLSearchParams({ waiter: waiter.waiterId, secret: waiter.secret })}`;
}

let handed;

/**
 * What a phone was handed by the link it opened, read once: the link is then taken off the address bar. A reservation
 * as {reservationId, cancelSecret}, a place in line as {waiterId, secret}, or null.
 */
export function takeHandedOver() {
  if (handed !== undefined) {
    return handed;
  }
  const fragment = new URLSearchParams(location.hash.slice(1));
  const secret = fragment.get('secret');
  if (location.hash) {
    history.replaceState(null, '', location.pathname + location.search);
  }
  handed = !secret ? null
    : fragment.get('reservation') ? { reservationId: fragment.get('reservation'), cancelSecret: secret }
      : fragment.get('waiter') ? { waiterId: fragment.get('waiter'), secret } : null;
  return handed;
}

/** The QR code as an image address; the link goes in a POST body, so its secret stays out of URLs and logs. */
export async function qrCode(link) {
  const answer = await fetch('/qr-codes', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url: link }),
  });
  if (!answer.ok) {
    throw new Error(`QR code refused: ${answer.status}`);
  }
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await answer.text())}`;
}
