package dev.commitmenttracker.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one error shape of the API: application/problem+json with a stable {@code code}, and for bad input
 * the {@code field} at fault. Clients branch on {@code code}; {@code detail} is for people.
 */
@Component
public class Problems {

    private static final String TYPE_BASE = "https://commitment-tracker.example/problems/";

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(HttpStatus status, String code, String field, String detail) {
        return of((HttpStatusCode) status, code, field, detail);
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "HTTP " + status.value() : known.getReasonPhrase());
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /**
     * The problem as a response whose content type is fixed, so that it is written as problem+json whatever the
     * request's Accept header says (even an Accept header that cannot be parsed).
     */
    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The code of a refusal known only by its HTTP status: the container's own refusals (a malformed path, a body
     * too large) and the framework's (a wrong method, an unsupported content type).
     */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "request.malformed";
            case 401 -> "auth.unauthenticated";
            case 403 -> "auth.forbidden";
            case 404 -> "request.no-such-path";
            case 405 -> "request.method-not-allowed";
            case 406 -> "request.not-acceptable";
            case 408 -> "request.timeout";
            case 409 -> "request.conflict";
            case 411 -> "request.length-required";
            case 413 -> "request.too-large";
            case 414 -> "request.uri-too-long";
            case 415 -> "request.unsupported-media-type";
            case 417 -> "request.expectation-failed";
            case 431 -> "request.headers-too-large";
            case 501 -> "request.not-implemented";
            case 503 -> "service.unavailable";
            case 505 -> "request.http-version-not-supported";
            default -> status >= 500 ? "service.unexpected" : "request.refused";
        };
    }

    /** Plain words for a refusal known only by its HTTP status. */
    public static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its path, query or headers are malformed.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not accept that method.";
            case 413 -> "The request body is larger than this endpoint accepts.";
            case 414 -> "The request's address is too long.";
            case 431 -> "The request's headers are too large.";
            default ->
                status >= 500
                        ? "Something went wrong on our side; the failure has been logged."
                        : "The request was refused.";
        };
    }

    /** The members of a problem+json body, in the usual order. */
    public static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** The problem's JSON text. */
    public String toJson(ProblemDetail problem) {
        return json.writeValueAsString(body(problem));
    }

    /** Writes a problem straight to the response, for refusals that happen before any controller (401, 403). */
    public void write(HttpServletResponse response, HttpStatus status, String code, String field, String detail)
            throws IOException {
        write(response, of(status, code, field, detail));
    }

    /**
     * The security headers for an answer written before Spring Security's header writer runs (a request its firewall
     * or the container refuses): the same as on every other answer, without HSTS (added where TLS is known).
     */
    public static void secureHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }

    /** Writes a problem straight to the response, replacing any content type set before. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body(problem));
    }
}
