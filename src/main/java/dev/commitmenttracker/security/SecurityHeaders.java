package dev.commitmenttracker.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of the API chain's answers. JSON, CSV and problem answers load nothing and may be framed
 * by nobody; Swagger UI (off in production) loads its own scripts and styles from here. The other security headers are
 * Spring Security's defaults on every answer: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 * {@code Cache-Control: no-store} and, on requests that arrived over TLS (also behind a proxy, see
 * {@code server.forward-headers-strategy}), {@code Strict-Transport-Security}. The pages' policy is in ui/PageSecurity.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /** Nothing to load, nothing to frame it. */
    static final String API_CONTENT_SECURITY_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Swagger UI's scripts and styles are its own files; it sets some styles inline. */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'; object-src 'none'";

    private SecurityHeaders() {}

    static HeaderWriter apiContentSecurityPolicy() {
        return (request, response) -> {
            if (!response.containsHeader(CONTENT_SECURITY_POLICY)) {
                response.setHeader(
                        CONTENT_SECURITY_POLICY,
                        swaggerUi(request) ? SWAGGER_UI_CONTENT_SECURITY_POLICY : API_CONTENT_SECURITY_POLICY);
            }
        };
    }

    private static boolean swaggerUi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/swagger-ui/") || path.equals("/swagger-ui.html");
    }
}
