package com.bbangshop.reservation;

import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.FindReservationsQuery;
import com.bbangshop.api.page.ReservationList;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.reservation.PickUpReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.reservation.RequestCancellationCommand;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.reservation.customer.CustomerKeys;
import com.bbangshop.reservation.notification.ContactBook;
import com.bbangshop.reservation.overload.ReservationAdmission;
import com.bbangshop.support.readmodel.ReadModelWaiter;
import com.bbangshop.support.readmodel.ReadSideProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The customer's door: reserve and learn at once whether you got one, cancel with your secret, follow it. */
@RestController
@RequestMapping("/reservations")
public class ReservationController {

    /** The role service-autoconfigure's security gives the staff login; the servlet request tells without Spring Security. */
    private static final String STAFF_ROLE = "STAFF";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadModelWaiter readModel;
    private final ReservationPlacement placement;
    private final ReservationAdmission admission;
    private final KnownBreads knownBreads;
    private final CustomerKeys customerKeys;
    private final ContactBook contacts;
    private final ReservationAnswers answers;
    private final Duration catchUp;

    public ReservationController(CommandGateway commandGateway, QueryGateway queryGateway,
                                 ReservationPlacement placement, ReservationAdmission admission,
                                 KnownBreads knownBreads, CustomerKeys customerKeys,
                                 ReservationProperties reservationProperties, ReadSideProperties readSide,
                                 ContactBook contacts) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readModel = new ReadModelWaiter(queryGateway);
        this.placement = placement;
        this.admission = admission;
        this.knownBreads = knownBreads;
        this.customerKeys = customerKeys;
        this.contacts = contacts;
        this.answers = new ReservationAnswers(queryGateway, reservationProperties.decisionTimeout());
        this.catchUp = readSide.catchUp();
    }

    /**
     * Waits for its decision on the request's own thread. Handing the wait back to the container (returning the
     * future) sent every answer through the filters and the dispatcher a second time, an eighth of a flash sale's
     * CPU; the wait itself is bounded by the placement (see {@link ReservationPlacement#place}), and the container
     * has more threads than max-in-flight, so past that limit requests are still refused at once.
     */
    @Operation(summary = "Reserve loaves of a bread",
            description = "201: the reservation's view as the stock decision leaves it, and its cancelSecret (shown "
                    + "this once). 409 \"Sold out\": fewer loaves were left than asked for; the problem carries "
                    + "reservationId and reservationStatus SOLD_OUT. notify (optional): an e-mail address and/or a "
                    + "phone number to hear of changes, kept apart from the events while the reservation is open; a "
                    + "bad one is a 400 naming it, and nothing is reserved.")
    @ApiResponse(responseCode = "201", description = "reserved: the reservation's view and its cancelSecret")
    @ApiResponse(responseCode = "409", description = "sold out, or canceled before its stock decision")
    @PostMapping
    public ResponseEntity<Object> reserve(@Valid @RequestBody PlaceReservationRequest request) throws Exception {
        contacts.check(request.contact());
        String reservationId = IdentifierFactory.getInstance().generateIdentifier();
        ResponseEntity<Object> answer = awaitAnswer(admission.admit(() -> place(reservationId, request)));
        if (answer.getStatusCode().isSameCodeAs(HttpStatus.CREATED)) { // accepted: the reservation exists
            contacts.keep(reservationId, request.contact());
        }
        return answer;
    }

    private CompletableFuture<ResponseEntity<Object>> place(String reservationId, PlaceReservationRequest request) {
        KnownBreads.Bread bread = findBread(request.breadId());
        int quantity = request.quantityOrDefault();
        if (quantity > bread.maxPerReservation()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "quantity must be at most "
                    + bread.maxPerReservation() + " for " + bread.breadName());
        }
        String secret = CancelSecrets.newSecret();
        PlaceReservationCommand command = new PlaceReservationCommand(reservationId, bread.breadId(), quantity,
                CancelSecrets.hash(secret), customerOf(bread, request.phone()));
        return placement.place(command)
                .thenApply(decision -> answerToReserve(reservationId, bread, quantity, secret, decision));
    }

    /** A customer cancels with the reservation's secret; logged-in staff may cancel any reservation without it. */
    @Operation(summary = "Cancel a reservation", description = "With its cancel secret, or as staff without it. "
            + "200: the reservation's view, CANCELED; 202: the view as it stands while the cancellation completes.")
    @ApiResponse(responseCode = "200", description = "canceled: the reservation's view")
    @ApiResponse(responseCode = "202", description = "still canceling: the reservation's view as it stands")
    @PatchMapping("/{reservationId}")
    public CompletableFuture<ResponseEntity<Object>> changeStatus(
            @PathVariable String reservationId, @Valid @RequestBody ChangeStatusRequest request,
            @RequestHeader(name = "X-Cancel-Secret", required = false) String secretHeader, HttpServletRequest http) {
        RequestCancellationCommand command = http.isUserInRole(STAFF_ROLE)
                ? new RequestCancellationCommand(reservationId, null, true)
                : new RequestCancellationCommand(reservationId, CancelSecrets.hash(secretOf(request, secretHeader)),
                false);
        return answers.answerWithView(reservationId, () -> commandGateway.send(command), ReservationStatus.CANCELED);
    }

    /** Staff hand loaves over, ready or straight from the oven; the answer is the view once it shows them picked up. */
    @Operation(summary = "Hand a confirmed or ready reservation over (staff)",
            description = "200: the reservation's view, PICKED_UP; 202: the view as it stands if the read side is late")
    @ApiResponse(responseCode = "200", description = "handed over: the reservation's view")
    @ApiResponse(responseCode = "202", description = "handed over; the read side has not shown it yet")
    @PostMapping("/{reservationId}/pickup")
    public CompletableFuture<ResponseEntity<Object>> pickUp(@PathVariable String reservationId) {
        return answers.answerWithView(reservationId, () -> commandGateway.send(new PickUpReservationCommand(reservationId)),
                ReservationStatus.PICKED_UP);
    }

    @GetMapping
    public ReservationList list(@RequestParam(defaultValue = "0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(Limits.MAX_PAGE_SIZE) int size,
                                @RequestParam(required = false) ReservationStatus status,
                                @RequestParam(defaultValue = "false") boolean flagged,
                                @RequestParam(required = false) String code) {
        String pickupCode = code == null ? null : PickupCodeRequest.normalized(code);
        return queryGateway.query(new FindReservationsQuery(page, size, status, flagged, pickupCode),
                ReservationList.class).join();
    }

    /** A reservation answered a moment ago may not be on its page yet: an unknown id waits briefly before 404. */
    @GetMapping("/{reservationId}")
    public CompletableFuture<ReservationView> one(@PathVariable String reservationId) {
        Optional<ReservationView> known = queryGateway.query(new FindReservationQuery(reservationId),
                ResponseTypes.optionalInstanceOf(ReservationView.class)).join();
        CompletableFuture<Optional<ReservationView>> view = known.isPresent()
                ? CompletableFuture.completedFuture(known)
                : readModel.await(new FindReservationQuery(reservationId), ReservationView.class, any -> true,
                        catchUp);
        return view.thenApply(found -> found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no reservation with id " + reservationId)));
    }

    /** The answer, or the failure it ended with, as Spring MVC would have unwrapped it from the future. */
    private static <T> T awaitAnswer(CompletableFuture<T> answer) throws Exception {
        try {
            return answer.join();
        } catch (CompletionException | CancellationException wrapped) {
            Throwable failure = wrapped instanceof CompletionException && wrapped.getCause() != null
                    ? wrapped.getCause() : wrapped;
            if (failure instanceof Error error) {
                throw error;
            }
            throw (Exception) failure;
        }
    }

    private static String secretOf(ChangeStatusRequest request, String secretHeader) {
        String secret = request.cancelSecret() != null ? request.cancelSecret() : secretHeader;
        if (secret == null || secret.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "cancelSecret is required (in the body or the X-Cancel-Secret header)");
        }
        return secret;
    }

    private KnownBreads.Bread findBread(String breadId) {
        return knownBreads.find(breadId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no bread with id " + breadId));
    }

    /**
     * The customer's keyed hash where the bread limits loaves per customer; null otherwise, where a phone number, if
     * given, is checked and not used.
     */
    private String customerOf(KnownBreads.Bread bread, String phone) {
        if (phone == null && bread.maxPerCustomer() == 0) {
            return null;
        }
        String number = CustomerKeys.normalize(phone).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, (phone == null ? "phone is required for " + bread.breadName()
                + " (it limits loaves per customer to " + bread.maxPerCustomer() + ")" : "phone is not a phone number")
                + ": 7 to 15 digits, optionally with a leading + (spaces, dots, dashes and brackets are ignored)"));
        return bread.maxPerCustomer() == 0 ? null : customerKeys.hashOf(number);
    }

    private static ResponseEntity<Object> answerToReserve(String reservationId, KnownBreads.Bread bread, int quantity,
                                                          String secret, ReservationDecision decision) {
        if (decision.outcome() == StockOutcome.OVER_CUSTOMER_LIMIT) {
            ProblemDetail refused = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, bread.breadName()
                    + " allows at most " + bread.maxPerCustomer() + " loaves per customer, and this customer's "
                    + "reservations hold enough that " + quantity + " more would pass it");
            refused.setTitle("Limit per customer");
            refused.setType(URI.create("https://bbangshop.example/problems/limit-per-customer"));
            refused.setProperty("maxPerCustomer", bread.maxPerCustomer());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(refused);
        }
        if (decision.outcome() != StockOutcome.RESERVED) {
            boolean soldOut = decision.outcome() == StockOutcome.SOLD_OUT;
            ProblemDetail refused = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, soldOut
                    ? bread.breadName() + " is sold out: fewer than " + quantity + " loaves were left"
                    : "reservation " + reservationId + " was canceled before its stock decision");
            refused.setTitle(soldOut ? "Sold out" : "Canceled");
            refused.setType(URI.create("https://bbangshop.example/problems/" + (soldOut ? "sold-out" : "canceled")));
            refused.setProperty("reservationId", reservationId);
            // not "status": RFC 9457 gives that member the HTTP status, and a problem names each member once
            refused.setProperty("reservationStatus",
                    soldOut ? ReservationStatus.SOLD_OUT : ReservationStatus.CANCELLATION_REQUESTED);
            return ResponseEntity.status(HttpStatus.CONFLICT).location(location(reservationId)).body(refused);
        }
        // the members of the reservation's view, as the decision leaves it (the read side adds the baker and the
        // times a moment later), and the cancel secret, which is never shown again
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reservationId", reservationId);
        body.put("breadId", bread.breadId());
        body.put("breadName", bread.breadName());
        body.put("quantity", quantity);
        body.put("status", ReservationStatus.ACCEPTED);
        body.put("pickupCode", decision.pickupCode());
        body.put("seedStatus", ReservationStatus.ACCEPTED.seedName());
        body.put("baker", null);
        body.put("placedAt", null);
        body.put("updatedAt", null);
        body.put("flagged", false);
        body.put("flaggedStep", null);
        body.put("flaggedAt", null);
        body.put("cancelSecret", secret);
        return ResponseEntity.created(location(reservationId)).body(body);
    }

    private static URI location(String reservationId) {
        return ReservationAnswers.location(reservationId);
    }
}
