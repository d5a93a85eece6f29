package org.clusteratlas.identity.internal;

import java.util.Map;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.shared.web.MapProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the API and actuator ({@code /api/**}, {@code /actuator/**}) take bearer tokens, keep no session and
 * need no CSRF token; the pages use form login with a session and CSRF protection. Fine-grained rights (which network,
 * which organization) are checked in the modules' services, where the data is.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The pages' policy. Images may also come from the configured map tile server, and only from that one: the tiles
     * are the single thing a page loads from elsewhere.
     */
    static String contentSecurityPolicy(MapProperties map) {
        String tiles = map.imageSource().map(source -> " " + source).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:" + tiles + "; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, upgradable later without invalidating stored hashes.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Checks the password before the account's state, so that "please verify your email" or "locked" is only ever
     * told to someone who knows the password: for anyone else every failed sign-in looks the same. Failures are
     * counted and, at the limit, block the address and the client for a while (brute-force protection).
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            AtlasUserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            SecurityAudit audit,
            UserAccounts accounts) {
        DaoAuthenticationProvider provider =
                new ThrottledAuthenticationProvider(users, passwordEncoder, throttle, audit, accounts);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(
            MessageSource messages, JsonMapper json, LocaleResolver localeResolver) {
        return new ProblemSecurityHandlers(messages, json, localeResolver);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, ProblemSecurityHandlers problems)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                                .permitAll()
                                .requestMatchers("/actuator/**", "/api/v1/admin/**")
                                .hasRole("PLATFORM_ADMIN")
                                // Contact persons are personal data: members and staff only.
                                .requestMatchers(HttpMethod.GET, "/api/v1/search/contacts", "/api/v1/me/**")
                                .authenticated()
                                .requestMatchers(HttpMethod.GET, "/api/**")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, CurrentUsers currentUsers, MapProperties map, SecurityAudit audit)
            throws Exception {
        // Platform-admin rights are checked against the database on every request, not against the role the
        // session remembers from sign-in: a demoted admin loses the admin pages at once.
        AuthorizationManager<RequestAuthorizationContext> platformAdminNow = (authentication, context) ->
                new AuthorizationDecision(currentUsers.current().platformAdmin());
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(
                DisabledException.class.getName(), "/login?unverified",
                LockedException.class.getName(), "/login?locked",
                LoginBlockedException.class.getName(), "/login?blocked"));
        http.formLogin(form -> form.loginPage("/login").failureHandler(failures).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                audit.record(
                                        SecurityEvent.Kind.LOGOUT,
                                        authentication.getPrincipal() instanceof AtlasPrincipal principal
                                                ? principal.id()
                                                : null,
                                        null,
                                        null);
                            }
                        })
                        .logoutSuccessUrl("/?signedOut")
                        .permitAll())
                // Pages check fine-grained rights in the services (anonymous visitors are sent to the login page
                // from there); here only whole areas are closed, so unknown addresses answer 404, not a login.
                .addFilterAfter(new UnusableAccountFilter(currentUsers), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/admin/**")
                        .access(platformAdminNow)
                        .requestMatchers("/account/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/login", "/register", "/password/**")
                        .permitAll()
                        // Applying for membership is for people without an account (CSRF-protected like every form).
                        .requestMatchers(HttpMethod.POST, "/n/*/apply", "/unsubscribe/*")
                        .permitAll()
                        // The job board: candidates apply, anyone reports a posting or subscribes to job alerts.
                        .requestMatchers(
                                HttpMethod.POST,
                                "/jobs/*/apply",
                                "/jobs/*/report",
                                "/jobs/alerts",
                                "/jobs/alerts/confirm/*",
                                "/jobs/alerts/unsubscribe/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(map)))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
