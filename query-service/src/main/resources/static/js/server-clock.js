// The server's clock as this device sees it: a sale opens at the server's minute, not at the device's. The offset
// is measured once from GET /breads (its serverTime, half the round trip added) and again after the live stream
// reconnects or an answer carries the server's time.
let offsetMillis = 0;

export function serverNow() {
  return Date.now() + offsetMillis;
}

/** Takes the server's time as it stood when an answer left it. */
export function takeServerTime(serverTime, sentAt = Date.now(), receivedAt = Date.now()) {
  const server = Date.parse(serverTime);
  if (!Number.isNaN(server)) {
    offsetMillis = server - (sentAt + receivedAt) / 2;
  }
}

export async function syncWithServer() {
  const sentAt = Date.now();
  try {
    const answer = await fetch('/breads?size=1');
    const receivedAt = Date.now();
    const body = answer.ok ? await answer.json() : {};
    const serverTime = body.serverTime || answer.headers.get('Date');
    if (serverTime) {
      takeServerTime(serverTime, sentAt, receivedAt);
    }
  } catch (unreachable) {
    // the last offset stands until the stream reconnects
  }
}

/** 'soon' before the bread opens, 'ended' once it closed, 'open' in between; on the server's clock. */
export function saleState(bread, now = serverNow()) {
  if (bread.closesAt && Date.parse(bread.closesAt) <= now) {
    return 'ended';
  }
  return bread.opensAt && Date.parse(bread.opensAt) > now ? 'soon' : 'open';
}

/** "1:05:09" or "4:59" until the given instant, on the server's clock. */
export function countdown(instant, now = serverNow()) {
  const seconds = Math.max(0, Math.ceil((Date.parse(instant) - now) / 1000));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = n => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
