package dev.commitmenttracker.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Checks real answers of the started application against the OpenAPI document it publishes (/v3/api-docs): the
 * status is documented for that operation, and so are the content type and the shape of the body. Each answer that
 * does not match is kept, with the request that got it, for the test to report.
 */
public final class OpenApiContract {

    private static final Map<Integer, OpenApiInteractionValidator> BY_PORT = new ConcurrentHashMap<>();

    private final OpenApiInteractionValidator validator;
    private final List<String> mismatches = new ArrayList<>();
    private int checked;

    OpenApiContract(int port) {
        this.validator = BY_PORT.computeIfAbsent(port, OpenApiContract::load);
    }

    private static OpenApiInteractionValidator load(int port) {
        try {
            HttpResponse<String> document = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                    .header("X-Requested-With", "contract-check")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET /v3/api-docs answered " + document.statusCode() + ": " + document.body());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
                    .build();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not read the OpenAPI document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    synchronized void check(HttpMethod method, String pathAndQuery, Api.Response response) {
        String path = URI.create(pathAndQuery).getPath();
        SimpleResponse.Builder answer = new SimpleResponse.Builder(response.status()).withBody(response.body());
        String contentType = response.headers().getFirst(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            answer.withContentType(contentType);
        }
        ValidationReport report =
                validator.validateResponse(path, Request.Method.valueOf(method.name()), answer.build());
        checked++;
        if (report.hasErrors()) {
            mismatches.add(method + " " + pathAndQuery + " -> " + response.status() + " " + contentType + ":\n  "
                    + String.join(
                            "\n  ",
                            report.getMessages().stream()
                                    .map(message -> message.getKey() + ": " + message.getMessage())
                                    .toList()));
        }
    }

    /** The answers that did not match the document, each with its request. */
    public synchronized List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** How many answers were checked. */
    public synchronized int checked() {
        return checked;
    }
}
