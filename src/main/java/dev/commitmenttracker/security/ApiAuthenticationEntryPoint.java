package dev.commitmenttracker.security;

import dev.commitmenttracker.shared.DatabaseUnavailable;
import dev.commitmenttracker.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's answer to a request without a login that is accepted, as problem+json: 429 {@code auth.throttled} with
 * Retry-After when password sign-in is throttled ({@link LoginThrottle}); 503 {@code service.database-unavailable} when the
 * throttle could not reach the database; 401 {@code auth.invalid-token} for a bearer
 * token that is expired, forged, from another issuer or unreadable; otherwise 401 {@code auth.unauthenticated}. Each 401
 * names the schemes this service accepts in {@code WWW-Authenticate}.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "commitment-tracker";

    private final Problems problems;
    private final SignInMethods methods;

    ApiAuthenticationEntryPoint(Problems problems, SignInMethods methods) {
        this.problems = problems;
        this.methods = methods;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            throttled.writeTo(problems, response);
            return;
        }
        if (DatabaseUnavailable.isDatabaseFault(e)) {
            problems.write(
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service.database-unavailable",
                    null,
                    "The database could not complete the request, so a change was not confirmed: read the record before sending it again.");
            return;
        }
        if (e instanceof OAuth2AuthenticationException) {
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"invalid_token\", error_description=\"The bearer token is not accepted\"");
            problems.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "auth.invalid-token",
                    null,
                    "The bearer token is not accepted: it is expired, not signed by the identity provider, from "
                            + "another issuer or unreadable. Get a new one from the identity provider.");
            return;
        }
        if (methods.passwords()) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        }
        if (methods.identityProvider()) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        problems.write(response, HttpStatus.UNAUTHORIZED, "auth.unauthenticated", null, howToLogIn());
    }

    private String howToLogIn() {
        if (methods.passwords() && methods.identityProvider()) {
            return "Log in (HTTP Basic, or a bearer token from the identity provider) to use the tracker.";
        }
        return methods.identityProvider()
                ? "Log in (a bearer token from the identity provider) to use the tracker."
                : "Log in (HTTP Basic) to use the tracker.";
    }
}
