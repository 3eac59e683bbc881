package com.bbangshop.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.bbangshop.deploy.Yaml.at;
import static com.bbangshop.deploy.Yaml.listAt;
import static com.bbangshop.deploy.Yaml.map;
import static com.bbangshop.deploy.Yaml.mapAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code kubectl apply -f k8s/} would need to come up, checked without a cluster: every object well formed,
 * every reference (Service to pods, pods to ConfigMaps, Secrets and claims, the autoscaler to its Deployment) pointing
 * at something that exists, probes on every pod, and the services' ports and profiles agreeing with their code.
 */
class KubernetesManifestsTest {

    private static final Map<String, String> API_VERSIONS = Map.of(
            "Deployment", "apps/v1", "Service", "v1", "ConfigMap", "v1", "Secret", "v1",
            "PersistentVolumeClaim", "v1", "HorizontalPodAutoscaler", "autoscaling/v2");
    private static final List<String> SERVICES = List.of("reservation-service", "bakery-service", "query-service");

    private static final Map<String, Map<String, Map<String, Object>>> objects = new HashMap<>();

    @BeforeAll
    static void readManifests() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Repository.file("k8s"))) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            for (Map<String, Object> object : Yaml.documents(file)) {
                String kind = String.valueOf(object.get("kind"));
                String name = String.valueOf(at(object, "metadata.name"));
                assertThat(API_VERSIONS).as(file + ": kind " + kind).containsKey(kind);
                assertThat(object.get("apiVersion")).as(file + ": " + kind + " " + name)
                        .isEqualTo(API_VERSIONS.get(kind));
                assertThat(name).as(file + ": " + kind + " name").matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
                assertThat(at(object, "metadata.namespace")).as(name + " leaves the namespace to kubectl -n").isNull();
                assertThat(objects.computeIfAbsent(kind, k -> new HashMap<>()).put(name, object))
                        .as("two " + kind + "s named " + name).isNull();
            }
        }
    }

    @Test
    void theWholeSystemIsThere() {
        assertThat(objects.get("Deployment")).containsOnlyKeys("reservation-service", "bakery-service",
                "query-service", "gateway", "axonserver", "postgres");
        assertThat(objects.get("Service")).containsOnlyKeys(objects.get("Deployment").keySet());
        assertThat(objects.get("PersistentVolumeClaim")).containsOnlyKeys("postgres-data", "axonserver-data",
                "axonserver-events", "axonserver-log");
    }

    @Test
    void everyPodIsSelectedByItsDeploymentAndProbedAndSized() {
        objects.get("Deployment").forEach((name, deployment) -> {
            Map<String, Object> labels = mapAt(deployment, "spec.template.metadata.labels");
            assertThat(labels).as(name + " pods carry the selector's labels")
                    .containsAllEntriesOf(mapAt(deployment, "spec.selector.matchLabels"))
                    .isNotEmpty();
            for (Object container : listAt(deployment, "spec.template.spec.containers")) {
                assertThat(at(container, "image")).as(name + " image").isNotNull();
                assertThat(mapAt(container, "resources.requests")).as(name + " requests").containsKeys("cpu", "memory");
                assertThat(mapAt(container, "resources.limits")).as(name + " limits").containsKey("memory");
                for (String probe : List.of("readinessProbe", "livenessProbe")) {
                    Map<String, Object> check = mapAt(container, probe);
                    assertThat(check).as(name + " " + probe).isNotEmpty();
                    Object port = at(check, "httpGet.port") != null ? at(check, "httpGet.port")
                            : at(check, "tcpSocket.port");
                    if (port != null) {
                        assertThat(containerPorts(container)).as(name + " " + probe + " port").contains(port);
                    } else {
                        assertThat(listAt(check, "exec.command")).as(name + " " + probe).isNotEmpty();
                    }
                }
            }
        });
    }

    @Test
    void theServicesListenOnTheirSeedPortsAndAreProbedThroughActuatorGroups() throws IOException {
        for (String service : SERVICES) {
            Map<String, Object> container = map(listAt(objects.get("Deployment").get(service),
                    "spec.template.spec.containers").get(0));
            assertThat(at(map(listAt(container, "ports").get(0)), "containerPort")).as(service)
                    .isEqualTo(Yaml.servicePort(service));
            assertThat(at(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
            assertThat(at(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
            assertThat(at(container, "image")).asString().startsWith("bbangshop/" + service + ":");
        }
    }

    @Test
    void everyServiceReachesPodsOnAPortTheyOpen() {
        objects.get("Service").forEach((name, service) -> {
            Map<String, Object> selector = mapAt(service, "spec.selector");
            List<Map<String, Object>> pods = objects.get("Deployment").values().stream()
                    .filter(d -> mapAt(d, "spec.template.metadata.labels").entrySet()
                            .containsAll(selector.entrySet()))
                    .toList();
            assertThat(selector).as(name + " selector").isNotEmpty();
            assertThat(pods).as(name + " selects exactly one Deployment's pods").hasSize(1);
            List<Object> open = new ArrayList<>();
            listAt(pods.get(0), "spec.template.spec.containers").forEach(c -> open.addAll(containerPorts(c)));
            for (Object port : listAt(service, "spec.ports")) {
                assertThat(open).as(name + " targetPort").contains(at(port, "targetPort"));
            }
        });
    }

    @Test
    void everyConfigMapSecretAndClaimAPodUsesExists() {
        objects.get("Deployment").forEach((name, deployment) -> {
            Map<String, Object> pod = mapAt(deployment, "spec.template.spec");
            List<Object> volumeNames = listAt(pod, "volumes").stream().map(v -> at(v, "name")).toList();
            for (Object volume : listAt(pod, "volumes")) {
                Object claim = at(volume, "persistentVolumeClaim.claimName");
                assertThat(objects.get("PersistentVolumeClaim")).as(name + " claim").containsKey(String.valueOf(claim));
            }
            for (Object container : listAt(pod, "containers")) {
                for (Object mount : listAt(container, "volumeMounts")) {
                    assertThat(volumeNames).as(name + " mount").contains(at(mount, "name"));
                }
                for (Object source : listAt(container, "envFrom")) {
                    assertThat(objects.get("ConfigMap")).as(name + " envFrom")
                            .containsKey(String.valueOf(at(source, "configMapRef.name")));
                }
                for (Object variable : listAt(container, "env")) {
                    Object secret = at(variable, "valueFrom.secretKeyRef.name");
                    if (secret != null) {
                        assertThat(mapAt(objects.get("Secret").get(String.valueOf(secret)), "stringData"))
                                .as(name + " " + at(variable, "name")).containsKey(
                                        String.valueOf(at(variable, "valueFrom.secretKeyRef.key")));
                    }
                }
            }
        });
    }

    @Test
    void theConfigMapsPointAtProfilesAndServicesThatExist() throws IOException {
        Map<String, Object> config = mapAt(objects.get("ConfigMap").get("bbangshop-config"), "data");
        for (String profile : String.valueOf(config.get("SPRING_PROFILES_ACTIVE")).split(",")) {
            assertThat(Yaml.profileExists(profile)).as("profile " + profile).isTrue();
        }
        assertThat(String.valueOf(config.get("SPRING_PROFILES_ACTIVE")).split(","))
                .contains("axonserver", "postgres");
        assertThat(config.get("AXON_AXONSERVER_SERVERS")).isEqualTo("axonserver:" + servicePort("axonserver", "grpc"));
        assertThat(config.get("SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:postgresql://postgres:" + servicePort("postgres", "postgres") + "/bbangshop");

        Map<String, Object> gateway = mapAt(objects.get("ConfigMap").get("gateway-config"), "data");
        for (String service : SERVICES) {
            String variable = service.replace("-service", "").toUpperCase() + "_SERVICE";
            assertThat(gateway.get(variable)).as(variable).isEqualTo(service + ":" + Yaml.servicePort(service));
            assertThat(servicePort(service, "http")).isEqualTo(Yaml.servicePort(service));
        }
        assertThat(Files.readString(Repository.file("gateway/default.conf.template")))
                .contains(gateway.keySet().stream().map(k -> "${" + k + "}").toList());
    }

    @Test
    void reservationAndQueryServiceScaleOnCpuTheyRequest() {
        assertThat(objects.get("HorizontalPodAutoscaler")).containsOnlyKeys("reservation-service", "query-service");
        objects.get("HorizontalPodAutoscaler").forEach((name, autoscaler) -> {
            assertThat(at(autoscaler, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
            Map<String, Object> target = objects.get("Deployment")
                    .get(String.valueOf(at(autoscaler, "spec.scaleTargetRef.name")));
            assertThat(target).as(name + ": the autoscaler's Deployment").isNotNull();
            assertThat((Integer) at(autoscaler, "spec.maxReplicas")).as(name)
                    .isGreaterThan((Integer) at(autoscaler, "spec.minReplicas"));
            assertThat(listAt(autoscaler, "spec.metrics")).anySatisfy(m -> assertThat(at(m, "resource.name"))
                    .isEqualTo("cpu"));
            listAt(target, "spec.template.spec.containers").forEach(c ->
                    assertThat(at(c, "resources.requests.cpu")).as("utilization is measured against the request")
                            .isNotNull());
        });
    }

    @Test
    void everyReplicaOfAServiceWithProcessorsCanHoldASegmentAndTwoShareThem() throws IOException {
        Map<String, List<String>> processors = Map.of("reservation-service", List.of("ReservationSagaProcessor"),
                "query-service", List.of("pages", "breads", "assignments"));
        Map<String, Object> apart = Yaml.document(Repository.file(
                "service-autoconfigure/src/main/resources/application-axonserver.yml"));
        processors.forEach((service, names) -> {
            Map<String, Object> autoscaler = objects.get("HorizontalPodAutoscaler").get(service);
            Object replicas = at(objects.get("Deployment").get(service), "spec.replicas");
            assertThat((Integer) at(autoscaler, "spec.minReplicas")).as(service + " survives a pod's loss")
                    .isGreaterThanOrEqualTo(2).isEqualTo(replicas);
            for (String name : names) {
                Object segments = at(apart.get("axon.eventhandling.processors." + name), "initial-segment-count");
                assertThat(segments).as(name + "'s segments apart").isInstanceOf(Integer.class);
                assertThat((Integer) at(autoscaler, "spec.maxReplicas")).as(service + ": no pod without a segment of "
                        + name).isLessThanOrEqualTo((Integer) segments);
            }
        });
    }

    private static int servicePort(String service, String portName) {
        return listAt(objects.get("Service").get(service), "spec.ports").stream()
                .filter(p -> portName.equals(at(p, "name")))
                .map(p -> (Integer) at(p, "port"))
                .findFirst().orElseThrow(() -> new AssertionError(service + " has no port " + portName));
    }

    /** A container's ports, by number and by name, as probes and Services may refer to them. */
    private static List<Object> containerPorts(Object container) {
        List<Object> ports = new ArrayList<>();
        for (Object port : listAt(container, "ports")) {
            ports.add(at(port, "containerPort"));
            if (at(port, "name") != null) {
                ports.add(at(port, "name"));
            }
        }
        return ports;
    }
}
