package com.bbangshop.runtime.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * {@code bbangshop.staff.*} (or {@code BBANGSHOP_STAFF_USERNAME} / {@code BBANGSHOP_STAFF_PASSWORD}): the one staff
 * login. Without a password the embedded default generates one at start; the axonserver and postgres profiles refuse
 * to start. The rest is set in application.yml.
 *
 * @param allowedOrigins origins other than the shop's own whose pages may send changes (see CrossSiteRequestGuard)
 */
@ConfigurationProperties("bbangshop.staff")
public record StaffProperties(@DefaultValue("staff") String username, String password, List<String> allowedOrigins) {

    public StaffProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    /** Keeps the password out of anything that prints the properties. */
    @Override
    public String toString() {
        return "StaffProperties[username=" + username + ", password=" + (hasPassword() ? "(set)" : "(none)")
                + ", allowedOrigins=" + allowedOrigins + "]";
    }
}
