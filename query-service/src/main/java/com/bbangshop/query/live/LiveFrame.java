package com.bbangshop.query.live;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One Server-Sent Event. Every stream starts with a {@code snapshot} (the current state) and goes on with
 * {@code changes}; {@code rebuilding} is its last frame when the read model starts a rebuild. A heartbeat is a
 * comment, which browsers ignore.
 */
record LiveFrame(String event, Object data) {

    static final LiveFrame HEARTBEAT = new LiveFrame(null, null);
    /** EventSource waits this long before it reconnects to a stream that ended. */
    private static final long RECONNECT_MILLIS = 3_000;

    static LiveFrame snapshot(Object state) {
        return new LiveFrame("snapshot", state);
    }

    static LiveFrame changes(Object changed) {
        return new LiveFrame("changes", changed);
    }

    static LiveFrame rebuilding(Object status) {
        return new LiveFrame("rebuilding", status);
    }

    SseEmitter.SseEventBuilder toEvent() {
        if (event == null) {
            return SseEmitter.event().comment("heartbeat");
        }
        SseEmitter.SseEventBuilder builder = SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON);
        return event.equals("snapshot") ? builder.reconnectTime(RECONNECT_MILLIS) : builder;
    }
}
