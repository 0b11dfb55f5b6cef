package dev.commitmenttracker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body must say what it is: a Content-Type that cannot be parsed, or one with a wildcard ({@code application/*}),
 * names no media type, and is refused with 415 before any controller tries to read the body. Runs after Spring
 * Security, so an anonymous request is still a 401 first.
 */
@Component
@Order(0)
class ContentTypeCheck extends OncePerRequestFilter {

    private final Problems problems;

    ContentTypeCheck(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !names(contentType)) {
            problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.unsupported-media-type", null,
                    "The Content-Type header must name one media type, such as application/json, without wildcards.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean names(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isConcrete();
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
