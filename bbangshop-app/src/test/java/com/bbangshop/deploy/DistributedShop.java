package com.bbangshop.deploy;

import com.bbangshop.BbangshopClient;
import com.bbangshop.PostgresTestDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The distributed mode as an operator runs it: the three service jars as separate JVMs on the Axon Server named by
 * AXON_AXONSERVER_SERVERS, on a fresh PostgreSQL database, behind the real nginx gateway. A test that needs it is
 * skipped, with the reason, when any of the three is missing. Events already in that Axon Server are replayed into
 * the fresh database at start-up, so each start waits for readiness up to its own generous deadline.
 */
final class DistributedShop implements AutoCloseable {

    static final List<String> SERVICES = List.of("reservation-service", "bakery-service", "query-service");
    private static final Duration START_UP = Duration.ofMinutes(8);

    private final Path workDir;
    private final PostgresTestDatabase database;
    private final List<String> arguments;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private NginxGateway gateway;

    private DistributedShop(Path workDir, PostgresTestDatabase database) {
        this.workDir = workDir;
        this.database = database;
        this.arguments = List.of("--spring.profiles.active=axonserver,postgres",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--bbangshop.data-dir=" + workDir,
                "--bbangshop.staff.username=" + BbangshopClient.STAFF_USER,
                "--bbangshop.staff.password=" + BbangshopClient.STAFF_PASSWORD,
                // the saga asks again every few seconds instead of every few minutes
                "--bbangshop.saga.retry.initial=PT2S", "--bbangshop.saga.retry.max=PT4S");
    }

    /** Starts all three and the gateway, or skips the calling test; on a failed start stops what it started. */
    static DistributedShop start(Path workDir, String test) throws Exception {
        String axonServer = System.getenv("AXON_AXONSERVER_SERVERS");
        skipUnless(test, axonServer != null && !axonServer.isBlank(),
                "set AXON_AXONSERVER_SERVERS=host:8124 to run it against an Axon Server");
        skipUnless(test, NginxGateway.installed(), "nginx is not installed (scripts/test.sh installs it)");
        Optional<PostgresTestDatabase> created = PostgresTestDatabase.create();
        skipUnless(test, created.isPresent(), "no PostgreSQL answers at " + PostgresTestDatabase.server());
        DistributedShop shop = new DistributedShop(workDir, created.get());
        try {
            for (String service : SERVICES) {
                shop.services.put(service, new ServiceProcess(service, ServiceProcess.copyOfJar(service, workDir),
                        workDir.resolve(service + ".log"), NginxGateway.freePort(), shop.arguments).start());
            }
            for (ServiceProcess service : shop.services.values()) {
                service.awaitReady(START_UP);
            }
            shop.gateway = NginxGateway.start(workDir, Map.of(
                    "RESERVATION_SERVICE", "127.0.0.1:" + shop.services.get("reservation-service").port(),
                    "BAKERY_SERVICE", "127.0.0.1:" + shop.services.get("bakery-service").port(),
                    "QUERY_SERVICE", "127.0.0.1:" + shop.services.get("query-service").port()));
            shop.awaitServing();
            return shop;
        } catch (Exception | AssertionError failure) {
            shop.close();
            throw failure;
        }
    }

    /**
     * A service is ready before Axon Server routes the others' queries to it: waits until a call through the gateway
     * that crosses services (bakery-service and reservation-service asking the read side) is answered.
     */
    private void awaitServing() throws InterruptedException {
        BbangshopClient staff = client().asStaff();
        long deadline = System.nanoTime() + START_UP.toNanos();
        for (String path : List.of("/breads?size=1", "/reservations?size=1")) {
            BbangshopClient.Response last;
            while ((last = staff.get(path)).status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("GET " + path + " was not answered within " + START_UP + ": " + last);
                }
                Thread.sleep(250);
            }
        }
    }

    int gatewayPort() {
        return gateway.port();
    }

    /** A kiosk talking to the gateway. */
    BbangshopClient client() {
        return new BbangshopClient(gateway.port());
    }

    /** Stops the service as an orchestrator does: SIGTERM, a graceful shutdown. */
    void stop(String service) throws InterruptedException {
        services.get(service).close();
    }

    /** SIGKILL: the service dies mid-work. */
    void kill(String service) throws InterruptedException {
        services.get(service).kill();
    }

    /** Starts the service again on the port the gateway sends it to, and waits until it is ready. */
    void restart(String service) throws Exception {
        ServiceProcess gone = services.get(service);
        ServiceProcess restarted = new ServiceProcess(service, workDir.resolve(service + ".jar"),
                workDir.resolve(service + ".log"), gone.port(), arguments).start();
        services.put(service, restarted);
        restarted.awaitReady(START_UP);
    }

    /** The failure with the last lines of every service's log. */
    AssertionError withLogs(Throwable failure) throws Exception {
        StringBuilder logs = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Map.Entry<String, ServiceProcess> service : services.entrySet()) {
            logs.append("\n--- last lines of ").append(service.getKey()).append("'s log:\n")
                    .append(service.getValue().tail());
        }
        return new AssertionError(logs.toString(), failure);
    }

    @Override
    public void close() throws Exception {
        try {
            if (gateway != null) {
                gateway.close();
            }
            for (ServiceProcess service : services.values()) {
                service.close();
            }
        } finally {
            database.drop();
        }
    }

    private static void skipUnless(String test, boolean condition, String reason) {
        if (!condition) {
            System.out.println(test + " skipped: " + reason);
        }
        assumeTrue(condition, reason);
    }
}
