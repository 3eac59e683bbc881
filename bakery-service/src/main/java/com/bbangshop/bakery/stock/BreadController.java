package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.BreadList;
import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import com.bbangshop.api.stock.FindBreadsQuery;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.api.stock.RestockedCounts;
import com.bbangshop.support.readmodel.ReadModelWaiter;
import com.bbangshop.support.readmodel.ReadSideProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Staff's bread commands; the reads go through Axon's query routing to whoever holds the read model. */
@RestController
@RequestMapping("/breads")
public class BreadController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadModelWaiter readModel;
    private final Duration registrationWait;
    private final BreadAnswers answers;

    public BreadController(CommandGateway commandGateway, QueryGateway queryGateway,
                           ReadSideProperties readSide) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readModel = new ReadModelWaiter(queryGateway);
        this.registrationWait = readSide.catchUp();
        this.answers = new BreadAnswers(queryGateway, readSide.catchUp());
    }

    /**
     * A bread is reserved through the read model's view of it, so a kiosk that registers a bread and reserves at once
     * would hear "no such bread" while the projection catches up: registering waits, for a bounded time, until the
     * read side knows the bread; seeing it late is not an error.
     */
    @Operation(summary = "Register a limited-edition bread (staff)",
            description = "201: the bread's view, once the read side knows it (or as registered, if it is late)")
    @PostMapping
    public ResponseEntity<Object> register(@Valid @RequestBody RegisterBreadRequest request) {
        String breadId = IdentifierFactory.getInstance().generateIdentifier();
        RegisterBreadCommand command = new RegisterBreadCommand(breadId, request.breadName(), request.quantity(),
                request.maxPerReservationOrDefault(), request.opensAt(), request.closesAt(),
                request.maxPerCustomerOrNone(), request.pickupWindowMinutes());
        Optional<BreadView> shown = readModel.runAndAwait(new FindBreadQuery(breadId), BreadView.class,
                () -> commandGateway.sendAndWait(command), bread -> true, registrationWait);
        // a bread the read side does not show yet is still exactly what was registered: its view is answered as such
        return ResponseEntity.created(URI.create("/breads/" + breadId)).body(shown.<Object>map(view -> view)
                .orElseGet(() -> new BreadView(breadId, command.name().strip(), command.quantity(),
                        command.quantity(), 0, command.maxPerReservation(), false, command.opensAt(),
                        command.closesAt(), command.maxPerCustomer(), command.pickupWindowMinutes())));
    }

    /**
     * Answers with the counts the stock decided, on the bread's current view: waiting for the read side after each
     * restock made a long run of them (a benchmark's set-up adds 100,000) as slow as the projection.
     */
    @Operation(summary = "Add loaves to a bread (staff)", description = "200: the bread's view with its new counts "
            + "(editionSize, remaining, reserved, soldOut) as the stock decided them")
    @ApiResponse(responseCode = "200", description = "restocked: the bread's view with its new counts")
    @ApiResponse(responseCode = "202", description = "restocked; the read side does not know the bread yet: "
            + "its id and new counts")
    @PostMapping("/{breadId}/restock")
    public ResponseEntity<Object> restock(@PathVariable String breadId, @Valid @RequestBody RestockRequest request) {
        RestockedCounts counts = commandGateway.sendAndWait(new RestockBreadCommand(breadId, request.quantity()));
        return answers.current(breadId).<ResponseEntity<Object>>map(view -> ResponseEntity.ok(withCounts(view, counts)))
                .orElseGet(() -> BreadAnswers.accepted(breadId, Map.of("breadId", breadId,
                        "editionSize", counts.editionSize(), "remaining", counts.remaining())));
    }

    private static BreadView withCounts(BreadView view, RestockedCounts counts) {
        return new BreadView(view.breadId(), view.breadName(), counts.editionSize(), counts.remaining(),
                counts.editionSize() - counts.remaining(), view.maxPerReservation(), counts.remaining() == 0,
                view.opensAt(), view.closesAt(), view.maxPerCustomer(), view.pickupWindowMinutes());
    }

    private Optional<BreadView> current(FindBreadQuery query) {
        return queryGateway.query(query, ResponseTypes.optionalInstanceOf(BreadView.class)).join();
    }

    @GetMapping
    public BreadList list(@RequestParam(defaultValue = "0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(Limits.MAX_PAGE_SIZE) int size) {
        return queryGateway.query(new FindBreadsQuery(page, size), BreadList.class).join();
    }

    @GetMapping("/{breadId}")
    public BreadView one(@PathVariable String breadId) {
        return current(new FindBreadQuery(breadId)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no bread with id " + breadId));
    }
}
