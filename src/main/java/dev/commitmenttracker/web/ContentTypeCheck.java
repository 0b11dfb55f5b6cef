package dev.commitmenttracker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body must say what it is: a Content-Type that cannot be parsed, or one with a wildcard ({@code application/*}),
 * names no media type, and is refused with 415 before any controller tries to read the body. A request that changes
 * something must accept the JSON it will be answered with: an Accept header that rules JSON out is refused with 406
 * before the command runs, not after it has been recorded. Runs after Spring Security, so an anonymous request is
 * still a 401 first.
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
            problems.write(
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "request.unsupported-media-type",
                    null,
                    "The Content-Type header must name one media type, such as application/json, without wildcards.");
            return;
        }
        if (changesSomething(request) && !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            problems.write(
                    response,
                    HttpStatus.NOT_ACCEPTABLE,
                    "request.not-acceptable",
                    null,
                    "This request is answered with JSON: send Accept: application/json (or none); nothing was recorded.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean changesSomething(HttpServletRequest request) {
        return !HttpMethod.GET.matches(request.getMethod())
                && !HttpMethod.HEAD.matches(request.getMethod())
                && !HttpMethod.OPTIONS.matches(request.getMethod())
                && request.getRequestURI().startsWith("/api/");
    }

    private static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getQualityValue() > 0
                            && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                                    || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
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
