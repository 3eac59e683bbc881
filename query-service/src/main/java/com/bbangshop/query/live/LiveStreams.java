package com.bbangshop.query.live;

import com.bbangshop.query.rebuild.ReadModelRebuild;
import com.bbangshop.query.rebuild.ReadModelRebuildStarted;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every open Server-Sent Event stream. A stream's subscription is released whichever way it ends: the browser goes
 * (the next write fails, a heartbeat at the latest), it times out, the read model starts a rebuild, or the
 * application stops. Streams are closed first thing on shutdown, before the web server waits for open requests.
 */
@Component
public class LiveStreams implements SmartLifecycle {

    private final LiveProperties properties;
    private final ReadModelRebuild rebuild;
    private final Set<LiveStream> open = ConcurrentHashMap.newKeySet();
    /** Writes block on a slow browser; they must not hold Reactor's timer threads. */
    private final Scheduler writer = Schedulers.boundedElastic();
    private volatile boolean accepting = true;

    public LiveStreams(LiveProperties properties, ReadModelRebuild rebuild) {
        this.properties = properties;
        this.rebuild = rebuild;
    }

    /**
     * Opens a stream of the given frames with heartbeats in between; {@code release} is run exactly once when the
     * stream ends, however it ends.
     */
    SseEmitter open(Flux<LiveFrame> frames, Runnable release) {
        if (!accepting) {
            release.run();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "bbangshop is shutting down");
        }
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        LiveStream stream = new LiveStream(emitter);
        open.add(stream);
        Flux<LiveFrame> heartbeats = Flux.interval(properties.heartbeat(), properties.heartbeat())
                .map(tick -> LiveFrame.HEARTBEAT);
        Disposable feed = frames.mergeWith(heartbeats)
                .publishOn(writer)
                .doFinally(signal -> {
                    open.remove(stream);
                    release.run();
                })
                .subscribe(stream::send, feedFailed -> stream.end(null), () -> stream.end(null));
        stream.feedBy(feed);
        emitter.onCompletion(stream::release);
        emitter.onTimeout(() -> stream.end(null));
        emitter.onError(error -> stream.release());
        if (!accepting) {
            stream.end(null); // shutdown began while this stream was opening
        }
        return emitter;
    }

    public int openStreams() {
        return open.size();
    }

    @EventListener
    void on(ReadModelRebuildStarted started) {
        closeAll(LiveFrame.rebuilding(rebuild.status()));
    }

    private void closeAll(LiveFrame lastFrame) {
        open.forEach(stream -> stream.end(lastFrame));
    }

    @Override
    public void start() {
        accepting = true;
    }

    @Override
    public void stop() {
        accepting = false;
        closeAll(null);
    }

    @Override
    public boolean isRunning() {
        return accepting;
    }
}
