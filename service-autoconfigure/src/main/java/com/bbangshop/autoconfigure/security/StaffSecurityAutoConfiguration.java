package com.bbangshop.autoconfigure.security;

import com.bbangshop.autoconfigure.web.SecurityHeaders;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import java.security.SecureRandom;
import java.util.Base64;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may do what, for every process: the launcher and each service alone carry this same chain, which names every
 * path of all three services (a path a process does not serve simply answers 404 behind it). Whatever a customer's
 * kiosk needs is open; everything else, including any endpoint added later, needs the staff login over HTTP Basic.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(StaffProperties.class)
public class StaffSecurityAutoConfiguration {

    /** Where a forgotten password would let anyone in who reaches the port. */
    private static final Profiles SHARED_INFRASTRUCTURE = Profiles.of("axonserver | postgres");

    @Bean
    SecurityFilterChain staffSecurityFilterChain(HttpSecurity http, StaffProperties staff,
                                                 ObjectProvider<HandlerMappingIntrospector> mappings) throws Exception {
        ProblemAnswers problems = new ProblemAnswers(new ServedPaths(mappings));
        return http
                .authorizeHttpRequests(StaffSecurityAutoConfiguration::rules)
                .httpBasic(basic -> basic.realmName(ProblemAnswers.REALM).authenticationEntryPoint(problems))
                // Basic has no logout: a browser forgets the login when a request sent with it is refused, so logging
                // out answers 401, without a challenge that would bring the login prompt back at once
                .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(POST, "/staff/logout")).logoutSuccessHandler(problems::loggedOut))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                // every call brings its credentials (Basic) or its proof (the cancel secret): nothing to remember
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // CSRF tokens protect a login held in a cookie; here no cookie holds one, and the one thing a browser
                // does remember, the Basic login, is kept from other sites' forms by CrossSiteRequestGuard instead
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> {
                    headers.defaultsDisabled().withObjectPostProcessor(new HeadersWrittenFirst());
                    SecurityHeaders.writers().forEach(headers::addHeaderWriter);
                })
                .addFilterBefore(new CrossSiteRequestGuard(staff.allowedOrigins()), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * The security headers are written before the request is handled, not while the filters unwind: a live stream's
     * frames are written from another thread meanwhile, and two threads setting one response's headers at once broke
     * them (Tomcat's NullPointerException in MimeHeaders, and a browser's stream closed without an answer).
     */
    private static final class HeadersWrittenFirst implements ObjectPostProcessor<HeaderWriterFilter> {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    }

    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                // the request was authorized when it came in; its async and error dispatches are the same request
                .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(GET, "/staff", "/staff.html", "/js/staff*.js").hasRole(StaffAuthentication.ROLE)
                // the kiosk, and the API description
                .requestMatchers(GET, "/", "/index.html", "/favicon.ico", "/css/**", "/js/**").permitAll()
                .requestMatchers(GET, "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                // a customer's own business: the breads, reserving, one reservation by its unguessable id
                .requestMatchers(GET, "/breads", "/breads/*").permitAll()
                .requestMatchers(POST, "/reservations").permitAll()
                .requestMatchers(GET, "/reservations/*", "/pages/*").permitAll()
                .requestMatchers(GET, "/live/reservations/*", "/live/breads").permitAll()
                .requestMatchers(GET, "/board", "/board.html", "/pickup-board", "/live/board").permitAll()
                .requestMatchers(GET, "/waitlist/*", "/live/waitlist/*").permitAll()
                .requestMatchers(POST, "/waitlist", "/waitlist/*/accept", "/waitlist/*/decline").permitAll()
                .requestMatchers(DELETE, "/waitlist/*").permitAll()
                // the kiosk's settings, and the QR code that hands a reservation over to the customer's phone
                .requestMatchers(GET, "/kiosk/settings").permitAll()
                .requestMatchers(POST, "/qr-codes").permitAll()
                // cancel: the reservation's secret proves ownership, checked by the aggregate; staff need none
                .requestMatchers(PATCH, "/reservations/*").permitAll()
                .anyRequest().hasRole(StaffAuthentication.ROLE);
    }

    /** Spring Security's firewall finds it here, in place of its plain 400. */
    @Bean
    RequestRejectedHandler rejectedRequestProblems() {
        return new RejectedRequestProblems();
    }

    /**
     * Without it Spring Security wraps each of its filters in an observation on every request, even with
     * management.observations.enable.spring.security off (that only drops them after they are made). HTTP requests
     * stay observed as a whole, by Spring MVC.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    StaffLogin staffLogin(StaffProperties staff, Environment environment) {
        if (staff.hasPassword()) {
            return new StaffLogin(staff.username(), staff.password(), false);
        }
        if (environment.acceptsProfiles(SHARED_INFRASTRUCTURE)) {
            throw new IllegalStateException("no staff password is configured: set BBANGSHOP_STAFF_PASSWORD "
                    + "(bbangshop.staff.password) and BBANGSHOP_STAFF_USERNAME (default 'staff'); the axonserver "
                    + "and postgres profiles never generate one");
        }
        return new StaffLogin(staff.username(), generatedPassword(), true);
    }

    @Bean
    StaffAuthentication staffAuthentication(StaffLogin login, StaffProperties staff) {
        return new StaffAuthentication(login.username(), login.password(),
                new LoginThrottle(staff.loginThrottle(), Ticker.systemTicker()));
    }

    @Bean
    ReadyBanner readyBanner(StaffLogin login) {
        return new ReadyBanner(login);
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
