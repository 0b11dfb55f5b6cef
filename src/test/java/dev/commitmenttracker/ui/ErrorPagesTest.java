package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.web.VersionMismatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Which failure becomes which error page, and that failures of the API are left to its problem+json handler. */
class ErrorPagesTest {

    final ErrorPages pages = new ErrorPages(new CurrentUser());
    final HandlerExceptionResolver resolver = first();

    @Test
    void aDatabaseFaultOnAPageIsTheServiceUnavailablePage() {
        ModelAndView page = resolve(
                pageHandler(), new DataAccessResourceFailureException("connection refused"), "/areas/LONDON_NORTH");

        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void refusalsKeepTheirMeaning() {
        assertThat(resolve(
                                pageHandler(),
                                RuleViolation.conflict("commitment.not-evidenced", "Record evidence first."),
                                "/x")
                        .getStatus())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(resolve(pageHandler(), RuleViolation.forbidden("auth.area-forbidden", "Not yours."), "/x")
                        .getModel())
                .containsEntry("status", 403)
                .containsEntry("detail", "Not yours.");
        assertThat(resolve(pageHandler(), new VersionMismatch(3, 4), "/x").getStatus())
                .isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(resolve(pageHandler(), new IllegalStateException("bug"), "/x")
                        .getStatus())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Test
    void anUnknownPagePathIsNotFoundButAnUnknownApiPathIsLeftToTheApi() {
        assertThat(resolve(null, new NoResourceFoundException(HttpMethod.GET, "/nowhere", "nowhere"), "/nowhere")
                        .getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(resolve(
                        null,
                        new NoResourceFoundException(HttpMethod.GET, "/api/nowhere", "api/nowhere"),
                        "/api/nowhere"))
                .isNull();
    }

    @Test
    void failuresOfApiControllersAreLeftToTheApi() throws Exception {
        HandlerMethod apiHandler = new HandlerMethod(new StringBuilder(), StringBuilder.class.getMethod("toString"));

        assertThat(resolve(apiHandler, new DataAccessResourceFailureException("down"), "/api/reports/areas"))
                .isNull();
    }

    private ModelAndView resolve(Object handler, Exception failure, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        return resolver.resolveException(request, new MockHttpServletResponse(), handler, failure);
    }

    private HandlerMethod pageHandler() {
        try {
            return new HandlerMethod(pages, ErrorPages.class.getDeclaredMethod("forbidden"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private HandlerExceptionResolver first() {
        List<HandlerExceptionResolver> resolvers = new ArrayList<>();
        pages.extendHandlerExceptionResolvers(resolvers);
        return resolvers.get(0);
    }
}
