package dev.commitmenttracker.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import dev.commitmenttracker.web.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API speaks HTTP Basic and keeps no session. Reads need a login; commands need a role that may command
 * (Area scope is checked per commitment by {@link CurrentUser}); refusals are problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    static final String[] COMMANDERS = {TrackerRole.AREA_MANAGER.name(), TrackerRole.NATIONAL_LEAD.name()};
    static final String[] AUDIT_READERS = {TrackerRole.AUDITOR.name(), TrackerRole.INSPECTOR.name(), TrackerRole.NATIONAL_LEAD.name()};

    @Bean
    SecurityFilterChain api(HttpSecurity http, Problems problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("commitment-tracker")
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"commitment-tracker\"");
                            problems.write(response, HttpStatus.UNAUTHORIZED, "auth.unauthenticated", null,
                                    "Log in (HTTP Basic) to use the tracker.");
                        }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                        problems.write(response, HttpStatus.FORBIDDEN, "auth.forbidden", null,
                                "Your role does not allow this request.")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/admin/**").hasRole(TrackerRole.NATIONAL_LEAD.name())
                        .requestMatchers("/api/audit/**").hasAnyRole(AUDIT_READERS)
                        .requestMatchers(POST, "/api/commitments/*/follow-up-judgement").hasRole(TrackerRole.INSPECTOR.name())
                        .requestMatchers(POST, "/api/commitments", "/api/commitments/**", "/api/inspections", "/api/imports/*/commit")
                        .hasAnyRole(COMMANDERS)
                        .requestMatchers(POST, "/api/imports").hasAnyRole(COMMANDERS)
                        .requestMatchers(GET, "/api/**").authenticated()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }
}
