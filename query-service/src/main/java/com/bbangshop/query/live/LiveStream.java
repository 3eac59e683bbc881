package com.bbangshop.query.live;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;

import java.io.IOException;

/** One browser's open stream: its emitter and the subscription that feeds it. */
final class LiveStream {

    private final SseEmitter emitter;
    private volatile Disposable feed;
    private volatile boolean ended;

    LiveStream(SseEmitter emitter) {
        this.emitter = emitter;
    }

    void feedBy(Disposable feed) {
        this.feed = feed;
        if (ended) {
            feed.dispose();
        }
    }

    void send(LiveFrame frame) {
        if (ended) {
            return;
        }
        try {
            emitter.send(frame.toEvent());
        } catch (IOException | IllegalStateException browserGone) {
            // after a failed write Spring and the container end the response themselves; completing it here races them
            release();
        }
    }

    /** Ends the response; the browser reconnects and starts again from a snapshot. */
    void end(LiveFrame lastFrame) {
        if (ended) {
            return;
        }
        try {
            if (lastFrame != null) {
                emitter.send(lastFrame.toEvent());
            }
            emitter.complete();
        } catch (IOException | IllegalStateException browserGone) {
            // it was ending anyway
        }
        release();
    }

    /** Releases the feed and with it the subscription query; safe to call any number of times. */
    void release() {
        ended = true;
        Disposable current = feed;
        if (current != null) {
            current.dispose();
        }
    }
}
