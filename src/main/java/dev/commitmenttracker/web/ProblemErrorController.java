package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.DatabaseUnavailable;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what the container forwards to {@code /error} (an error status set, or an exception thrown, outside any
 * controller) as problem+json with a code, in place of Spring Boot's JSON error page.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer number ? number : HttpStatus.NOT_FOUND.value();
        if (failure != null && causeIs(failure, RequestRejectedException.class)) {
            return Problems.respond(
                    Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "request.rejected",
                            null,
                            "The request was refused because its path or headers contain characters or sequences that are not allowed."));
        }
        if (failure != null && causeIs(failure, HttpMessageNotReadableException.class)) {
            // a body read by a filter before any controller (Spring's FormContentFilter decodes PUT, PATCH and DELETE
            // form bodies): what cannot be decoded is the client's input, as a controller's reader would answer
            return Problems.respond(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "request.malformed",
                    null,
                    "The request body could not be read: it is not well-formed for its Content-Type."));
        }
        if (failure != null && DatabaseUnavailable.isDatabaseFault(failure)) {
            log.error("Database fault while handling a request", failure);
            return Problems.respond(
                    Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "service.database-unavailable",
                            null,
                            "The database could not complete the request, so a change was not confirmed: read the record before sending it again."));
        }
        if (status >= 500 && failure != null) {
            log.error(
                    "Unexpected failure while handling a request to {}",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure);
        }
        if (status < 400) {
            status = HttpStatus.NOT_FOUND.value();
        }
        HttpStatus known = HttpStatus.resolve(status);
        return Problems.respond(Problems.of(
                known != null ? known : HttpStatus.valueOf(status >= 500 ? 500 : 400),
                Problems.codeFor(status),
                null,
                Problems.detailFor(status)));
    }

    private static boolean causeIs(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
