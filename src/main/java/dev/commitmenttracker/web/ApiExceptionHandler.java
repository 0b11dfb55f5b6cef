package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.DatabaseUnavailable;
import dev.commitmenttracker.shared.RuleViolation;
import jakarta.persistence.PersistenceException;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Maps every refusal to problem+json once. Bad input is never a 500, and a database fault is a 503, never a 409. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail refused(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return Problems.of(status, violation.code(), violation.field(), violation.getMessage());
    }

    @ExceptionHandler(VersionMismatch.class)
    ProblemDetail versionMismatch(VersionMismatch mismatch) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "version.mismatch", null, mismatch.getMessage());
    }

    @ExceptionHandler(ConflictingModificationException.class)
    ProblemDetail concurrentChange(ConflictingModificationException e) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "version.mismatch", null,
                "The commitment moved on while this request was handled: read it again and retry. (" + e.getMessage() + ")");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        DatabindException databind = null;
        for (Throwable t = e.getCause(); t != null && databind == null; t = t.getCause()) {
            databind = t instanceof DatabindException found && !found.getPath().isEmpty() ? found : null;
        }
        if (databind != null) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return Problems.of(HttpStatus.BAD_REQUEST, "validation.unreadable", field,
                    "The value of '" + field + "' cannot be read: " + firstLine(databind.getOriginalMessage()));
        }
        String detail = cause instanceof JacksonException jackson ? firstLine(jackson.getOriginalMessage()) : "The request body is missing or is not JSON.";
        return Problems.of(HttpStatus.BAD_REQUEST, "request.malformed", null, detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "validation.unreadable", e.getName(),
                "The value '" + e.getValue() + "' of '" + e.getName() + "' cannot be read.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "validation.required", e.getParameterName(), e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.unsupported-media-type", null, e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.of(HttpStatus.NOT_ACCEPTABLE, "request.not-acceptable", null, e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "request.method-not-allowed", null, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "request.no-such-path", null, "There is nothing at " + e.getResourcePath() + ".");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "auth.forbidden", null, "Your role does not allow this request.");
    }

    @ExceptionHandler({DataAccessException.class, PersistenceException.class, TransactionException.class, DatabaseUnavailable.class})
    ProblemDetail databaseFault(Exception e) {
        log.error("Database fault while handling a request", e);
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service.database-unavailable", null,
                "The database could not complete the request; nothing was recorded. Try again later.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (DatabaseUnavailable.isDatabaseFault(e)) {
            return databaseFault(e);
        }
        log.error("Unexpected failure while handling a request", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "service.unexpected", null,
                "Something went wrong on our side; the failure has been logged.");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
