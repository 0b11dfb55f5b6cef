package dev.commitmenttracker.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for end-to-end tests: logs in as a demo user and never throws on an error status. */
public final class Api {

    public static final String PASSWORD = "demo";
    /**
     * Sent with every command that has no JSON body (body-less posts, text and multipart imports): the API refuses a
     * state-changing request that a browser could send cross-site without it.
     */
    public static final String REQUESTED_WITH = "X-Requested-With";

    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;
    private OpenApiContract contract;

    public Api(int port) {
        this.port = port;
        this.http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    /** From now on, checks every answer against the application's OpenAPI document; the contract keeps the mismatches. */
    public OpenApiContract checkingContract() {
        if (contract == null) {
            contract = new OpenApiContract(port);
        }
        return contract;
    }

    /** A request as this user; {@code null} sends no credentials. */
    public As as(String user) {
        return new As(user, PASSWORD);
    }

    public As as(String user, String password) {
        return new As(user, password);
    }

    /** Requests sent with one login. */
    public final class As {
        private final String user;
        private final String password;
        private boolean apiHeader = true;

        As(String user, String password) {
            this.user = user;
            this.password = password;
        }

        public Response get(String path) {
            return send(HttpMethod.GET, path, null, Map.of());
        }

        public Response get(String path, String accept) {
            return send(HttpMethod.GET, path, null, Map.of(HttpHeaders.ACCEPT, accept));
        }

        public Response post(String path, Object body) {
            return send(HttpMethod.POST, path, body, Map.of());
        }

        public Response post(String path, Object body, Map<String, String> headers) {
            return send(HttpMethod.POST, path, body, headers);
        }

        /**
         * Posts an act on a commitment ({@code /api/commitments/{id}/<act>}) with If-Match set to the commitment's ETag
         * as this user reads it now, as a client that has just read the commitment does. Closure, withdrawal and
         * due-date revision require If-Match.
         */
        public Response postAtCurrentVersion(String path, Object body) {
            int idEnd = path.indexOf('/', "/api/commitments/".length());
            String etag = get(path.substring(0, idEnd)).headers().getETag();
            return post(path, body, etag == null ? Map.of() : Map.of(HttpHeaders.IF_MATCH, etag));
        }

        /** Posts a document as it is, with its own content type (text/plain, text/markdown, text/html). */
        public Response postText(String path, String text, String contentType) {
            return send(
                    HttpMethod.POST,
                    path,
                    new Text(text, MediaType.parseMediaType(contentType + ";charset=UTF-8")),
                    Map.of());
        }

        /** The same login, without the {@code X-Requested-With} header this client adds to non-JSON commands. */
        public As withoutApiHeader() {
            As bare = new As(user, password);
            bare.apiHeader = false;
            return bare;
        }

        public Response send(HttpMethod method, String path, Object body, Map<String, String> headers) {
            RestClient.RequestBodySpec request = http.method(method).uri(path);
            boolean jsonBody = body != null && !(body instanceof Text);
            if (apiHeader && method != HttpMethod.GET && !jsonBody && !headers.containsKey(REQUESTED_WITH)) {
                request.header(REQUESTED_WITH, "commitment-tracker-tests");
            }
            if (user != null) {
                request.header(
                        HttpHeaders.AUTHORIZATION,
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            headers.forEach(request::header);
            if (body instanceof Text text) {
                request.contentType(text.type()).body(text.text());
            } else if (body instanceof String text) {
                request.contentType(MediaType.APPLICATION_JSON).body(text);
            } else if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
            }
            Response response = request.exchange((req, res) -> {
                String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                return new Response(res.getStatusCode().value(), res.getHeaders(), text, json);
            });
            if (contract != null) {
                contract.check(method, path, response);
            }
            return response;
        }
    }

    private record Text(String text, MediaType type) {}

    /** What came back: status, headers, the body as text and as JSON. */
    public record Response(int status, HttpHeaders headers, String body, JsonMapper mapper) {

        public JsonNode json() {
            return body.isBlank() ? mapper.nullNode() : mapper.readTree(body);
        }

        public String text(String field) {
            JsonNode node = json().path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        public String contentType() {
            return headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
