package com.bbangshop.runtime.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bbangshop.staff.*} (or {@code BBANGSHOP_STAFF_USERNAME} / {@code BBANGSHOP_STAFF_PASSWORD}): the one staff
 * login. Without a password the embedded default generates one at start; the axonserver and postgres profiles refuse
 * to start.
 */
@ConfigurationProperties("bbangshop.staff")
public record StaffProperties(@DefaultValue("staff") String username, String password) {

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    /** Keeps the password out of anything that prints the properties. */
    @Override
    public String toString() {
        return "StaffProperties[username=" + username + ", password=" + (hasPassword() ? "(set)" : "(none)") + "]";
    }
}
