package dev.commitmenttracker.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.commitmenttracker.web.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API chain: {@code /api/**}, the actuator and the OpenAPI document, and nothing else (web pages have a chain of
 * their own). It speaks HTTP Basic, keeps no session, and checks a password in full once per
 * {@code tracker.security.credential-cache.ttl} ({@link CachingAuthenticationProvider}). Reads need a login; commands
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
    SecurityFilterChain api(HttpSecurity http, Problems problems, CachingAuthenticationProvider logins)
            throws Exception {
        http.securityMatcher(
                        "/api/**",
                        "/actuator/**",
                        "/v3/api-docs/**",
                        "/v3/api-docs",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/error")
                .authenticationManager(new ProviderManager(logins))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new NoSimpleCrossSiteRequests(problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("commitment-tracker")
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"commitment-tracker\"");
                            problems.write(
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "auth.unauthenticated",
                                    null,
                                    "Log in (HTTP Basic) to use the tracker.");
                        }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> problems.write(
                        response,
                        HttpStatus.FORBIDDEN,
                        "auth.forbidden",
                        null,
                        "Your role does not allow this request.")))
                .authorizeHttpRequests(requests -> requests
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
                        .requestMatchers(
                                POST,
                                "/api/commitments",
                                "/api/commitments/**",
                                "/api/inspections",
                                "/api/imports/*/commit")
                        .hasAnyRole(COMMANDERS)
                        .requestMatchers(POST, "/api/imports")
                        .hasAnyRole(COMMANDERS)
                        .requestMatchers(PUT, "/api/imports/*/draft")
                        .hasAnyRole(COMMANDERS)
                        .requestMatchers(GET, "/api/**")
                        .authenticated()
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    @Bean
    CredentialCache credentialCache(SecurityProperties properties) {
        return new CredentialCache(properties.credentialCache(), Ticker.systemTicker());
    }

    /** Username and password: bcrypt once, then the {@link CredentialCache}. Web pages may use it too. */
    @Bean
    CachingAuthenticationProvider cachingAuthenticationProvider(
            UserDetailsService users, PasswordEncoder encoder, CredentialCache cache) {
        DaoAuthenticationProvider fullCheck = new DaoAuthenticationProvider(users);
        fullCheck.setPasswordEncoder(encoder);
        return new CachingAuthenticationProvider(fullCheck, cache);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }
}
