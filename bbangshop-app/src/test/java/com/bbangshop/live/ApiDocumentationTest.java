package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of the app is in the OpenAPI description, and Swagger UI shows it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentationTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void theOpenApiDescriptionHasEveryEndpointOfEveryService() {
        JsonNode paths = new BbangshopClient(port).get("/v3/api-docs").body().path("paths");
        Set<String> documented = new HashSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase() + " " + path.getKey())));

        Set<String> endpoints = handlerMapping.getHandlerMethods().entrySet().stream()
                .filter(mapping -> mapping.getValue().getBeanType().getPackageName().startsWith("com.bbangshop"))
                .flatMap(mapping -> mapping.getKey().getMethodsCondition().getMethods().stream().flatMap(method ->
                        mapping.getKey().getPatternValues().stream().map(pattern -> method + " " + pattern)))
                .collect(Collectors.toSet());

        assertThat(endpoints).contains("POST /reservations", "GET /live/breads", "POST /admin/rebuild");
        assertThat(documented).containsAll(endpoints);
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html")).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
