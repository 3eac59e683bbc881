package com.bbangshop.autoconfigure.web;

import com.bbangshop.autoconfigure.WebShop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What ends on the error page, a refusal written with sendError or a failure outside Spring MVC, is problem+json. */
@SpringBootTest(classes = WebShop.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bbangshop.staff.password=" + WebShop.STAFF_PASSWORD)
class ProblemErrorControllerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void aRefusalSentAsAnErrorKeepsItsStatusAndReason() throws Exception {
        HttpResponse<String> answer = get("/breads/teapot");

        assertProblem(answer, 418, "short and stout");
    }

    @Test
    void aServerErrorSaysNothingOfItsCause() throws Exception {
        HttpResponse<String> answer = get("/breads/broken");

        assertProblem(answer, 500, "bbangshop could not answer this request; try again shortly");
        assertThat(answer.body()).doesNotContain("internals", "Exception", "timestamp", "trace");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String detail) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isEqualTo(detail);
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
