package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A browser's EventSource, as far as the tests need one: reads a Server-Sent Event stream frame by frame. */
public final class SseClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Frame(String event, String data) {

        public JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new AssertionError("frame data is not JSON: " + data, e);
            }
        }
    }

    private final InputStream body;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final AtomicInteger heartbeats = new AtomicInteger();
    private final AtomicBoolean ended = new AtomicBoolean();

    private SseClient(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream and fails unless the server answers 200 with an event stream. */
    public static SseClient open(int port, String path) {
        return open(port, path, false);
    }

    /** Opens the stream with the staff login, as the staff page does. */
    public static SseClient openAsStaff(int port, String path) {
        return open(port, path, true);
    }

    private static SseClient open(int port, String path, boolean asStaff) {
        HttpResponse<InputStream> response = connect(port, path, asStaff);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !contentType.startsWith("text/event-stream")) {
            String answer = readAll(response.body());
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + " " + contentType + ": "
                    + answer);
        }
        return new SseClient(response.body());
    }

    /** The status a stream request is answered with when it is refused. */
    public static int refusalStatus(int port, String path) {
        HttpResponse<InputStream> response = connect(port, path, false);
        try (InputStream body = response.body()) {
            return response.statusCode();
        } catch (IOException e) {
            return response.statusCode();
        }
    }

    public Frame next(Duration timeout) {
        try {
            Frame frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within " + timeout + (ended.get() ? " (the stream ended)" : ""));
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Skips frames until one matches; fails with what it skipped if none does in time. */
    public Frame nextMatching(Predicate<Frame> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Frame> skipped = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            Frame frame;
            try {
                frame = frames.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            if (frame != null && wanted.test(frame)) {
                return frame;
            }
            if (frame != null) {
                skipped.add(frame);
            }
        }
        throw new AssertionError("no matching frame within " + timeout + "; got " + skipped);
    }

    /** Every frame up to and including the first that matches; fails if none does in time. */
    public List<Frame> framesUntil(Predicate<Frame> last, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Frame> received = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            Frame frame;
            try {
                frame = frames.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            if (frame != null) {
                received.add(frame);
                if (last.test(frame)) {
                    return received;
                }
            }
        }
        throw new AssertionError("no matching frame within " + timeout + "; got " + received);
    }

    /** Every frame that arrives within the given time. */
    public List<Frame> framesDuring(Duration duration) {
        sleep(duration);
        List<Frame> received = new ArrayList<>();
        frames.drainTo(received);
        return received;
    }

    public int heartbeats() {
        return heartbeats.get();
    }

    public boolean awaitEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended.get() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(20));
        }
        return ended.get();
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException alreadyClosed) {
            // the browser tab is gone either way
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (event != null || !data.isEmpty()) {
                        frames.add(new Frame(event == null ? "message" : event, data.toString()));
                    }
                    event = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    heartbeats.incrementAndGet();
                } else if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring("data:".length()));
                }
            }
        } catch (IOException closed) {
            // closed by the test or by the server
        } finally {
            ended.set(true);
        }
    }

    private static HttpResponse<InputStream> connect(int port, String path, boolean asStaff) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream").GET();
        if (asStaff) {
            request.header("Authorization", BbangshopClient.basic(BbangshopClient.STAFF_USER,
                    BbangshopClient.STAFF_PASSWORD));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String readAll(InputStream body) {
        try (body) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
