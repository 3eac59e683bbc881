package com.bbangshop.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static com.bbangshop.deploy.Yaml.at;
import static com.bbangshop.deploy.Yaml.listAt;
import static com.bbangshop.deploy.Yaml.mapAt;
import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml as {@code docker compose up} reads it: the system, its wiring, and volumes that outlive it. */
class ComposeFileTest {

    private static final List<String> SERVICES = List.of("reservation-service", "bakery-service", "query-service");

    private static Map<String, Object> compose;

    @BeforeAll
    static void read() throws IOException {
        compose = Yaml.document(Repository.file("docker-compose.yml"));
    }

    @Test
    void axonServerRunsStandaloneWithAHealthCheckAndKeepsItsDataInVolumes() {
        Map<String, Object> axonServer = mapAt(compose, "services.axonserver");
        assertThat(String.valueOf(at(axonServer, "environment.AXONIQ_AXONSERVER_STANDALONE"))).isEqualTo("true");
        assertThat(listAt(axonServer, "healthcheck.test")).isNotEmpty();
        assertThat(volumesOf("axonserver")).contains("/axonserver/data", "/axonserver/events");
        assertThat(listAt(axonServer, "ports")).contains("8024:8024", "8124:8124");
    }

    @Test
    void postgresKeepsItsDataInAVolumeAndSaysWhenItIsReady() {
        assertThat(volumesOf("postgres")).contains("/var/lib/postgresql/data");
        assertThat(listAt(compose, "services.postgres.healthcheck.test")).contains("pg_isready");
    }

    @Test
    void eachServiceIsBuiltFromThisRepositoryAndWiredToAxonServerAndPostgres() throws IOException {
        String dockerfile = Files.readString(Repository.file("Dockerfile"));
        assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre");
        for (String service : SERVICES) {
            Map<String, Object> definition = mapAt(compose, "services." + service);
            assertThat(at(definition, "build.context")).as(service).isEqualTo(".");
            assertThat(at(definition, "build.args.SERVICE")).as(service).isEqualTo(service);
            assertThat(Files.isDirectory(Repository.file(service))).isTrue();
            int port = Yaml.servicePort(service);
            assertThat(listAt(definition, "ports")).as(service).containsExactly(port + ":" + port);
            assertThat(String.valueOf(at(definition, "healthcheck.test")))
                    .contains(":" + port + "/actuator/health/readiness");

            Map<String, Object> environment = mapAt(definition, "environment");
            for (String profile : String.valueOf(environment.get("SPRING_PROFILES_ACTIVE")).split(",")) {
                assertThat(Yaml.profileExists(profile)).as(service + " profile " + profile).isTrue();
            }
            assertThat(environment).containsEntry("AXON_AXONSERVER_SERVERS", "axonserver:8124")
                    .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/"
                            + at(compose, "services.postgres.environment.POSTGRES_DB"))
                    .containsEntry("SPRING_DATASOURCE_USERNAME",
                            at(compose, "services.postgres.environment.POSTGRES_USER"))
                    .containsEntry("SPRING_DATASOURCE_PASSWORD",
                            at(compose, "services.postgres.environment.POSTGRES_PASSWORD"));
            assertThat(String.valueOf(environment.get("SPRING_PROFILES_ACTIVE")).split(","))
                    .containsExactlyInAnyOrder("axonserver", "postgres");
            assertThat(at(definition, "depends_on.axonserver.condition")).isEqualTo("service_healthy");
            assertThat(at(definition, "depends_on.postgres.condition")).isEqualTo("service_healthy");
        }
    }

    @Test
    void theGatewayIsTheOneDoorOnPort8080AndKnowsWhereEachServiceListens() throws IOException {
        Map<String, Object> gateway = mapAt(compose, "services.gateway");
        assertThat(listAt(gateway, "ports")).containsExactly("8080:8080");
        assertThat(at(gateway, "build")).isEqualTo("./gateway");
        assertThat(Files.readString(Repository.file("gateway/Dockerfile")))
                .contains("COPY default.conf.template /etc/nginx/templates/default.conf.template");
        for (String service : SERVICES) {
            String variable = service.replace("-service", "").toUpperCase() + "_SERVICE";
            assertThat(at(gateway, "environment." + variable)).as(variable)
                    .isEqualTo(service + ":" + Yaml.servicePort(service));
            assertThat(mapAt(gateway, "depends_on")).containsKey(service);
        }
    }

    private static List<String> volumesOf(String service) {
        Map<String, Object> declared = mapAt(compose, "volumes");
        return listAt(compose, "services." + service + ".volumes").stream().map(String::valueOf)
                .peek(mount -> assertThat(declared).as("named volume of " + mount)
                        .containsKey(mount.substring(0, mount.indexOf(':'))))
                .map(mount -> mount.substring(mount.indexOf(':') + 1))
                .toList();
    }
}
