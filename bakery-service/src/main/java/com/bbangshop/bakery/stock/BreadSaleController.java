package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.EndSaleCommand;
import com.bbangshop.api.stock.OpenBreadNowCommand;
import com.bbangshop.api.stock.PostponeOpeningCommand;
import com.bbangshop.api.stock.RenameBreadCommand;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Staff run a bread's sale: open it now, postpone its opening, end it (close early), rename it. Each answer carries
 * the server's time, the clock the bread's decisions follow.
 */
@RestController
@RequestMapping("/breads/{breadId}")
public class BreadSaleController {

    private final CommandGateway commandGateway;

    public BreadSaleController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/open")
    public Map<String, Object> openNow(@PathVariable String breadId) {
        commandGateway.sendAndWait(new OpenBreadNowCommand(breadId));
        return answer(breadId, "open", true);
    }

    @PostMapping("/postpone")
    public Map<String, Object> postpone(@PathVariable String breadId,
                                        @Valid @RequestBody PostponeOpeningRequest request) {
        commandGateway.sendAndWait(new PostponeOpeningCommand(breadId, request.opensAt()));
        return answer(breadId, "opensAt", request.opensAt());
    }

    @PostMapping("/close")
    public Map<String, Object> close(@PathVariable String breadId) {
        commandGateway.sendAndWait(new EndSaleCommand(breadId));
        return answer(breadId, "closed", true);
    }

    @PatchMapping
    public Map<String, Object> rename(@PathVariable String breadId, @Valid @RequestBody RenameBreadRequest request) {
        commandGateway.sendAndWait(new RenameBreadCommand(breadId, request.breadName()));
        return answer(breadId, "breadName", request.breadName().strip());
    }

    private static Map<String, Object> answer(String breadId, String what, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("breadId", breadId);
        body.put(what, value);
        body.put("serverTime", BreadStock.now());
        return body;
    }
}
