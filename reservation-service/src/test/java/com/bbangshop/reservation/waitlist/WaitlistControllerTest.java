package com.bbangshop.reservation.waitlist;

import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.waitlist.AcceptOfferCommand;
import com.bbangshop.api.waitlist.AcceptedOffer;
import com.bbangshop.api.waitlist.FindWaiterQuery;
import com.bbangshop.api.waitlist.JoinWaitlistCommand;
import com.bbangshop.api.waitlist.WaiterStatus;
import com.bbangshop.api.waitlist.WaiterView;
import com.bbangshop.api.waitlist.WaitlistPosition;
import com.bbangshop.reservation.CancelSecrets;
import com.bbangshop.reservation.KnownBreads;
import com.bbangshop.reservation.ReservationProblems;
import com.bbangshop.reservation.customer.CustomerKeys;
import com.bbangshop.reservation.customer.CustomerProperties;
import com.bbangshop.reservation.notification.ContactBook;
import com.bbangshop.reservation.notification.NotifyContact;
import com.bbangshop.support.readmodel.ReadSideProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The waitlist's door as Spring MVC serves it, with the shop's problem mapping: bad input is a problem+json 4xx that
 * says what to fix and sends nothing to the bakery; a good request sends exactly the command it means.
 */
class WaitlistControllerTest {

    private static final String BREAD = "bread-1";
    private static final WaiterView OFFERED = new WaiterView("w1", BREAD, "Salt Bread", WaiterStatus.OFFERED, null,
            BREAD + "-offer-1", Instant.parse("2026-12-07T10:10:00Z"), null, null, null);

    private final ObjectMapper json = new ObjectMapper();
    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final KnownBreads breads = mock(KnownBreads.class);
    private final CustomerKeys customerKeys = new CustomerKeys(new CustomerProperties("the-shops-key"));
    private final ContactBook contacts = spy(new ContactBook(mock(JdbcTemplate.class), Clock.systemUTC(),
            Validation.buildDefaultValidatorFactory().getValidator()));
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        WaitlistController controller = new WaitlistController(commands, queries, breads, customerKeys, contacts,
                new ReadSideProperties(Duration.ofMillis(100)));
        mvc = MockMvcBuilders.standaloneSetup(controller)
                .setControllerAdvice(new ReservationProblems(), new SpringBootProblemDetails())
                .build();
        when(breads.find(BREAD)).thenReturn(Optional.of(new KnownBreads.Bread(BREAD, "Salt Bread", 5, 0, null)));
        when(breads.find("bread-9")).thenReturn(Optional.empty());
        doReturn(CompletableFuture.completedFuture(Optional.of(OFFERED))).when(queries)
                .query(any(FindWaiterQuery.class), any(ResponseType.class));
    }

    /** What spring.mvc.problemdetails.enabled registers: ResponseStatusException and others as problem+json. */
    @ControllerAdvice
    static class SpringBootProblemDetails extends ResponseEntityExceptionHandler {
    }

    private JsonNode answer(RequestBuilder request, int status) throws Exception {
        MvcResult result = finished(request);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        String body = result.getResponse().getContentAsString();
        return body.isEmpty() ? json.nullNode() : json.readTree(body);
    }

    private MvcResult finished(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result.getAsyncResult(5_000);
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        return result;
    }

    private static RequestBuilder join(String body) {
        return post("/waitlist").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void joiningWithoutAPhoneIsABadRequestAndSendsNothing() throws Exception {
        JsonNode problem = answer(join("{\"breadId\":\"bread-1\"}"), 400);
        assertThat(problem.path("detail").asText()).isEqualTo("phone must not be blank");
        verifyNoInteractions(commands);
    }

    @Test
    void aPhoneThatIsNotANumberIsABadRequest() throws Exception {
        JsonNode problem = answer(join("{\"breadId\":\"bread-1\",\"phone\":\"call me\"}"), 400);
        assertThat(problem.path("detail").asText()).startsWith("phone is not a phone number");
        verifyNoInteractions(commands);
    }

    @Test
    void aBadContactIsNamedAndNothingIsSent() throws Exception {
        JsonNode problem = answer(join("{\"breadId\":\"bread-1\",\"phone\":\"010-1234-5678\","
                + "\"notify\":{\"email\":\"not-an-address\"}}"), 400);
        assertThat(problem.path("detail").asText()).startsWith("notify.email must be an e-mail address");
        verifyNoInteractions(commands);
    }

    @Test
    void anUnknownBreadIsNotFound() throws Exception {
        JsonNode problem = answer(join("{\"breadId\":\"bread-9\",\"phone\":\"010-1234-5678\"}"), 404);
        assertThat(problem.path("detail").asText()).isEqualTo("no bread with id bread-9");
        verifyNoInteractions(commands);
    }

    @Test
    void aJoinSendsTheHashesAndAnswersThePlaceAndTheSecretOnce() throws Exception {
        doReturn(CompletableFuture.completedFuture(new WaitlistPosition(BREAD, "w", 3))).when(commands).send(any());

        MvcResult joined = finished(join("{\"breadId\":\"bread-1\",\"phone\":\"010-1234-5678\","
                + "\"notify\":{\"email\":\"minji@example.com\"}}"));

        assertThat(joined.getResponse().getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(joined.getResponse().getContentAsString());
        assertThat(joined.getResponse().getHeader("Location")).isEqualTo("/waitlist/" + body.path("waiterId").asText());
        ArgumentCaptor<JoinWaitlistCommand> sent = ArgumentCaptor.forClass(JoinWaitlistCommand.class);
        verify(commands).send(sent.capture());
        assertThat(sent.getValue().waiterId()).isEqualTo(body.path("waiterId").asText());
        assertThat(sent.getValue().customerHash()).isEqualTo(customerKeys.hashOf("01012345678"));
        assertThat(sent.getValue().secretHash()).isEqualTo(CancelSecrets.hash(body.path("secret").asText()));
        assertThat(body.path("position").asInt()).isEqualTo(3);
        assertThat(body.path("breadName").asText()).isEqualTo("Salt Bread");
        verify(contacts).keep(body.path("waiterId").asText(), new NotifyContact("minji@example.com", null));
    }

    @Test
    void aRefusalOfTheBakeryIsItsProblemAndNoContactIsKept() throws Exception {
        doReturn(CompletableFuture.failedFuture(new CommandExecutionException("refused", null, new RuleViolation(
                RuleViolation.Kind.CONFLICT, "2 loaves of Salt Bread are still on sale: reserve one"))))
                .when(commands).send(any());

        JsonNode problem = answer(join("{\"breadId\":\"bread-1\",\"phone\":\"010-1234-5678\","
                + "\"notify\":{\"email\":\"minji@example.com\"}}"), 409);

        assertThat(problem.path("detail").asText()).isEqualTo("2 loaves of Salt Bread are still on sale: reserve one");
        verify(contacts, never()).keep(anyString(), any());
    }

    @Test
    void acceptingWithoutTheSecretIsABadRequest() throws Exception {
        JsonNode problem = answer(post("/waitlist/w1/accept"), 400);
        assertThat(problem.path("detail").asText())
                .isEqualTo("secret is required (in the body or the X-Waitlist-Secret header)");
        verifyNoInteractions(commands);
    }

    @Test
    void anAcceptWithTheSecretInTheHeaderBecomesAReservationCancelledWithTheSameSecret() throws Exception {
        doReturn(CompletableFuture.completedFuture(new AcceptedOffer(BREAD + "-offer-1", "r9", "KA23")))
                .when(commands).send(any());

        JsonNode body = answer(post("/waitlist/w1/accept").header("X-Waitlist-Secret", "s3cret"), 200);

        ArgumentCaptor<AcceptOfferCommand> sent = ArgumentCaptor.forClass(AcceptOfferCommand.class);
        verify(commands).send(sent.capture());
        assertThat(sent.getValue().breadId()).isEqualTo(BREAD);
        assertThat(sent.getValue().secretHash()).isEqualTo(CancelSecrets.hash("s3cret"));
        assertThat(body.path("reservationId").asText()).isEqualTo("r9");
        assertThat(body.path("pickupCode").asText()).isEqualTo("KA23");
        assertThat(body.path("cancelSecret").asText()).isEqualTo("s3cret");
    }

    @Test
    void aSecretLongerThanAnyGivenIsABadRequest() throws Exception {
        JsonNode problem = answer(post("/waitlist/w1/decline").contentType(MediaType.APPLICATION_JSON)
                .content("{\"secret\":\"" + "x".repeat(129) + "\"}"), 400);
        assertThat(problem.path("detail").asText()).startsWith("secret size must be between 0 and 128");
        verifyNoInteractions(commands);
    }

    @Test
    void theLineWithoutABreadIsABadRequest() throws Exception {
        answer(get("/waitlist"), 400);
        verifyNoInteractions(queries);
    }
}
