package com.bbangshop.autoconfigure.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code bbangshop.staff.*} (or {@code BBANGSHOP_STAFF_USERNAME} / {@code BBANGSHOP_STAFF_PASSWORD}): the one staff
 * login. Without a password the embedded default generates one at start; the axonserver and postgres profiles refuse
 * to start. The rest is set in application.yml.
 *
 * @param allowedOrigins origins other than the shop's own whose pages may send changes (see CrossSiteRequestGuard)
 * @param loginThrottle  how many failed logins are allowed before logins are refused for a while
 */
@ConfigurationProperties("bbangshop.staff")
public record StaffProperties(@DefaultValue("staff") String username, String password, List<String> allowedOrigins,
                              LoginThrottle loginThrottle) {

    public StaffProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        if (loginThrottle == null) {
            throw new IllegalArgumentException("bbangshop.staff.login-throttle is not set (application.yml sets it)");
        }
    }

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    /** Keeps the password out of anything that prints the properties. */
    @Override
    public String toString() {
        return "StaffProperties[username=" + username + ", password=" + (hasPassword() ? "(set)" : "(none)")
                + ", allowedOrigins=" + allowedOrigins + ", loginThrottle=" + loginThrottle + "]";
    }

    /**
     * @param window             failed logins are counted in windows this long, from the first failure
     * @param failuresPerAddress failures one client address may have in its window
     * @param failures           failures all addresses together may have in theirs
     * @param knownAddressFor    an address that logged in is exempt from the shared allowance this long
     */
    public record LoginThrottle(Duration window, int failuresPerAddress, int failures, Duration knownAddressFor) {

        public LoginThrottle {
            if (window == null || window.isNegative() || window.isZero() || knownAddressFor == null
                    || knownAddressFor.isNegative() || failuresPerAddress < 1 || failures < 1) {
                throw new IllegalArgumentException("bbangshop.staff.login-throttle needs a positive window and "
                        + "known-address-for, and failures-per-address and failures of at least 1");
            }
        }
    }
}
