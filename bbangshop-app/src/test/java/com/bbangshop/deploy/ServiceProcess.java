package com.bbangshop.deploy;

import com.bbangshop.BbangshopClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One service's runnable jar, started as its own JVM the way a container starts it. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final Path log;
    private final int port;
    private final List<String> arguments;
    private Process process;

    ServiceProcess(String name, Path jar, Path log, int port, List<String> arguments) {
        this.name = name;
        this.jar = jar;
        this.log = log;
        this.port = port;
        this.arguments = List.copyOf(arguments);
    }

    /** The service's runnable jar, built by the package phase, copied away from builds running in the tree. */
    static Path copyOfJar(String service, Path into) throws IOException {
        Path built = Repository.file(service + "/target/" + service + "-0.1.0-SNAPSHOT-exec.jar");
        if (!Files.exists(built)) {
            throw new AssertionError(built + " is missing: build it first (./mvnw install -DskipTests)");
        }
        return Files.copy(built, into.resolve(service + ".jar"));
    }

    ServiceProcess start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    /** Waits until the readiness group (with Axon Server and the database in it) says UP. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped during start-up:\n" + tail());
            }
            try {
                HttpResponse<String> readiness = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200) {
                    return;
                }
                last = readiness.statusCode() + " " + readiness.body();
            } catch (IOException notListening) {
                last = notListening.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " was not ready within " + timeout + " (" + last + "):\n" + tail());
    }

    int port() {
        return port;
    }

    /** GET on the service itself; status code and body. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET on the service itself with the staff login. */
    HttpResponse<String> getAsStaff(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", BbangshopClient.basic(BbangshopClient.STAFF_USER,
                        BbangshopClient.STAFF_PASSWORD))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the service answers HTTP at all. */
    void awaitListening(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped during start-up:\n" + tail());
            }
            try {
                get("/actuator/health/liveness");
                return;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError(name + " did not listen within " + timeout + ":\n" + tail());
    }

    /** Sends SIGTERM and gives back the exit code, or fails if the process outlives the timeout. */
    int terminate(Duration timeout) throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not stop within " + timeout + " of SIGTERM:\n" + tail());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or handed over, as when a node dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " outlived SIGKILL for 30 s");
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Stops it as a container runtime does: SIGTERM, a graceful shutdown, then the hard way. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
