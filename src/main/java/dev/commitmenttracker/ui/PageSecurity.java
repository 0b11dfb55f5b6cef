package dev.commitmenttracker.ui;

import dev.commitmenttracker.security.TrackerRole;
import java.util.Arrays;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in for the pages: a form at {@code /login}, a session cookie, CSRF on every form and sign-out by POST to
 * {@code /logout}. It covers every path but the API's, which keeps HTTP Basic and no session; it comes first, so the
 * API chain sees only what this one leaves. The users are the same {@code UserDetailsService}.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    /** Paths served by the API chain, never by this one. */
    static final String[] API_PATHS = {
        "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"
    };

    /** The roles that read history, as for the API's /api/audit. */
    static final String[] AUDIT_READERS = {
        TrackerRole.AUDITOR.name(), TrackerRole.INSPECTOR.name(), TrackerRole.NATIONAL_LEAD.name()
    };

    /** Open to all, so that a stylesheet's or script's request is never the page a sign-in returns to. */
    static final String[] PUBLIC_PATHS = {
        "/login", "/error", "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico"
    };

    /** Scripts, styles and images come from this service only; no page may be framed. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        RequestMatcher api = new OrRequestMatcher(Arrays.stream(API_PATHS)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage(ErrorPages.FORBIDDEN_PATH);
        // Only a page the browser navigated to (Accept: text/html) is remembered as the place to return to after
        // sign-in.
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        HttpSessionRequestCache returnTo = new HttpSessionRequestCache();
        returnTo.setRequestMatcher(
                new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), html));
        http.securityMatcher(new NegatedRequestMatcher(api))
                .requestCache(cache -> cache.requestCache(returnTo))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(TrackerRole.NATIONAL_LEAD.name())
                        .requestMatchers("/audit", "/audit/**")
                        .hasAnyRole(AUDIT_READERS)
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .permitAll())
                .exceptionHandling(handling -> handling.accessDeniedHandler(forbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
