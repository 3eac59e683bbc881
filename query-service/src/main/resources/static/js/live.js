// One Server-Sent Event stream that keeps itself open: EventSource retries dropped connections by itself; a
// refused one (503 while the read model rebuilds, a server restarting) is retried here after a pause.
const RETRY_MILLIS = 2000;

export function watch(url, handlers) {
  let source = null;
  let retryTimer = null;
  let stopped = false;

  const connect = () => {
    source = new EventSource(url);
    source.addEventListener('open', () => handlers.onState?.('live'));
    source.addEventListener('snapshot', event => handlers.onSnapshot(JSON.parse(event.data)));
    source.addEventListener('changes', event => handlers.onChanges(JSON.parse(event.data)));
    source.addEventListener('rebuilding', () => {
      handlers.onState?.('rebuilding');
      source.close();
      retryLater();
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        explainRefusal();
        handlers.onRefused?.();
        retryLater();
      } else {
        handlers.onState?.('reconnecting');
      }
    };
  };

  // EventSource does not say why it was refused: a rebuilding read model is worth telling apart from a lost server.
  // Every view answers 503 "…rebuilding…" meanwhile; a public one is asked, so that a kiosk never meets the staff
  // login (/admin/rebuild would answer it with the browser's login prompt).
  const explainRefusal = async () => {
    try {
      const answer = await fetch('/breads?size=1');
      const problem = answer.status === 503 ? await answer.json() : {};
      handlers.onState?.(/rebuilding/.test(problem.detail || '') ? 'rebuilding' : 'offline');
    } catch (unreachable) {
      handlers.onState?.('offline');
    }
  };

  const retryLater = () => {
    clearTimeout(retryTimer);
    if (!stopped) {
      retryTimer = setTimeout(connect, RETRY_MILLIS);
    }
  };

  connect();
  return {
    close() {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
    },
  };
}
