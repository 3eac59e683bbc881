package com.bbangshop.reservation.waitlist;

import com.bbangshop.api.waitlist.AcceptOfferCommand;
import com.bbangshop.api.waitlist.AcceptedOffer;
import com.bbangshop.api.waitlist.DeclineOfferCommand;
import com.bbangshop.api.waitlist.FindWaiterQuery;
import com.bbangshop.api.waitlist.FindWaitlistQuery;
import com.bbangshop.api.waitlist.JoinWaitlistCommand;
import com.bbangshop.api.waitlist.LeaveWaitlistCommand;
import com.bbangshop.api.waitlist.WaiterStatus;
import com.bbangshop.api.waitlist.WaiterView;
import com.bbangshop.api.waitlist.WaitlistPosition;
import com.bbangshop.api.waitlist.WaitlistView;
import com.bbangshop.reservation.CancelSecrets;
import com.bbangshop.reservation.KnownBreads;
import com.bbangshop.reservation.customer.CustomerKeys;
import com.bbangshop.reservation.notification.ContactBook;
import com.bbangshop.support.readmodel.ReadModelWaiter;
import com.bbangshop.support.readmodel.ReadSideProperties;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A sold-out bread's line: join it with your phone and get a secret, hear of a loaf held for you, then accept it (it
 * becomes a reservation, cancelled with the same secret), decline it or leave. The bakery decides every step.
 */
@RestController
@RequestMapping("/waitlist")
public class WaitlistController {

    static final String SECRET_HEADER = "X-Waitlist-Secret";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadModelWaiter readModel;
    private final KnownBreads knownBreads;
    private final CustomerKeys customerKeys;
    private final ContactBook contacts;
    private final Duration catchUp;

    public WaitlistController(CommandGateway commandGateway, QueryGateway queryGateway, KnownBreads knownBreads,
                              CustomerKeys customerKeys, ContactBook contacts, ReadSideProperties readSide) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readModel = new ReadModelWaiter(queryGateway);
        this.knownBreads = knownBreads;
        this.customerKeys = customerKeys;
        this.contacts = contacts;
        this.catchUp = readSide.catchUp();
    }

    @Operation(summary = "Wait for a loaf of a sold-out bread",
            description = "201: the waiter's id, place in line and secret (shown this once). 409 while loaves are on "
                    + "sale, outside the sale, when this phone is in line already or holds its limit, or the line "
                    + "is full.")
    @PostMapping
    public CompletableFuture<ResponseEntity<Object>> join(@Valid @RequestBody JoinWaitlistRequest request) {
        contacts.check(request.contact());
        KnownBreads.Bread bread = knownBreads.find(request.breadId()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no bread with id " + request.breadId()));
        String phone = CustomerKeys.normalize(request.phone()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "phone is not a phone number: 7 to 15 digits, optionally with a leading + "
                + "(spaces, dots, dashes and brackets are ignored)"));
        String waiterId = IdentifierFactory.getInstance().generateIdentifier();
        String secret = CancelSecrets.newSecret();
        JoinWaitlistCommand command = new JoinWaitlistCommand(bread.breadId(), waiterId, customerKeys.hashOf(phone),
                CancelSecrets.hash(secret));
        return commandGateway.<WaitlistPosition>send(command).thenApply(position -> {
            contacts.keep(waiterId, request.contact());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("waiterId", waiterId);
            body.put("breadId", bread.breadId());
            body.put("breadName", bread.breadName());
            body.put("position", position.position());
            body.put("secret", secret);
            return ResponseEntity.created(URI.create("/waitlist/" + waiterId)).body(body);
        });
    }

    /** A waiter who joined a moment ago may not be on the read side yet: an unknown id waits briefly before 404. */
    @GetMapping("/{waiterId}")
    public CompletableFuture<WaiterView> one(@PathVariable String waiterId) {
        return find(waiterId);
    }

    @Operation(summary = "Accept the loaf held for you",
            description = "200: the reservation it became, its pickup code, and its cancelSecret (the waitlist "
                    + "secret). 409 when no loaf is held for you or its hold has passed.")
    @PostMapping("/{waiterId}/accept")
    public CompletableFuture<Map<String, Object>> accept(
            @PathVariable String waiterId,
            @Valid @RequestBody(required = false) WaiterSecretRequest body,
            @RequestHeader(name = SECRET_HEADER, required = false) String header) {
        String secret = secretOf(body, header);
        String reservationId = IdentifierFactory.getInstance().generateIdentifier();
        return find(waiterId)
                .thenCompose(waiter -> commandGateway.<AcceptedOffer>send(new AcceptOfferCommand(waiter.breadId(),
                        waiterId, CancelSecrets.hash(secret), reservationId)))
                .thenApply(accepted -> {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("offerId", accepted.offerId());
                    answer.put("reservationId", accepted.reservationId());
                    answer.put("pickupCode", accepted.pickupCode());
                    answer.put("cancelSecret", secret);
                    return answer;
                });
    }

    @Operation(summary = "Decline the loaf held for you", description = "200: your state; the loaf goes on.")
    @PostMapping("/{waiterId}/decline")
    public CompletableFuture<WaiterView> decline(
            @PathVariable String waiterId,
            @Valid @RequestBody(required = false) WaiterSecretRequest body,
            @RequestHeader(name = SECRET_HEADER, required = false) String header) {
        String secretHash = CancelSecrets.hash(secretOf(body, header));
        return answerAfter(waiterId, waiter -> new DeclineOfferCommand(waiter.breadId(), waiterId, secretHash));
    }

    @Operation(summary = "Leave the line", description = "200: your state; a loaf held for you is declined.")
    @DeleteMapping("/{waiterId}")
    public CompletableFuture<WaiterView> leave(
            @PathVariable String waiterId,
            @Valid @RequestBody(required = false) WaiterSecretRequest body,
            @RequestHeader(name = SECRET_HEADER, required = false) String header) {
        String secretHash = CancelSecrets.hash(secretOf(body, header));
        return answerAfter(waiterId, waiter -> new LeaveWaitlistCommand(waiter.breadId(), waiterId, secretHash));
    }

    /** Staff see a bread's line: those holding an offer first, then the waiting in order. */
    @GetMapping
    public CompletableFuture<WaitlistView> line(@RequestParam @NotBlank @Size(max = 64) String breadId) {
        return queryGateway.query(new FindWaitlistQuery(breadId), WaitlistView.class);
    }

    /** The waiter's state once the read side shows them out of the line, or as it stands after the catch-up wait. */
    private CompletableFuture<WaiterView> answerAfter(String waiterId, Function<WaiterView, Object> command) {
        FindWaiterQuery query = new FindWaiterQuery(waiterId);
        return find(waiterId)
                .thenCompose(waiter -> readModel.sendAndAwait(query, WaiterView.class,
                        () -> commandGateway.send(command.apply(waiter)), WaitlistController::isOutOfLine, catchUp))
                .thenCompose(shown -> shown.isPresent() ? CompletableFuture.completedFuture(shown.get())
                        : find(waiterId));
    }

    private static boolean isOutOfLine(WaiterView waiter) {
        return waiter.status() != WaiterStatus.WAITING && waiter.status() != WaiterStatus.OFFERED;
    }

    private CompletableFuture<WaiterView> find(String waiterId) {
        FindWaiterQuery query = new FindWaiterQuery(waiterId);
        return queryGateway.query(query, ResponseTypes.optionalInstanceOf(WaiterView.class))
                .thenCompose(known -> known.isPresent() ? CompletableFuture.completedFuture(known)
                        : readModel.await(query, WaiterView.class, any -> true, catchUp))
                .thenApply((Optional<WaiterView> found) -> found.orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "nobody with waiter id " + waiterId + " is on a waitlist")));
    }

    private static String secretOf(WaiterSecretRequest body, String header) {
        String secret = body != null && body.secret() != null ? body.secret() : header;
        if (secret == null || secret.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "secret is required (in the body or the " + SECRET_HEADER + " header)");
        }
        return secret;
    }
}
