package dev.commitmenttracker.security;

import dev.commitmenttracker.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers keep HTTP Basic credentials and send "simple" requests (a form post, text/plain, no body) to any site
 * without asking first. A state-changing API request must therefore carry what no simple request can: a JSON body
 * ({@code Content-Type: application/json}) or the header {@code X-Requested-With} (any value). Otherwise it is refused
 * with 400 {@code request.header-required} before anything else happens.
 */
final class NoSimpleCrossSiteRequests extends OncePerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Problems problems;

    NoSimpleCrossSiteRequests(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!STATE_CHANGING.contains(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || isJson(request.getContentType())
                || hasText(request.getHeader(HEADER))) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(
                response,
                HttpStatus.BAD_REQUEST,
                "request.header-required",
                HEADER,
                "A request that changes something must send "
                        + "Content-Type: application/json or the header " + HEADER
                        + " (any value), so that no other web site can send it from a "
                        + "browser. Got "
                        + (request.getContentType() == null
                                ? "no body type"
                                : "Content-Type: " + request.getContentType())
                        + " and no " + HEADER + ".");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application")
                    && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
