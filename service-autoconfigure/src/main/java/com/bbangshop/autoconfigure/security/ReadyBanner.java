package com.bbangshop.autoconfigure.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/**
 * A few lines once the process is ready: where its pages are and how staff log in. A generated password appears
 * here only, not buried in the start-up log.
 */
final class ReadyBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyBanner.class);

    private final StaffLogin login;

    ReadyBanner(StaffLogin login) {
        this.login = login;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        LOG.info(text(ready.getApplicationContext().getEnvironment()));
    }

    String text(Environment environment) {
        String base = "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) + "/";
        StringBuilder banner = new StringBuilder("\n\n  ")
                .append(environment.getProperty("spring.application.name", "bbangshop")).append(" is ready\n");
        if (new ClassPathResource("static/index.html").exists()) {
            banner.append("  kiosk:       ").append(base).append('\n')
                    .append("  staff page:  ").append(base).append("staff\n");
        } else {
            banner.append("  API:         ").append(base).append('\n');
        }
        banner.append("  staff login: ").append(login.username()).append(" / ")
                .append(login.generated() ? login.password() + "   (generated: it changes at every start; set "
                        + "BBANGSHOP_STAFF_PASSWORD to keep one)" : "(the configured password)")
                .append("\n");
        return banner.toString();
    }
}
