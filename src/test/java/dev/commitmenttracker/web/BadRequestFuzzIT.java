package dev.commitmenttracker.web;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of generated bad requests over every endpoint the application maps (read from Spring MVC's handler
 * mappings, so a new endpoint is fuzzed without editing this test), as every role and none. Values come from jqwik's
 * generators, seeded, so a run can be repeated ({@code -Dfuzz.seed=}, {@code -Dfuzz.requests=}).
 * <p>
 * Asserts: no answer is a 5xx; every 4xx is problem+json with a {@code code}; a refused request leaves the event
 * store's event count and the audit digest as they were; no projection is stopped at the end.
 */
@PostgresIntegrationTest
@Import(BadRequestFuzzIT.QuickLogins.class)
class BadRequestFuzzIT {

    static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    static final int DIGEST_EVERY = 250;
    static final List<String> USERS = Arrays.asList(
            null,
            "manager.london-north",
            "manager.north-west",
            "lead.national",
            "auditor",
            "analyst",
            "inspector",
            "lead.national:wrong-password");
    static final List<String> OTHER_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    static final int EXAMPLES = 30;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<RequestMappingInfoHandlerMapping> mappings;

    final JsonMapper json = JsonMapper.builder().build();

    /**
     * The demo logins with their passwords stored in plain form, for this test only: a bcrypt check per request would
     * make ten thousand requests take a quarter of an hour. Roles and Areas are the demo users' own.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class QuickLogins {
        @Bean
        static BeanPostProcessor plainDemoPasswords() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof UserDetailsService users) || bean instanceof QuickUsers) {
                        return bean;
                    }
                    Map<String, UserDetails> plain = new TreeMap<>();
                    for (String user : USERS) {
                        if (user != null && !user.contains(":")) {
                            plain.put(
                                    user,
                                    User.withUserDetails(users.loadUserByUsername(user))
                                            .password("{noop}" + Api.PASSWORD)
                                            .build());
                        }
                    }
                    return new QuickUsers(plain);
                }
            };
        }
    }

    /** Not a UserDetailsPasswordService: Spring Security must not upgrade these passwords back to bcrypt. */
    record QuickUsers(Map<String, UserDetails> users) implements UserDetailsService {
        @Override
        public UserDetails loadUserByUsername(String username) {
            UserDetails found = users.get(username);
            if (found == null) {
                throw new org.springframework.security.core.userdetails.UsernameNotFoundException(username);
            }
            return User.withUserDetails(found).build();
        }
    }

    /** One mapped endpoint: a method, a path pattern and the handler whose parameters say what it takes. */
    record Endpoint(
            String method, String pattern, HandlerMethod handler, List<String> consumes, List<String> produces) {
        @Override
        public String toString() {
            return method + " " + pattern + (consumes.isEmpty() ? "" : " consumes " + consumes)
                    + (produces.isEmpty() ? "" : " produces " + produces);
        }
    }

    /** A generated request. */
    record Fuzzed(
            String method, String target, String user, Map<String, String> headers, byte[] body, String bodyKind) {
        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return method + " " + target + " as " + user + " " + headers + " body(" + bodyKind + ", "
                    + (body == null ? 0 : body.length) + " bytes): "
                    + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    /** Ids worth aiming at: real records of each kind. */
    record Targets(String commitmentId, String inspectionId, String importId) {}

    @Test
    void badRequestsAreRefusedAsProblemsAndChangeNothing() throws Exception {
        // jqwik's generators outside a jqwik property need a session of their own.
        JqwikSession.start(String.valueOf(SEED));
        try {
            fuzz();
        } finally {
            JqwikSession.finish();
        }
    }

    private void fuzz() throws Exception {
        Targets targets = targets();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints)
                .extracting(Endpoint::pattern)
                .contains(
                        "/api/commitments",
                        "/api/commitments/{id}/closure",
                        "/api/inspections",
                        "/api/imports",
                        "/api/reports/areas/{area}");
        Generator generate = new Generator(new Random(SEED), targets, json);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byEndpoint = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        List<String> changedByRefusal = new ArrayList<>();
        int serverErrorCount = 0;
        int notProblemCount = 0;
        int accepted = 0;
        long events = eventCount();
        String digest = digest(client);
        long started = System.nanoTime();
        List<Endpoint> cycle = new ArrayList<>(endpoints);
        Random order = new Random(SEED);
        for (int i = 0; i < REQUESTS; i++) {
            if (i % cycle.size() == 0) {
                Collections.shuffle(cycle, order);
            }
            Endpoint endpoint = cycle.get(i % cycle.size());
            Fuzzed request = generate.request(endpoint);
            HttpResponse<String> answer = send(client, request);
            int status = answer.statusCode();
            byStatus.merge(status, 1, Integer::sum);
            byEndpoint.merge(endpoint.toString(), 1, Integer::sum);
            if (status >= 500) {
                serverErrorCount++;
                remember(serverErrors, request, answer);
            } else if (status >= 400 && !isProblem(request, answer)) {
                notProblemCount++;
                remember(notProblems, request, answer);
            }
            long now = eventCount();
            if (status >= 400 && now != events) {
                remember(changedByRefusal, request, answer);
            }
            if (status < 400 && now != events) {
                accepted++;
                digest = digest(client);
            } else if (i % DIGEST_EVERY == 0 && !digest(client).equals(digest)) {
                remember(changedByRefusal, request, answer);
                digest = digest(client);
            }
            events = now;
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        String summary = "Fuzzed " + REQUESTS + " requests (seed " + SEED + ") over " + endpoints.size()
                + " endpoints in " + seconds
                + " s: 5xx " + serverErrorCount + ", 4xx not problem+json " + notProblemCount + ", writes accepted "
                + accepted
                + ", statuses " + byStatus;
        System.out.println(summary);
        System.out.println("Requests per endpoint: " + byEndpoint);
        serverErrors.forEach(example -> System.out.println("5xx: " + example));
        notProblems.forEach(example -> System.out.println("not a problem: " + example));
        changedByRefusal.forEach(example -> System.out.println("changed by a refusal: " + example));

        assertThat(byEndpoint.keySet()).as("every endpoint is fuzzed").hasSize(endpoints.size());
        assertThat(serverErrors)
                .as(summary + "\nanswers 5xx (first " + EXAMPLES + ")")
                .isEmpty();
        assertThat(notProblems)
                .as(summary + "\n4xx that are not problem+json with a code")
                .isEmpty();
        assertThat(changedByRefusal)
                .as("refused requests that changed the event store or its digest")
                .isEmpty();
        Api api = new Api(port);
        ProjectionsCaughtUp.await(api);
        JsonNode projections =
                api.as("lead.national").get("/api/admin/projections").json().path("projections");
        assertThat(projections.size()).isPositive();
        for (JsonNode projection : projections) {
            assertThat(projection.toString()).as("no projection stopped").doesNotContain("\"error\":true");
        }
    }

    private Targets targets() {
        Api.As lead = new Api(port).as("lead.national");
        Api.Response inspection = lead.post("/api/inspections", inspection("LONDON_NORTH"));
        String inspectionId = inspection.text("id");
        Api.Response commitment = lead.post(
                "/api/commitments", with(commitment("LONDON_NORTH"), "inspectionId", inspectionId, "issueNumber", 1));
        Api.Response imported;
        try {
            imported = lead.postText(
                    "/api/imports",
                    new org.springframework.core.io.ClassPathResource("importing/yorkshire-and-humberside-2023-aip.txt")
                            .getContentAsString(StandardCharsets.UTF_8),
                    "text/plain");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(List.of(inspection.status(), commitment.status(), imported.status()))
                .as(inspection + " / " + commitment + " / " + imported)
                .containsOnly(201);
        return new Targets(commitment.text("id"), inspectionId, imported.text("id"));
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : mappings) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Collection<String> patterns = info.getPatternValues();
                Collection<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<String> consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .map(Object::toString)
                        .toList();
                List<String> produces = info.getProducesCondition().getProducibleMediaTypes().stream()
                        .map(Object::toString)
                        .toList();
                for (String pattern : patterns) {
                    for (RequestMethod method :
                            methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                        found.add(new Endpoint(method.name(), pattern, entry.getValue(), consumes, produces));
                    }
                }
            }
        }
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        return found;
    }

    private HttpResponse<String> send(HttpClient client, Fuzzed request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.target()))
                .timeout(Duration.ofSeconds(60))
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.user() != null) {
            String login = request.user().contains(":") ? request.user() : request.user() + ":" + Api.PASSWORD;
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        request.headers().forEach(builder::header);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private boolean isProblem(Fuzzed request, HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (isPage(request.target()) && type.startsWith("text/html")) {
            // the web pages answer people with the service's own error pages; what the container or the firewall
            // refuses before any page is chosen is a problem+json like the API's
            return true;
        }
        if (!type.startsWith("application/problem+json")) {
            return false;
        }
        if (request.method().equals("HEAD")) {
            return true;
        }
        try {
            JsonNode body = json.readTree(answer.body());
            return body.path("status").asInt() == answer.statusCode()
                    && !body.path("code").asString("").isBlank();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean isPage(String target) {
        return !(target.startsWith("/api/")
                || target.startsWith("/actuator")
                || target.startsWith("/v3/api-docs")
                || target.startsWith("/swagger-ui")
                || target.startsWith("/error"));
    }

    private static void remember(List<String> examples, Fuzzed request, HttpResponse<String> answer) {
        if (examples.size() < EXAMPLES) {
            String body = answer.body() == null ? "" : answer.body();
            examples.add(request.describe() + "\n   -> " + answer.statusCode() + " "
                    + answer.headers().firstValue("Content-Type").orElse("") + " "
                    + (body.length() > 300 ? body.substring(0, 300) : body));
        }
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private String digest(HttpClient client) throws Exception {
        HttpResponse<String> answer =
                send(client, new Fuzzed("GET", "/api/audit/digest", "auditor", Map.of(), null, "none"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** Draws requests for an endpoint: its own method mostly, its path variables and parameters, headers and a body. */
    static final class Generator {

        private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

        private final Random random;
        private final Targets targets;
        private final JsonMapper json;
        private final RandomGenerator<String> text;
        private final RandomGenerator<String> longText;
        private final RandomGenerator<String> oddText;
        private final RandomGenerator<Long> number;
        private final RandomGenerator<LocalDate> date;

        Generator(Random random, Targets targets, JsonMapper json) {
            this.random = random;
            this.targets = targets;
            this.json = json;
            int size = 1000;
            this.text = Arbitraries.oneOf(
                            Arbitraries.strings()
                                    .alpha()
                                    .numeric()
                                    .withChars(" .,'-")
                                    .ofMinLength(0)
                                    .ofMaxLength(60),
                            Arbitraries.strings().all().ofMaxLength(30),
                            Arbitraries.of(
                                    "",
                                    " ",
                                    "=HYPERLINK(\"http://x\")",
                                    "+1",
                                    "-5",
                                    "@SUM(A1)",
                                    "\t=1",
                                    "null",
                                    "NaN",
                                    "[]",
                                    "{}",
                                    "'; drop table domain_event_entry; --",
                                    "../../etc/passwd",
                                    "%00",
                                    "<script>alert(1)</script>",
                                    "\u202eevil",
                                    "\ud83d\ude00 emoji",
                                    "漢字かな",
                                    "\u0000",
                                    "\u0007\u001b[31m",
                                    "a\r\nb",
                                    "\ufeff",
                                    "\ud800"))
                    .generatorWithEmbeddedEdgeCases(size);
            this.longText = Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withChars(' ', '\n', '\u00e9')
                    .ofMinLength(250)
                    .ofMaxLength(20_000)
                    .generator(size);
            this.oddText = Arbitraries.strings()
                    .withCharRange('\u0000', '\u001f')
                    .withChars('\u007f', '\u2028', '\ufffe')
                    .ofMinLength(1)
                    .ofMaxLength(12)
                    .generator(size);
            this.number = Arbitraries.oneOf(
                            Arbitraries.longs(),
                            Arbitraries.longs().between(-5, 150),
                            Arbitraries.of(
                                    0L,
                                    1L,
                                    -1L,
                                    (long) Integer.MAX_VALUE,
                                    (long) Integer.MAX_VALUE + 1,
                                    (long) Integer.MIN_VALUE,
                                    Long.MAX_VALUE,
                                    Long.MIN_VALUE))
                    .generatorWithEmbeddedEdgeCases(size);
            this.date = Arbitraries.oneOf(
                            days(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 1, 1)),
                            days(LocalDate.of(-999_999, 1, 1), LocalDate.of(999_999, 12, 31)),
                            Arbitraries.of(
                                    LocalDate.MIN,
                                    LocalDate.MAX,
                                    LocalDate.of(1899, 12, 31),
                                    LocalDate.of(2101, 1, 1),
                                    LocalDate.of(0, 1, 1)))
                    .generatorWithEmbeddedEdgeCases(size);
        }

        private static Arbitrary<LocalDate> days(LocalDate from, LocalDate to) {
            return Arbitraries.longs()
                    .between(from.toEpochDay(), to.toEpochDay())
                    .map(LocalDate::ofEpochDay);
        }

        Fuzzed request(Endpoint endpoint) {
            String method = chance(0.06) ? pick(OTHER_METHODS) : endpoint.method();
            Map<String, String> headers = new LinkedHashMap<>();
            if (!endpoint.produces().isEmpty() && chance(0.6)) {
                headers.put("Accept", pick(endpoint.produces()));
            } else if (chance(0.25)) {
                headers.put(
                        "Accept",
                        pick(List.of(
                                "application/json",
                                "text/csv",
                                "*/*",
                                "text/html",
                                "application/xml",
                                "text/;;",
                                "application/json;q=x",
                                "text/csv;q=0.5, application/json",
                                "image/png",
                                "application/problem+json")));
            }
            if (chance(0.2)) {
                headers.put(
                        "If-Match",
                        pick(List.of(
                                "\"0\"",
                                "\"1\"",
                                "\"-1\"",
                                "\"99999999999999999999\"",
                                "*",
                                "W/\"1\"",
                                "1",
                                "garbage",
                                "\"\"")));
            }
            String target = path(endpoint) + query(endpoint);
            String user = pick(USERS);
            byte[] body = null;
            String bodyKind = "none";
            MethodParameter bodyParameter = parameter(endpoint, RequestBody.class);
            boolean multipart = endpoint.consumes().stream().anyMatch(type -> type.startsWith("multipart/"));
            if (multipart) {
                bodyKind = "multipart";
                body = multipartBody(headers);
            } else if (bodyParameter != null && bodyParameter.getParameterType() == String.class) {
                bodyKind = "text";
                body = textDocument().getBytes(StandardCharsets.UTF_8);
                headers.put(
                        "Content-Type",
                        chance(0.85)
                                ? pick(endpoint.consumes().isEmpty() ? List.of("text/plain") : endpoint.consumes())
                                : oddContentType());
            } else if (bodyParameter != null || method.equals("POST") && chance(0.5)) {
                bodyKind = "json";
                body = jsonBody(bodyParameter == null ? null : bodyParameter.getGenericParameterType());
                headers.put(
                        "Content-Type",
                        chance(0.85)
                                ? pick(List.of(
                                        "application/json",
                                        "application/json",
                                        "application/json;charset=UTF-8",
                                        "application/merge-patch+json"))
                                : oddContentType());
            }
            if (body != null && chance(0.03)) {
                headers.remove("Content-Type");
            }
            return new Fuzzed(method, target, user, headers, body, bodyKind);
        }

        private String path(Endpoint endpoint) {
            String pattern =
                    endpoint.pattern().replace("/**", "/" + segment(pick(List.of("x", "index.html", "..", "a%b"))));
            Matcher variables = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variables.find()) {
                String name = variables.group(1);
                MethodParameter typed = parameterNamed(endpoint, PathVariable.class, name);
                String value = typed != null && typed.getParameterType().isEnum() && chance(0.7)
                        ? pickConstant(typed.getParameterType())
                        : pathValue(name);
                variables.appendReplacement(path, Matcher.quoteReplacement(segment(value)));
            }
            variables.appendTail(path);
            return path.toString();
        }

        private String pathValue(String name) {
            int roll = random.nextInt(16);
            return switch (roll) {
                case 0, 1, 2 -> targets.commitmentId();
                case 3, 4 -> targets.inspectionId();
                case 5 -> targets.importId();
                case 6, 7 -> UUID.randomUUID().toString();
                case 8 -> "not-a-uuid";
                case 9 -> "x".repeat(300 + random.nextInt(3000));
                case 10 -> "漢字-é-\ud83d\ude00";
                case 11 -> oddText.next(random).value();
                case 12 -> pick(List.of("..", ".", " ", "%", "a/b", "a;b", "a\\b", "';--", "*"));
                case 13 ->
                    pick(List.of(
                            "commitment-progress",
                            "inspections",
                            "evidence-register",
                            "nope",
                            "LONDON_NORTH",
                            "london-north"));
                default -> text.next(random).value();
            };
        }

        private String query(Endpoint endpoint) {
            List<String> pairs = new ArrayList<>();
            for (MethodParameter parameter : parameters(endpoint)) {
                RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                if (annotation == null
                        || MultipartFile.class.isAssignableFrom(parameter.getParameterType())
                        || chance(0.5)) {
                    continue;
                }
                String name = annotation.name().isEmpty()
                        ? annotation.value().isEmpty() ? parameter.getParameterName() : annotation.value()
                        : annotation.name();
                pairs.add(encode(name) + "=" + encode(queryValue(parameter.getParameterType())));
            }
            if (chance(0.1)) {
                pairs.add(encode(pick(List.of("zzz", "area", "page", "validAt", "position", "actor", ""))) + "="
                        + encode(text.next(random).value()));
            }
            return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
        }

        private String queryValue(Class<?> type) {
            if (chance(0.4)) {
                return scalarOdd();
            }
            if (type.isEnum()) {
                return pickConstant(type);
            }
            if (type == LocalDate.class) {
                return date.next(random).value().toString();
            }
            if (type == java.time.Instant.class) {
                return pick(List.of(
                        "2023-01-01T00:00:00Z",
                        "+1000000000-01-01T00:00:00Z",
                        "-1000000000-01-01T00:00:00Z",
                        "1970-01-01T00:00:00Z",
                        "2023-01-01",
                        "2023-01-01T25:00:00Z",
                        date.next(random).value() + "T12:00:00Z"));
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return String.valueOf(number.next(random).value());
            }
            if (type == Boolean.class || type == boolean.class) {
                return pick(List.of("true", "false", "yes", "1", ""));
            }
            return chance(0.3) ? pathValue("q") : text.next(random).value();
        }

        private String scalarOdd() {
            return pick(List.of(
                    "",
                    " ",
                    "null",
                    "-1",
                    "99999999999999999999",
                    "1e400",
                    "NaN",
                    "x",
                    "LONDON_NORTH",
                    "2023-02-30",
                    "%",
                    oddText.next(random).value(),
                    "x".repeat(2000),
                    "\u00e9\u6f22",
                    "true"));
        }

        private String textDocument() {
            return switch (random.nextInt(6)) {
                case 0 -> "";
                case 1 -> oddText.next(random).value();
                case 2 -> text.next(random).value();
                case 3 ->
                    "Response to the inspection of CPS " + text.next(random).value() + "\n\nIssue to address 1\n"
                            + text.next(random).value() + "\n\nResponse: "
                            + text.next(random).value() + "\n";
                case 4 ->
                    "<html><body><h1>" + text.next(random).value() + "</h1><p>"
                            + oddText.next(random).value() + "</p></body></html>";
                default -> {
                    String text = longText.next(random).value();
                    yield text.substring(0, Math.min(text.length(), 250 + random.nextInt(3750)));
                }
            };
        }

        private byte[] multipartBody(Map<String, String> headers) {
            String boundary = "fuzz" + random.nextInt(1_000_000);
            headers.put(
                    "Content-Type",
                    chance(0.85)
                            ? "multipart/form-data; boundary=" + boundary
                            : pick(List.of(
                                    "multipart/form-data",
                                    "multipart/form-data; boundary=",
                                    "multipart/mixed; boundary=" + boundary,
                                    oddContentType())));
            if (chance(0.1)) {
                return chance(0.5) ? new byte[0] : text.next(random).value().getBytes(StandardCharsets.UTF_8);
            }
            String partName = chance(0.8) ? "file" : pick(List.of("document", "", "FILE", "file\u0000"));
            String fileName = switch (random.nextInt(8)) {
                case 0 -> "x".repeat(200 + random.nextInt(200)) + ".txt";
                case 1 -> "../../etc/passwd";
                case 2 -> "response";
                case 3 -> "réponse-漢字.md";
                case 4 -> "a\u0001b.html";
                default -> pick(List.of("response.txt", "response.md", "response.html", "response.pdf", ".txt"));
            };
            String partType = pick(
                    List.of("text/plain", "text/markdown", "text/html", "application/octet-stream", "image/png", "x"));
            StringBuilder body = new StringBuilder("--" + boundary + "\r\n");
            body.append("Content-Disposition: form-data; name=\"")
                    .append(partName)
                    .append("\"");
            if (chance(0.9)) {
                body.append("; filename=\"").append(fileName).append("\"");
            }
            body.append("\r\nContent-Type: ")
                    .append(partType)
                    .append("\r\n\r\n")
                    .append(textDocument())
                    .append("\r\n");
            if (chance(0.9)) {
                body.append("--").append(boundary).append("--\r\n");
            }
            return body.toString().getBytes(StandardCharsets.UTF_8);
        }

        private String oddContentType() {
            return pick(List.of(
                    "text/plain",
                    "multipart/form-data",
                    "application/*",
                    "*/*",
                    "application/xml",
                    "text/csv",
                    "x",
                    "",
                    "application/json; charset=UTF-16",
                    "application/x-www-form-urlencoded",
                    "text/html",
                    "application/json;;",
                    "image/png"));
        }

        private byte[] jsonBody(Type type) {
            if (chance(0.1)) {
                return malformedJson();
            }
            Object value = type == null ? value(Map.class, 0) : chance(0.08) ? wrongType() : value(type, 0);
            return json.writeValueAsBytes(value);
        }

        private byte[] malformedJson() {
            return switch (random.nextInt(12)) {
                case 0 -> new byte[0];
                case 1 -> "{".getBytes(StandardCharsets.UTF_8);
                case 2 -> "{\"a\":}".getBytes(StandardCharsets.UTF_8);
                case 3 -> "{'area':'LONDON_NORTH'}".getBytes(StandardCharsets.UTF_8);
                case 4 -> "{\"area\":\"LONDON_NORTH\",}".getBytes(StandardCharsets.UTF_8);
                case 5 -> ("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8);
                case 6 -> ("{\"a\":".repeat(2000) + "1" + "}".repeat(2000)).getBytes(StandardCharsets.UTF_8);
                case 7 -> new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28, '{', '}'};
                case 8 -> "{\"text\":\"\\ud800\"}".getBytes(StandardCharsets.UTF_8);
                case 9 -> "{\"dueDate\":\"2023-01-01\" \"text\":1}".getBytes(StandardCharsets.UTF_8);
                case 10 -> "\u0000".getBytes(StandardCharsets.UTF_8);
                default -> ("{\"n\":" + "9".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8);
            };
        }

        /** A value of the given type: mostly plausible, sometimes odd, sometimes of another type altogether. */
        private Object value(Type type, int depth) {
            if (chance(0.12)) {
                return wrongType();
            }
            Class<?> raw = raw(type);
            if (raw == String.class) {
                return chance(0.03)
                        ? longText.next(random).value()
                        : chance(0.15)
                                ? oddText.next(random).value()
                                : chance(0.2)
                                        ? pathValue("id")
                                        : text.next(random).value();
            }
            if (raw.isEnum()) {
                return chance(0.8) ? pickConstant(raw) : pick(List.of("", "nope", "london_north", "LONDON NORTH", "0"));
            }
            if (raw == LocalDate.class) {
                return chance(0.2) ? scalarOdd() : date.next(random).value().toString();
            }
            if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
                return chance(0.05)
                        ? new BigInteger("9".repeat(30))
                        : chance(0.05)
                                ? new BigDecimal("1.5")
                                : number.next(random).value();
            }
            if (raw == Boolean.class || raw == boolean.class) {
                return random.nextBoolean();
            }
            if (Collection.class.isAssignableFrom(raw)) {
                int size = chance(0.02) ? 200 + random.nextInt(2000) : random.nextInt(4);
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    list.add(depth > 3 ? text.next(random).value() : value(argument(type, 0), depth + 1));
                }
                return list;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> map = new LinkedHashMap<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    map.put(
                            pick(List.of(
                                    "Casework quality",
                                    "",
                                    "\u0000",
                                    text.next(random).value())),
                            depth > 3 ? text.next(random).value() : value(argument(type, 1), depth + 1));
                }
                return map;
            }
            if (raw.isRecord() && depth <= 3) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (RecordComponent component : raw.getRecordComponents()) {
                    if (chance(0.12)) {
                        continue;
                    }
                    object.put(component.getName(), value(component.getGenericType(), depth + 1));
                }
                if (chance(0.15)) {
                    object.put(pick(List.of("actor", "version", "status", "zzz", "__proto__", "")), wrongType());
                }
                return object;
            }
            return text.next(random).value();
        }

        private Object wrongType() {
            return switch (random.nextInt(9)) {
                case 0 -> Map.of();
                case 1 -> List.of();
                case 2 -> text.next(random).value();
                case 3 -> number.next(random).value();
                case 4 -> true;
                case 5 -> new BigDecimal("1e400");
                case 6 -> List.of(Map.of("x", List.of(1, "two", Map.of())));
                case 7 -> Collections.singletonMap("nested", null);
                default -> Collections.singletonList(null);
            };
        }

        private static Class<?> raw(Type type) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType p) {
                return (Class<?>) p.getRawType();
            }
            return Object.class;
        }

        private static Type argument(Type type, int index) {
            if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
                return p.getActualTypeArguments()[index];
            }
            return String.class;
        }

        private String pickConstant(Class<?> enumType) {
            Object constant = pick(Arrays.asList(enumType.getEnumConstants()));
            String text = json.writeValueAsString(constant);
            return text.startsWith("\"") ? text.substring(1, text.length() - 1) : text;
        }

        private static List<MethodParameter> parameters(Endpoint endpoint) {
            List<MethodParameter> parameters = new ArrayList<>();
            for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                parameters.add(parameter);
            }
            return parameters;
        }

        private static MethodParameter parameter(
                Endpoint endpoint, Class<? extends java.lang.annotation.Annotation> annotation) {
            return parameters(endpoint).stream()
                    .filter(p -> p.hasParameterAnnotation(annotation))
                    .findFirst()
                    .orElse(null);
        }

        private static MethodParameter parameterNamed(
                Endpoint endpoint, Class<? extends java.lang.annotation.Annotation> annotation, String name) {
            return parameters(endpoint).stream()
                    .filter(p -> p.hasParameterAnnotation(annotation))
                    .filter(p -> name.equals(p.getParameterName())
                            || name.equals(((PathVariable) p.getParameterAnnotation(annotation)).value()))
                    .findFirst()
                    .orElse(null);
        }

        private static String segment(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20")
                    .replace("%2E", ".");
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private <T> T pick(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }
    }

    @SuppressWarnings("unused")
    private static String joined(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
