package com.bbangshop.autoconfigure.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the staff login comes from: configuration, a password generated for the embedded default, or nowhere. */
class StaffCredentialsTest {

    private final WebApplicationContextRunner app = new WebApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(StaffSecurityAutoConfiguration.class,
                    SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
                    WebMvcAutoConfiguration.class));

    @Test
    void theEmbeddedDefaultWithoutAPasswordShowsAGeneratedOneInTheReadyBannerAndItLogsTheStaffIn() {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            StaffLogin login = context.getBean(StaffLogin.class);
            assertThat(login.generated()).isTrue();
            String password = login.password();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);
            assertThat(login.toString()).doesNotContain(password);
            assertThat(context.getBean(ReadyBanner.class).text(context.getEnvironment()))
                    .contains("staff login: staff / " + password);

            StaffAuthentication staff = context.getBean(StaffAuthentication.class);
            assertThat(staff.authenticate(login("staff", password)).getAuthorities())
                    .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STAFF");
            assertThatThrownBy(() -> staff.authenticate(login("staff", password + "x")))
                    .isInstanceOf(BadCredentialsException.class);
        });
    }

    @Test
    void eachStartGeneratesAnotherPassword() {
        List<String> passwords = new ArrayList<>();
        app.run(first -> passwords.add(first.getBean(StaffLogin.class).password()));
        app.run(second -> passwords.add(second.getBean(StaffLogin.class).password()));

        assertThat(passwords).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aConfiguredLoginIsTheOnlyOneAcceptedAndItsPasswordIsNeverPrinted() {
        app.withPropertyValues("bbangshop.staff.username=baker-in-chief", "bbangshop.staff.password=s3cret-flour")
                .run(context -> {
                    assertThat(context.getBean(ReadyBanner.class).text(context.getEnvironment()))
                            .contains("staff login: baker-in-chief / (the configured password)")
                            .doesNotContain("s3cret-flour");
                    StaffAuthentication staff = context.getBean(StaffAuthentication.class);
                    Authentication in = staff.authenticate(login("baker-in-chief", "s3cret-flour"));
                    assertThat(in.getName()).isEqualTo("baker-in-chief");
                    assertThat(in.getCredentials()).as("the password is not kept on the login").isNull();
                    assertThatThrownBy(() -> staff.authenticate(login("staff", "s3cret-flour")))
                            .isInstanceOf(BadCredentialsException.class);
                    assertThatThrownBy(() -> staff.authenticate(login("baker-in-chief", "s3cret-floury")))
                            .isInstanceOf(BadCredentialsException.class);
                    assertThatThrownBy(() -> staff.authenticate(login("baker-in-chief", "")))
                            .isInstanceOf(BadCredentialsException.class);
                });
    }

    @Test
    void thePostgresAndAxonServerProfilesRefuseToStartWithoutAConfiguredPassword() {
        for (String profile : new String[] {"postgres", "axonserver", "axonserver,postgres"}) {
            app.withPropertyValues("spring.profiles.active=" + profile, "bbangshop.staff.password= ").run(context -> {
                assertThat(context).as(profile).hasFailed();
                assertThat(context.getStartupFailure()).rootCause().as(profile)
                        .hasMessageContaining("no staff password is configured: set BBANGSHOP_STAFF_PASSWORD");
            });
        }
    }

    @Test
    void thePostgresProfileStartsWithAConfiguredPassword() {
        app.withPropertyValues("spring.profiles.active=postgres", "bbangshop.staff.password=from-the-environment")
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static UsernamePasswordAuthenticationToken login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
