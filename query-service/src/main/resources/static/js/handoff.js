// Taking a reservation made at the shop's kiosk to the customer's own phone: the kiosk shows a QR code of a link
// whose fragment (never sent to a server, so never in its logs) holds the reservation's id and cancel secret.

export function phoneLink(reservation) {
  const fragment = new URLSearchParams({
    reservation: reservation.reservationId, secret: reservation.cancelSecret,
  });
  return `${location.origin}/#${fragment}`;
}

/** The reservation a phone was handed by the link it opened, once: the link is then taken off the address bar. */
export function takeHandedOver() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const reservationId = fragment.get('reservation');
  const cancelSecret = fragment.get('secret');
  if (location.hash) {
    history.replaceState(null, '', location.pathname + location.search);
  }
  return reservationId && cancelSecret ? { reservationId, cancelSecret } : null;
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
