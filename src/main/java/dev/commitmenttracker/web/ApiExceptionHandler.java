package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.DatabaseUnavailable;
import dev.commitmenttracker.shared.RuleViolation;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps every refusal to problem+json once, written as problem+json whatever the Accept header says. Bad input is
 * never a 500, a database fault is a 503 (never a 409), and no answer names a Java class.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final int MAX_ECHOED = 80;

    private final JsonMapper json;

    ApiExceptionHandler(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> refused(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return Problems.respond(Problems.of(status, violation.code(), violation.field(), violation.getMessage()));
    }

    @ExceptionHandler(VersionMismatch.class)
    ResponseEntity<ProblemDetail> versionMismatch(VersionMismatch mismatch) {
        return Problems.respond(
                Problems.of(HttpStatus.PRECONDITION_FAILED, "version.mismatch", null, mismatch.getMessage()));
    }

    @ExceptionHandler(ConflictingModificationException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConflictingModificationException e) {
        return Problems.respond(Problems.of(
                HttpStatus.PRECONDITION_FAILED,
                "version.mismatch",
                null,
                "The commitment moved on while this request was handled: read it again and retry."));
    }

    /**
     * Another writer (another node, or a request running alongside) appended the same event of the same aggregate
     * first: the store's optimistic-concurrency guard refused ours. Nothing of this request was recorded.
     */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentAppend(ConcurrencyException e) {
        log.info("Refused a concurrent append: {}", e.getMessage());
        return Problems.respond(Problems.of(
                HttpStatus.CONFLICT,
                "version.conflict",
                null,
                "Another change to the same record was saved at the same moment; nothing of this request was recorded. "
                        + "Read it again and retry."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        RuleViolation rule = causeOfType(e, RuleViolation.class);
        if (rule != null) {
            return refused(rule);
        }
        DatabindException databind = null;
        for (Throwable t = e.getCause(); t != null && databind == null; t = t.getCause() == t ? null : t.getCause()) {
            databind = t instanceof DatabindException found && !found.getPath().isEmpty() ? found : null;
        }
        if (databind != null) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            if (databind instanceof UnrecognizedPropertyException) {
                return Problems.respond(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "validation.unknown-field",
                        field,
                        "The field '" + field + "' is not part of this request."));
            }
            return Problems.respond(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "validation.unreadable",
                    field,
                    "The value of '" + field + "' cannot be read: expected " + expected(targetType(databind)) + "."));
        }
        Throwable cause = e.getMostSpecificCause();
        String detail;
        if (cause instanceof DatabindException) {
            detail = "The request body must be a JSON object with this endpoint's fields.";
        } else if (cause instanceof JacksonException jackson && jackson.getLocation() != null) {
            detail = "The request body is not well-formed JSON (line "
                    + jackson.getLocation().getLineNr() + ", column "
                    + jackson.getLocation().getColumnNr() + ").";
        } else {
            detail = "The request body is missing or is not JSON.";
        }
        return Problems.respond(Problems.of(HttpStatus.BAD_REQUEST, "request.malformed", null, detail));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        if (e.getMostSpecificCause() instanceof DateParameters.OutOfWindow outOfWindow) {
            return Problems.respond(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "validation.out-of-range",
                    e.getName(),
                    "The value '" + echo(e.getValue()) + "' of '" + e.getName() + "' is out of range: "
                            + outOfWindow.getMessage()));
        }
        return Problems.respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                "validation.unreadable",
                e.getName(),
                "The value '" + echo(e.getValue()) + "' of '" + e.getName() + "' cannot be read: expected "
                        + expected(e.getRequiredType()) + "."));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return Problems.respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                "validation.required",
                e.getParameterName(),
                "The query parameter '" + e.getParameterName() + "' is required."));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return Problems.respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                "validation.required",
                e.getRequestPartName(),
                "The multipart request has no part named '" + e.getRequestPartName() + "'."));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return Problems.respond(Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "request.too-large",
                null,
                "The upload is larger than this endpoint accepts"
                        + (e.getMaxUploadSize() > 0 ? " (" + e.getMaxUploadSize() + " bytes)" : "") + "."));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        if (isSizeLimit(e)) {
            return Problems.respond(Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "request.too-large",
                    null,
                    "The upload is larger than this endpoint accepts."));
        }
        return Problems.respond(
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "request.malformed",
                        null,
                        "The multipart request body cannot be read: send multipart/form-data with a boundary and a 'file' part."));
    }

    /** Spring Security's firewall checks parameter names when they are first read, inside the controller call. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return Problems.respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                "request.rejected",
                null,
                "The request was refused because its parameters contain characters that are not allowed."));
    }

    /** Tomcat cannot decode the query string or form body (an empty parameter name, bytes that are not UTF-8). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e) {
        return Problems.respond(
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "request.malformed",
                        null,
                        "The query string or form body cannot be read: each parameter needs a name and a value encoded as UTF-8."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String supported = e.getSupportedMediaTypes().stream()
                .map(Object::toString)
                .distinct()
                .collect(Collectors.joining(", "));
        return Problems.respond(Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "request.unsupported-media-type",
                null,
                "This endpoint does not accept "
                        + (e.getContentType() == null
                                ? "a body without a Content-Type"
                                : "'" + echo(e.getContentType()) + "'")
                        + (supported.isEmpty() ? "." : "; it accepts " + supported + ".")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.respond(
                Problems.of(
                        HttpStatus.NOT_ACCEPTABLE,
                        "request.not-acceptable",
                        null,
                        "The Accept header cannot be met (or cannot be read): ask for application/json, or text/csv where a report offers it."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        ResponseEntity<ProblemDetail> problem = Problems.respond(Problems.of(
                HttpStatus.METHOD_NOT_ALLOWED,
                "request.method-not-allowed",
                null,
                "This path does not accept " + echo(e.getMethod()) + "."));
        return e.getSupportedHttpMethods() == null
                ? problem
                : ResponseEntity.status(problem.getStatusCode())
                        .headers(problem.getHeaders())
                        .allow(e.getSupportedHttpMethods().toArray(HttpMethod[]::new))
                        .body(problem.getBody());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e) {
        return Problems.respond(Problems.of(
                HttpStatus.NOT_FOUND,
                "request.no-such-path",
                null,
                "There is nothing at /" + echo(e.getResourcePath()) + "."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return Problems.respond(
                Problems.of(HttpStatus.FORBIDDEN, "auth.forbidden", null, "Your role does not allow this request."));
    }

    @ExceptionHandler({
        DataAccessException.class,
        PersistenceException.class,
        TransactionException.class,
        DatabaseUnavailable.class
    })
    ResponseEntity<ProblemDetail> databaseFault(Exception e, HttpServletRequest request) {
        DatabaseFaultLog.NODE.fault(request.getMethod() + " " + request.getRequestURI(), e);
        return Problems.respond(
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service.database-unavailable",
                        null,
                        "The database could not complete the request, so a change was not confirmed: read the record before sending it again."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        RuleViolation rule = causeOfType(e, RuleViolation.class);
        if (rule != null) {
            return refused(rule);
        }
        ConcurrencyException concurrent = causeOfType(e, ConcurrencyException.class);
        if (concurrent != null) {
            return concurrentAppend(concurrent);
        }
        if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            int status = framework.getStatusCode().value();
            return Problems.respond(
                    Problems.of(framework.getStatusCode(), Problems.codeFor(status), null, Problems.detailFor(status)));
        }
        if (DatabaseUnavailable.isDatabaseFault(e)) {
            return databaseFault(e, request);
        }
        log.error("Unexpected failure while handling a request", e);
        return Problems.respond(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "service.unexpected",
                null,
                "Something went wrong on our side; the failure has been logged."));
    }

    private static boolean isSizeLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (t instanceof MaxUploadSizeExceededException
                    || name.contains("SizeLimitExceeded")
                    || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Class<?> targetType(DatabindException e) {
        if (e instanceof InvalidFormatException format) {
            return format.getTargetType();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        return null;
    }

    /** What a value of this type looks like, in plain words (never the name of a Java class). */
    String expected(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants()).map(this::jsonText).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date written as YYYY-MM-DD, such as 2024-03-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an instant written as 2024-03-31T09:30:00Z";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date or time in ISO 8601 form";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == java.math.BigInteger.class) {
            return "a whole number within range";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object of names and values";
        }
        return "an object with this field's members";
    }

    private String jsonText(Object constant) {
        String text = json.writeValueAsString(constant);
        return text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    /** A client's value repeated in a detail, cut short and without control characters. */
    private static String echo(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() > MAX_ECHOED ? text.substring(0, MAX_ECHOED) + "…" : text;
    }
}
