package dev.commitmenttracker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Actuator endpoints answer some refusals with a status and no body (an unknown metric or health component is a bare
 * 404). This gives those a problem+json body with a code, like every other refusal. Only the small actuator answers
 * are held back to do so; the API's own answers stream as they are.
 */
@Component
@Order(1)
class EmptyErrorBodies extends OncePerRequestFilter {

    private final Problems problems;

    EmptyErrorBodies(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/actuator")
                || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Held held = new Held(response);
        chain.doFilter(request, held);
        int status = held.getStatus();
        if (status >= 400 && held.getContentSize() == 0 && !held.errorSent && !response.isCommitted()) {
            HttpStatus known = HttpStatus.resolve(status);
            problems.write(
                    response,
                    Problems.of(
                            known != null ? known : HttpStatus.valueOf(status >= 500 ? 500 : 400),
                            Problems.codeFor(status),
                            null,
                            Problems.detailFor(status)));
            return;
        }
        held.copyBodyToResponse();
    }

    /** Holds the body back, and knows when the container's error page will answer instead. */
    private static final class Held extends ContentCachingResponseWrapper {
        private boolean errorSent;

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            errorSent = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            errorSent = true;
            super.sendError(status, message);
        }
    }
}
