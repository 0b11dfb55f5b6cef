package dev.commitmenttracker.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own refusals as problem+json instead of its HTML page: requests the container turns away before any
 * servlet sees them (a path with {@code %00}, {@code %ZZ} or an encoded {@code ..}, a header too large, a bad
 * method line). Replaces Tomcat's ErrorReportValve on the host; everything a servlet answers passes through.
 */
final class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    private final Problems problems;

    ProblemReportValve(Problems problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        if (throwable != null) {
            log.error("The container failed a request to {}", request.getDecodedRequestURI(), throwable);
        }
        HttpStatus known = HttpStatus.resolve(status);
        String body = problems.toJson(Problems.of(
                known != null ? known : HttpStatus.valueOf(status >= 500 ? 500 : 400),
                Problems.codeFor(status),
                null,
                Problems.detailFor(status)));
        try {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            Problems.secureHeaders(response);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the problem for a refused request", e);
        }
    }
}
