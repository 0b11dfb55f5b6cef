package dev.commitmenttracker.ui;

import dev.commitmenttracker.security.IdentityProvider;
import dev.commitmenttracker.security.LoginThrottledException;
import dev.commitmenttracker.security.SignInMethods;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.DatabaseUnavailable;
import dev.commitmenttracker.web.Problems;
import java.util.Arrays;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in for the pages: a form at {@code /login} (when passwords are on) and/or OpenID Connect through the
 * organisation's identity provider (when it is on; {@code SignInMethods}), a session cookie, CSRF on every form
 * ({@link SessionOrCookieCsrfTokens}: nothing is kept in a session before sign-in) and
 * sign-out by POST to {@code /logout} (which also ends the identity provider's session when it offers that). The session
 * is kept in the database by Spring Session JDBC, so any node serves it (ADR 0022); its id changes at sign-in. A password
 * sign-in goes through the same throttled check as the API's HTTP Basic. It covers every path but the API's, which keeps HTTP Basic and no session; it comes first, so the
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
        "/login", LoginPage.THROTTLED_PATH, "/error", "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico"
    };

    /** Scripts, styles and images come from this service only; no page may be framed. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /**
     * The pages' policy: {@link #CONTENT_SECURITY_POLICY}, and with an identity provider its origin may receive a form
     * (sign-out is a form whose answer redirects there to end that session too).
     */
    static String contentSecurityPolicy(SignInMethods methods) {
        return methods.identityProviderOrigin()
                .map(origin -> CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin))
                .orElse(CONTENT_SECURITY_POLICY);
    }

    @Bean
    @Order(1)
    SecurityFilterChain pages(
            HttpSecurity http,
            SignInMethods methods,
            ObjectProvider<IdentityProvider> identityProvider,
            Problems problems)
            throws Exception {
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
        // Kept in a cookie, as the sign-in form's CSRF token is: a visitor not signed in makes no session row.
        CookieRequestCache returnTo = new CookieRequestCache();
        returnTo.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        returnTo.setRequestMatcher(
                new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), html));
        http.securityMatcher(new NegatedRequestMatcher(api))
                .requestCache(cache -> cache.requestCache(returnTo))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens()))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(TrackerRole.NATIONAL_LEAD.name())
                        .requestMatchers("/audit", "/audit/**")
                        .hasAnyRole(AUDIT_READERS)
                        // A login without any tracker role (possible with an identity provider) sees no page.
                        .anyRequest()
                        .hasAnyRole(TrackerRole.names()))
                .exceptionHandling(handling -> handling.accessDeniedHandler(forbidden))
                // The session (Spring Session JDBC, shared by every node) gets a new id at sign-in: an id known before
                // it (fixation) signs nobody in.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(methods)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (methods.passwords()) {
            http.formLogin(form -> form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(passwordFailure(problems))
                    .permitAll());
        }
        SimpleUrlLogoutSuccessHandler signedOut = new SimpleUrlLogoutSuccessHandler();
        if (methods.identityProvider()) {
            IdentityProvider idp = identityProvider.getObject();
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(idp.registrations())
                    // The provider's tokens stay in the session, not in a per-node map that only grows.
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(idp.users()))
                    .defaultSuccessUrl("/", false)
                    .failureUrl("/login?" + LoginPage.PROVIDER_FAILED)
                    .permitAll());
            OidcClientInitiatedLogoutSuccessHandler endProviderSession =
                    new OidcClientInitiatedLogoutSuccessHandler(idp.registrations());
            endProviderSession.setPostLogoutRedirectUri("{baseUrl}/login?signedOut");
            signedOut = endProviderSession;
        }
        signedOut.setDefaultTargetUrl("/login?signedOut");
        SimpleUrlLogoutSuccessHandler afterSignOut = signedOut;
        http.logout(logout ->
                logout.logoutUrl("/logout").logoutSuccessHandler(afterSignOut).permitAll());
        return http.build();
    }

    /**
     * A wrong password goes back to the form with its error; a throttled attempt (not checked at all) is answered 429
     * with Retry-After: the form saying how long to wait for a browser, problem+json {@code auth.throttled} otherwise.
     */
    private static AuthenticationFailureHandler passwordFailure(Problems problems) {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        // the page says what went wrong from ?error: a failed sign-in keeps nothing in a session
        wrong.setAllowSessionCreation(false);
        return (request, response, e) -> {
            if (DatabaseUnavailable.isDatabaseFault(e)) {
                // The throttle could not reach the database: the form again, 503, nothing checked.
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                request.setAttribute(
                        LoginPage.THROTTLED_ATTRIBUTE,
                        "Sign-in is unavailable just now because the service cannot reach its database. Try again in a minute.");
                request.getRequestDispatcher(LoginPage.THROTTLED_PATH).forward(request, response);
                return;
            }
            if (!(e instanceof LoginThrottledException throttled)) {
                wrong.onAuthenticationFailure(request, response, e);
                return;
            }
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
                throttled.writeTo(problems, response);
                return;
            }
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            request.setAttribute(LoginPage.THROTTLED_ATTRIBUTE, throttled.detail());
            request.getRequestDispatcher(LoginPage.THROTTLED_PATH).forward(request, response);
        };
    }
}
