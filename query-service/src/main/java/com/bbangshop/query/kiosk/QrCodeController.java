package com.bbangshop.query.kiosk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * The kiosk's QR code that takes a reservation to the customer's own phone. It draws addresses of this shop only, so
 * it is no free QR service for anyone's links: the address must be the one the request itself was sent to (its Host,
 * which the gateway keeps).
 */
@RestController
public class QrCodeController {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    @Operation(summary = "A QR code for an address of this shop",
            description = "The body is {\"url\": \"http://<this shop>/#…\"}, at most 300 characters; the answer is "
                    + "image/svg+xml. Another host, a user name in the address or another scheme is refused with 400.")
    @ApiResponse(responseCode = "200", description = "the QR code as SVG")
    @ApiResponse(responseCode = "400", description = "not an address of this shop, or too long")
    @PostMapping(value = "/qr-codes", produces = "image/svg+xml")
    public String draw(@Valid @RequestBody QrCodeRequest request, HttpServletRequest http) {
        URI url = parse(request.url());
        String host = http.getHeader("Host");
        if (url.getScheme() == null || !SCHEMES.contains(url.getScheme().toLowerCase())
                || url.getRawUserInfo() != null || url.getRawAuthority() == null
                || !url.getRawAuthority().equalsIgnoreCase(host)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "url must be an http or https address of this shop (" + host + ")");
        }
        return QrCodeSvg.of(url.toString());
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "url is not a valid address: " + e.getReason());
        }
    }
}
