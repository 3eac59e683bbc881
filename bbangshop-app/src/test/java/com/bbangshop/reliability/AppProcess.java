package com.bbangshop.reliability;

import com.bbangshop.BbangshopApplication;
import com.bbangshop.BbangshopClient;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded app as its own JVM, started from the test's class path (the jar is built only after the tests), so
 * that a test can kill it as the kernel would. Test classes stay out of its class path: their configurations would
 * otherwise be scanned into the app.
 */
final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static AppProcess start(Path dataDir, Path log, List<String> settings) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Daxoniq.update-checker.disabled=true", BbangshopApplication.class.getName(),
                "--server.port=" + port, "--bbangshop.data-dir=" + dataDir,
                "--bbangshop.staff.username=" + BbangshopClient.STAFF_USER,
                "--bbangshop.staff.password=" + BbangshopClient.STAFF_PASSWORD));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CLASSPATH", appClassPath());
        Process process = builder.start();
        // whatever ends the tests (a failure, a time-out, an interrupted build), no app outlives them
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new AppProcess(process, log, port);
    }

    private static String appClassPath() {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        return String.join(File.pathSeparator, Arrays.stream(entries)
                .filter(entry -> !entry.endsWith("test-classes")).toList());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    BbangshopClient client() {
        return new BbangshopClient(port);
    }

    AppProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the app stopped during start-up:\n" + tail());
            }
            try {
                HttpResponse<Void> readiness = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (readiness.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("the app was not ready within " + timeout + " and was killed:\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the app outlived SIGKILL");
        }
    }

    /** SIGTERM and a graceful stop, so that its database file is closed. */
    void stop() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the app did not stop within 60 s of SIGTERM:\n" + tail());
        }
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
