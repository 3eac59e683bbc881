package com.bbangshop.runtime.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the staff login comes from: configuration, a password generated for the embedded default, or nowhere. */
@ExtendWith(OutputCaptureExtension.class)
class StaffCredentialsTest {

    private static final Pattern GENERATED = Pattern.compile("staff login is user 'staff', password '([^']+)'");

    private final WebApplicationContextRunner app = new WebApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(StaffSecurityAutoConfiguration.class,
                    SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
                    WebMvcAutoConfiguration.class));

    @Test
    void theEmbeddedDefaultWithoutAPasswordPrintsAGeneratedOneOnceAndItLogsTheStaffIn(CapturedOutput output) {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            Matcher printed = GENERATED.matcher(output.getOut());
            assertThat(printed.find()).as("the generated password is printed").isTrue();
            String password = printed.group(1);
            assertThat(printed.find()).as("printed once").isFalse();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);

            StaffAuthentication staff = context.getBean(StaffAuthentication.class);
            assertThat(staff.authenticate(login("staff", password)).getAuthorities())
                    .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STAFF");
            assertThatThrownBy(() -> staff.authenticate(login("staff", password + "x")))
                    .isInstanceOf(BadCredentialsException.class);
        });
    }

    @Test
    void eachStartGeneratesAnotherPassword(CapturedOutput output) {
        app.run(first -> assertThat(first).hasNotFailed());
        app.run(second -> assertThat(second).hasNotFailed());

        Matcher printed = GENERATED.matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        String first = printed.group(1);
        assertThat(printed.find()).isTrue();
        assertThat(printed.group(1)).isNotEqualTo(first);
    }

    @Test
    void aConfiguredLoginIsTheOnlyOneAcceptedAndNothingIsPrinted(CapturedOutput output) {
        app.withPropertyValues("bbangshop.staff.username=baker-in-chief", "bbangshop.staff.password=s3cret-flour")
                .run(context -> {
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
        assertThat(output.getOut()).doesNotContain("s3cret-flour").doesNotContain("staff login is");
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
