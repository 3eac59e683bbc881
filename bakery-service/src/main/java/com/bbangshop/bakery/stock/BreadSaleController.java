package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.EndSaleCommand;
import com.bbangshop.api.stock.OpenBreadNowCommand;
import com.bbangshop.api.stock.PostponeOpeningCommand;
import com.bbangshop.api.stock.RenameBreadCommand;
import com.bbangshop.support.readmodel.ReadSideProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Staff run a bread's sale: open it now, postpone its opening, end it (close early), rename it. Each answers the
 * bread's view as the other commands do; its {@code opensAt} and {@code closesAt} follow the server's clock.
 */
@RestController
@RequestMapping("/breads/{breadId}")
public class BreadSaleController {

    private final CommandGateway commandGateway;
    private final BreadAnswers answers;

    public BreadSaleController(CommandGateway commandGateway, QueryGateway queryGateway,
                               ReadSideProperties readSide) {
        this.commandGateway = commandGateway;
        this.answers = new BreadAnswers(queryGateway, readSide.catchUp());
    }

    @Operation(summary = "Open a bread's sale now (staff)", description = "Nothing changes if it is open. "
            + "200: the bread's view; 202: the view as it stands if the read side is late; 409: closed")
    @ApiResponse(responseCode = "200", description = "open: the bread's view")
    @ApiResponse(responseCode = "202", description = "opened; the read side has not shown it yet")
    @PostMapping("/open")
    public ResponseEntity<Object> openNow(@PathVariable String breadId) {
        return answers.runAndAnswer(breadId, () -> commandGateway.sendAndWait(new OpenBreadNowCommand(breadId)),
                bread -> bread.opensAt() == null || !bread.opensAt().isAfter(BreadStock.now()));
    }

    @Operation(summary = "Postpone a bread's opening (staff)", description = "200: the bread's view with the new "
            + "opensAt; 202: the view as it stands if the read side is late; 400: a time past or after the closing; "
            + "409: closed")
    @ApiResponse(responseCode = "200", description = "postponed: the bread's view")
    @ApiResponse(responseCode = "202", description = "postponed; the read side has not shown it yet")
    @PostMapping("/postpone")
    public ResponseEntity<Object> postpone(@PathVariable String breadId,
                                           @Valid @RequestBody PostponeOpeningRequest request) {
        Instant opensAt = request.opensAt().truncatedTo(ChronoUnit.MILLIS);
        return answers.runAndAnswer(breadId,
                () -> commandGateway.sendAndWait(new PostponeOpeningCommand(breadId, request.opensAt())),
                bread -> bread.opensAt() != null && bread.opensAt().truncatedTo(ChronoUnit.MILLIS).equals(opensAt));
    }

    @Operation(summary = "End a bread's sale now (staff)", description = "Twice is harmless. 200: the bread's view, "
            + "closesAt now or earlier; 202: the view as it stands if the read side is late")
    @ApiResponse(responseCode = "200", description = "closed: the bread's view")
    @ApiResponse(responseCode = "202", description = "closed; the read side has not shown it yet")
    @PostMapping("/close")
    public ResponseEntity<Object> close(@PathVariable String breadId) {
        return answers.runAndAnswer(breadId, () -> commandGateway.sendAndWait(new EndSaleCommand(breadId)),
                bread -> bread.closesAt() != null && !bread.closesAt().isAfter(BreadStock.now()));
    }

    @Operation(summary = "Rename an open bread (staff)", description = "200: the bread's view with its new name; "
            + "202: the view as it stands if the read side is late; 409: another open bread has the name, or closed")
    @ApiResponse(responseCode = "200", description = "renamed: the bread's view")
    @ApiResponse(responseCode = "202", description = "renamed; the read side has not shown it yet")
    @PatchMapping
    public ResponseEntity<Object> rename(@PathVariable String breadId, @Valid @RequestBody RenameBreadRequest request) {
        String name = request.breadName().strip();
        return answers.runAndAnswer(breadId,
                () -> commandGateway.sendAndWait(new RenameBreadCommand(breadId, request.breadName())),
                bread -> bread.breadName().equals(name));
    }
}
