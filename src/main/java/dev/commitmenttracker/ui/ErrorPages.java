package dev.commitmenttracker.ui;

import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.shared.DatabaseUnavailable;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.web.DatabaseFaultLog;
import dev.commitmenttracker.web.VersionMismatch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error pages in the service's own style, for page URLs only: the API keeps answering problem+json. A refusal from a
 * page's controller, an unknown page path and a role the security chain turns away all end on the {@code error} view,
 * which says what happened and, for 403, who is signed in.
 */
@Controller
class ErrorPages implements WebMvcConfigurer {

    /** Where the page security chain forwards a request the user's role may not make. */
    static final String FORBIDDEN_PATH = "/forbidden";

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final CurrentUser currentUser;

    ErrorPages(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @RequestMapping(FORBIDDEN_PATH)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }

    /** Runs before Spring's own resolvers, so the API's exception handler never answers a page. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, this::resolve);
    }

    private ModelAndView resolve(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        boolean page = handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().startsWith(ErrorPages.class.getPackageName());
        boolean unknownPagePath = failure instanceof NoResourceFoundException && !isApiPath(request.getRequestURI());
        if (!page && !unknownPagePath) {
            return null;
        }
        if (failure instanceof RuleViolation violation) {
            HttpStatus status = switch (violation.kind()) {
                case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case CONFLICT -> HttpStatus.CONFLICT;
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
            };
            return page(status, violation.getMessage());
        }
        if (failure instanceof VersionMismatch || failure instanceof ConflictingModificationException) {
            return page(HttpStatus.PRECONDITION_FAILED, null);
        }
        if (failure instanceof AccessDeniedException) {
            return page(HttpStatus.FORBIDDEN, "Your role does not allow this.");
        }
        if (failure instanceof NoResourceFoundException) {
            return page(HttpStatus.NOT_FOUND, null);
        }
        if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
            // a path that names no Area or commitment is a page that does not exist; a bad filter is bad input
            return mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
                    ? page(HttpStatus.NOT_FOUND, null)
                    : page(
                            HttpStatus.BAD_REQUEST,
                            "The value '" + mismatch.getValue() + "' of '" + mismatch.getName() + "' cannot be read.");
        }
        if (failure instanceof InvalidParameterException) {
            return page(
                    HttpStatus.BAD_REQUEST,
                    "The address cannot be read: each parameter needs a name and a value encoded as UTF-8.");
        }
        if (failure instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            // what Spring MVC itself refuses (a missing parameter, a method or media type the page does not take)
            return page(HttpStatus.valueOf(refusal.getStatusCode().value()), null);
        }
        if (DatabaseUnavailable.isDatabaseFault(failure)) {
            DatabaseFaultLog.NODE.fault(request.getMethod() + " " + request.getRequestURI(), failure);
            return page(HttpStatus.SERVICE_UNAVAILABLE, null);
        }
        log.error("Unexpected failure while showing {}", request.getRequestURI(), failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private ModelAndView page(HttpStatus status, String detail) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", status.value());
        model.put("detail", detail);
        model.put("user", PageModel.signedIn(currentUser));
        return new ModelAndView("error", model, status);
    }

    static boolean isApiPath(String path) {
        for (String prefix : List.of("/api/", "/actuator/", "/v3/api-docs", "/swagger-ui")) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
