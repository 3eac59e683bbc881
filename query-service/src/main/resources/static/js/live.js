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

  // EventSource does not say why it was refused: a rebuilding read model is worth telling apart from a lost server
  const explainRefusal = async () => {
    try {
      const status = await fetch('/admin/rebuild').then(response => response.json());
      handlers.onState?.(status.state === 'REBUILDING' ? 'rebuilding' : 'offline');
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
