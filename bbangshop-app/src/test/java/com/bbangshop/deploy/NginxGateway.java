package com.bbangshop.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real nginx running gateway/default.conf.template, rendered as the nginx image renders it (each ${VARIABLE}
 * from the environment), listening on a free local port instead of 8080.
 */
final class NginxGateway implements AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Path workDir;
    private final int port;
    private final Process process;

    private NginxGateway(Path workDir, int port, Process process) {
        this.workDir = workDir;
        this.port = port;
        this.process = process;
    }

    static boolean installed() {
        return Files.isExecutable(NGINX);
    }

    /** Starts nginx with the upstreams (RESERVATION_SERVICE and the others) set to host:port each. */
    static NginxGateway start(Path workDir, Map<String, String> upstreams) throws IOException, InterruptedException {
        int port = freePort();
        String site = Files.readString(Repository.file("gateway/default.conf.template"));
        for (Map.Entry<String, String> upstream : upstreams.entrySet()) {
            String variable = "${" + upstream.getKey() + "}";
            if (!site.contains(variable)) {
                throw new AssertionError("the gateway template does not use " + variable);
            }
            site = site.replace(variable, upstream.getValue());
        }
        if (site.matches("(?s).*\\$\\{[A-Z_]+}.*")) {
            throw new AssertionError("the gateway template uses a variable with no value: " + site);
        }
        if (site.indexOf("listen 8080;") < 0 || site.indexOf("listen 8080;") != site.lastIndexOf("listen 8080;")) {
            throw new AssertionError("the gateway template must listen on 8080 once");
        }
        Files.writeString(workDir.resolve("site.conf"), site.replace("listen 8080;", "listen 127.0.0.1:" + port + ";"));
        Path main = workDir.resolve("nginx.conf");
        Files.writeString(main, """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                events {}
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    include %1$s/site.conf;
                }
                """.formatted(workDir));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", workDir.toString(), "-c", main.toString(),
                "-e", "stderr").redirectErrorStream(true).redirectOutput(workDir.resolve("nginx.log").toFile())
                .start();
        NginxGateway gateway = new NginxGateway(workDir, port, process);
        gateway.awaitListening();
        return gateway;
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx stopped: " + Files.readString(workDir.resolve("nginx.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nginx did not listen: " + Files.readString(workDir.resolve("nginx.log")));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
