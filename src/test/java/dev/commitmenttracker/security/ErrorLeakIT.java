package dev.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No answer gives away how the service is built: whatever goes wrong (unreadable JSON, an unknown route, a method or
 * body type not served, a value of the wrong type, the error page asked for directly), neither the API nor the pages
 * answer with a stack trace, an exception's name, a Java package or SQL; and every one of them carries the security
 * headers.
 */
@PostgresIntegrationTest
class ErrorLeakIT {

    /** What a leaked stack trace, exception or statement would contain. */
    static final List<String> GIVEAWAYS =
            List.of("Exception", "at dev.", "SQL", "org.", "java.", "jakarta.", "select ");

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Probe(String method, String path, String contentType, String body) {}

    static final List<Probe> API_PROBES = List.of(
            new Probe("POST", "/api/commitments", "application/json", "{\"area\": \"LONDON_NORTH\", \"text\": "),
            new Probe("POST", "/api/commitments", "application/json", "[1, 2, 3]"),
            new Probe(
                    "POST", "/api/commitments", "application/json", "{\"area\": \"ATLANTIS\", \"dueDate\": \"soon\"}"),
            new Probe("POST", "/api/commitments", "application/xml", "<commitment/>"),
            new Probe("GET", "/api/nowhere", null, null),
            new Probe("DELETE", "/api/areas", null, null),
            new Probe("PUT", "/api/commitments", "application/json", "{}"),
            new Probe("GET", "/api/commitments/not-an-id", null, null),
            new Probe(
                    "GET", "/api/commitments/00000000-0000-0000-0000-000000000000/history?asOf=yesterday", null, null),
            new Probe("GET", "/api/reports/areas/ATLANTIS", null, null),
            new Probe("GET", "/api/commitments?area=NOWHERE&dueBefore=31-31-31", null, null),
            new Probe("GET", "/api/commitments/%00%27%3B%20drop%20table", null, null),
            new Probe("GET", "/error", null, null));

    static final List<Probe> PAGE_PROBES = List.of(
            new Probe("GET", "/nowhere", null, null),
            new Probe("GET", "/commitments/not-an-id", null, null),
            new Probe("GET", "/areas/ATLANTIS", null, null),
            new Probe("DELETE", "/", null, null),
            new Probe("GET", "/error", null, null));

    @Test
    void apiErrorsGiveNothingAway() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Probe probe : API_PROBES) {
            HttpRequest.Builder request = request(probe)
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString("lead.national:demo".getBytes(StandardCharsets.UTF_8)))
                    .header("X-Requested-With", "tests");
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(probe.toString()).isBetween(400, 499);
            leaks.addAll(leaks(probe, answer));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void pageErrorsGiveNothingAway() throws Exception {
        HttpClient person = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        signIn(person);
        List<String> leaks = new ArrayList<>();
        for (Probe probe : PAGE_PROBES) {
            HttpResponse<String> answer = person.send(
                    request(probe).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(probe.toString()).isBetween(400, 499);
            leaks.addAll(leaks(probe, answer));
        }
        assertThat(leaks).isEmpty();
    }

    HttpRequest.Builder request(Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()));
        if (probe.body() == null) {
            return request.method(probe.method(), HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", probe.contentType())
                .method(probe.method(), HttpRequest.BodyPublishers.ofString(probe.body()));
    }

    static List<String> leaks(Probe probe, HttpResponse<String> answer) {
        List<String> found = new ArrayList<>();
        for (String giveaway : GIVEAWAYS) {
            if (answer.body().contains(giveaway)) {
                found.add(probe + " -> " + answer.statusCode() + " contains '" + giveaway + "': " + answer.body());
            }
        }
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options")) {
            if (answer.headers().firstValue(header).isEmpty()) {
                found.add(probe + " -> " + answer.statusCode() + " lacks " + header);
            }
        }
        return found;
    }

    void signIn(HttpClient person) throws IOException, InterruptedException {
        HttpResponse<String> form = person.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = person.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=lead.national&password=demo&_csrf="
                                + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }
}
