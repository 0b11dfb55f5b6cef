package dev.commitmenttracker.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The pages' CSRF tokens: in the session once there is one (a signed-in user's), in an HttpOnly cookie before (the
 * sign-in form), so that a visitor who is not signed in makes no session row (Spring Session JDBC, ADR 0022): anyone
 * could otherwise fill the table by asking for {@code /login}. Before sign-in the form is checked against the cookie
 * (double submit: a form posted from another site can neither read nor set it). Once signed in, the session has a
 * token of its own, made on the first page after sign-in, and the cookie is removed.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    /** The cookie's name, distinct from Spring's default, which a script may expect to read. */
    static final String COOKIE = "SIGN_IN_CSRF";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokens() {
        cookie.setCookieName(COOKIE);
        cookie.setCookieCustomizer(builder -> builder.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null) {
            cookie.saveToken(token, request, response);
            return;
        }
        session.saveToken(token, request, response);
        if (cookie.loadToken(request) != null) {
            cookie.saveToken(null, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        // with a session, only its own token counts: a cookie left from before sign-in is not accepted after it
        return request.getSession(false) == null ? cookie.loadToken(request) : session.loadToken(request);
    }
}
