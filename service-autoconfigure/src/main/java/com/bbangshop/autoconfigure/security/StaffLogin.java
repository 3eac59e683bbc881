package com.bbangshop.autoconfigure.security;

/**
 * The one staff login this process accepts: configured, or generated at start where nothing is configured (the
 * embedded default), and then shown once in the ready banner.
 */
public record StaffLogin(String username, String password, boolean generated) {

    /** Keeps the password out of anything that prints the bean. */
    @Override
    public String toString() {
        return "StaffLogin[username=" + username + (generated ? ", generated]" : ", configured]");
    }
}
