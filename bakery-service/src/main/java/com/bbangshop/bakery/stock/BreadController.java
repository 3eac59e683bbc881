package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.BreadList;
import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import com.bbangshop.api.stock.FindBreadsQuery;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.support.readmodel.ReadModelWaiter;
import com.bbangshop.support.readmodel.ReadSideProperties;
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
import java.util.LinkedHashMap;
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

    public BreadController(CommandGateway commandGateway, QueryGateway queryGateway,
                           ReadSideProperties readSide) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readModel = new ReadModelWaiter(queryGateway);
        this.registrationWait = readSide.catchUp();
    }

    /**
     * A bread is reserved through the read model's view of it, so a kiosk that registers a bread and reserves at once
     * would hear "no such bread" while the projection catches up: registering waits, for a bounded time, until the
     * read side knows the bread; seeing it late is not an error.
     */
    @PostMapping
    public ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterBreadRequest request) {
        String breadId = IdentifierFactory.getInstance().generateIdentifier();
        RegisterBreadCommand command = new RegisterBreadCommand(breadId, request.breadName(), request.quantity(),
                request.maxPerReservationOrDefault(), request.opensAt(), request.closesAt(),
                request.maxPerCustomerOrNone());
        readModel.runAndAwait(new FindBreadQuery(breadId), BreadView.class, () -> commandGateway.sendAndWait(command),
                bread -> true, registrationWait);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("breadId", breadId);
        body.put("breadName", command.name().strip());
        body.put("quantity", command.quantity());
        body.put("maxPerReservation", command.maxPerReservation());
        body.put("opensAt", command.opensAt());
        body.put("closesAt", command.closesAt());
        body.put("maxPerCustomer", command.maxPerCustomer());
        body.put("serverTime", BreadStock.now());
        return ResponseEntity.created(URI.create("/breads/" + breadId)).body(body);
    }

    @PostMapping("/{breadId}/restock")
    public Map<String, Object> restock(@PathVariable String breadId, @Valid @RequestBody RestockRequest request) {
        commandGateway.sendAndWait(new RestockBreadCommand(breadId, request.quantity()));
        return Map.of("breadId", breadId, "added", request.quantity());
    }

    @GetMapping
    public BreadList list(@RequestParam(defaultValue = "0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(Limits.MAX_PAGE_SIZE) int size) {
        return queryGateway.query(new FindBreadsQuery(page, size), BreadList.class).join();
    }

    @GetMapping("/{breadId}")
    public BreadView one(@PathVariable String breadId) {
        Optional<BreadView> bread = queryGateway.query(new FindBreadQuery(breadId),
                ResponseTypes.optionalInstanceOf(BreadView.class)).join();
        return bread.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no bread with id " + breadId));
    }
}
