package dev.commitmenttracker.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.commitmenttracker.web.Problems;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The API chain: {@code /api/**}, the actuator and the OpenAPI document, and nothing else (web pages have a chain of
 * their own). It speaks HTTP Basic and, with an identity provider, JWT bearer tokens ({@link SignInMethods}); keeps no
 * session; refuses password attempts unchecked after repeated failures ({@link LoginThrottle}) and checks a password in
 * full once per {@code tracker.security.credential-cache.ttl} ({@link CachingAuthenticationProvider}). Reads need a login; commands
 * need a role that may command (Area scope is checked per commitment by {@link CurrentUser}); a state-changing request
 * must be JSON or carry {@code X-Requested-With} ({@link NoSimpleCrossSiteRequests}); metrics and health details are for
 * the national lead. Refusals are problem+json like every other error. The access matrix is docs/access.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    static final String[] COMMANDERS = {TrackerRole.AREA_MANAGER.name(), TrackerRole.NATIONAL_LEAD.name()};
    static final String[] AUDIT_READERS = {
        TrackerRole.AUDITOR.name(), TrackerRole.INSPECTOR.name(), TrackerRole.NATIONAL_LEAD.name()
    };

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            Problems problems,
            ThrottledAuthenticationProvider logins,
            SignInMethods methods,
            ObjectProvider<IdentityProvider> identityProvider)
            throws Exception {
        ApiAuthenticationEntryPoint unauthenticated = new ApiAuthenticationEntryPoint(problems, methods);
        AccessDeniedHandler forbidden = (request, response, e) -> problems.write(
                response, HttpStatus.FORBIDDEN, "auth.forbidden", null, "Your role does not allow this request.");
        http.securityMatcher(
                        "/api/**",
                        "/actuator/**",
                        "/v3/api-docs/**",
                        "/v3/api-docs",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/error")
                // Password checks only ever go through the throttle, and through nothing else (no parent manager).
                .authenticationManager(new ProviderManager(logins))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new NoSimpleCrossSiteRequests(problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.addHeaderWriter(SecurityHeaders.apiContentSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        if (methods.passwords()) {
            http.httpBasic(basic ->
                    basic.realmName(ApiAuthenticationEntryPoint.REALM).authenticationEntryPoint(unauthenticated));
        }
        if (methods.identityProvider()) {
            IdentityProvider idp = identityProvider.getObject();
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.authenticationManager(idp.bearerTokens()))
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden));
        }
        http.authorizeHttpRequests(requests -> requests
                // Health itself is public (load balancers); its details only for the roles of
                // management.endpoint.health.roles.
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(TrackerRole.NATIONAL_LEAD.name())
                // The production profile switches the OpenAPI document and Swagger UI off (404).
                .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .permitAll()
                .requestMatchers("/error")
                .permitAll()
                .requestMatchers("/api/admin/**")
                .hasRole(TrackerRole.NATIONAL_LEAD.name())
                .requestMatchers("/api/audit/**")
                .hasAnyRole(AUDIT_READERS)
                .requestMatchers(POST, "/api/commitments/*/follow-up-judgement")
                .hasRole(TrackerRole.INSPECTOR.name())
                // inspectors record follow-up inspections only: the inspection service checks the kind
                .requestMatchers(POST, "/api/inspections")
                .hasAnyRole(
                        TrackerRole.AREA_MANAGER.name(), TrackerRole.NATIONAL_LEAD.name(), TrackerRole.INSPECTOR.name())
                .requestMatchers(
                        POST, "/api/commitments", "/api/commitments/**", "/api/inspections", "/api/imports/*/commit")
                .hasAnyRole(COMMANDERS)
                .requestMatchers(POST, "/api/imports")
                .hasAnyRole(COMMANDERS)
                .requestMatchers(PUT, "/api/imports/*/draft")
                .hasAnyRole(COMMANDERS)
                // A login without any tracker role (possible with an identity provider) reads nothing.
                .requestMatchers(GET, "/api/**")
                .hasAnyRole(TrackerRole.names())
                .anyRequest()
                .hasAnyRole(TrackerRole.names()));
        return http.build();
    }

    @Bean
    CredentialCache credentialCache(SecurityProperties properties) {
        return new CredentialCache(properties.credentialCache(), Ticker.systemTicker());
    }

    /**
     * Username and password: refused unchecked while throttled ({@link LoginThrottle}), else bcrypt once, then the
     * {@link CredentialCache}. The only authentication provider bean, so the pages' sign-in form uses it too.
     */
    @Bean
    ThrottledAuthenticationProvider passwordLogins(
            UserDetailsService users, PasswordEncoder encoder, CredentialCache cache, LoginThrottle throttle) {
        DaoAuthenticationProvider fullCheck = new DaoAuthenticationProvider(users);
        fullCheck.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(new CachingAuthenticationProvider(fullCheck, cache), throttle);
    }

    /** Failed sign-ins counted in the database, for every node at once (ADR 0022). */
    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties, Clock clock, JdbcTemplate jdbc) {
        return new LoginThrottle(properties.throttle(), clock, new DatabaseSignInFailures(jdbc, Duration.ofMinutes(1)));
    }

    @Bean
    SignInMethods signInMethods(SecurityProperties properties, Environment environment) {
        return SignInMethods.from(properties, environment.acceptsProfiles(Profiles.of(Users.PRODUCTION)));
    }

    /** The organisation's identity provider, when {@code tracker.security.oidc.enabled=true}. */
    @Bean
    @ConditionalOnProperty(name = "tracker.security.oidc.enabled", havingValue = "true")
    IdentityProvider identityProvider(SecurityProperties properties) {
        return new IdentityProvider(properties.oidc(), new ClaimMapping(properties.claims()));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }
}
