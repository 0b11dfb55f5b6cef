package dev.commitmenttracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one PostgreSQL database behind no affinity (ADR 0022): the pages' session signed in on one node is
 * signed in on the other, gets a new id at sign-in, and signed out on either is signed out on both; failed password
 * sign-ins spread over the nodes (HTTP Basic and the form) are throttled at the same total as on one node. Both nodes
 * run in this JVM, started one after the other, with the real clock and the default throttle limits, behind a TLS
 * proxy as far as they can tell (X-Forwarded-Proto and -For believed from the loopback address).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionsIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("^SESSION=([^;]*)");

    TestDatabase.Fresh database;
    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    int a;
    int b;
    JdbcTemplate jdbc;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void startTwoNodes() {
        database = TestDatabase.createFresh("sessions");
        // one after the other: two Spring Boot starts at once in one JVM race in Logback's set-up
        for (String node : List.of("node-a", "node-b")) {
            nodes.add(new SpringApplicationBuilder(Application.class)
                    .run(
                            "--spring.profiles.active=test",
                            "--spring.datasource.url=" + database.url(),
                            "--spring.datasource.username=" + database.user(),
                            "--spring.datasource.password=" + database.password(),
                            "--tracker.demo-data.enabled=false",
                            "--tracker.security.demo-users=true",
                            "--tracker.node.id=" + node,
                            "--server.port=0",
                            // the production limits (the test profile lifts them) and the production proxy rule
                            "--tracker.security.throttle.user-failures=5",
                            "--tracker.security.throttle.address-failures=20",
                            "--server.forward-headers-strategy=native"));
        }
        a = port(nodes.get(0));
        b = port(nodes.get(1));
        jdbc = nodes.get(0).getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @Test
    void aSessionSignedInOnNodeAIsSignedInOnNodeB_andSigningOutOnBSignsItOutOnA() throws Exception {
        // a session id planted in the browser before sign-in (here another user's): sign-in must not keep it
        String before = signIn(b, "auditor");
        HttpResponse<String> form = send(a, "GET", "/login", null, Map.of("Cookie", "SESSION=" + before));

        HttpResponse<String> signedIn = send(
                a,
                "POST",
                "/login",
                "username=lead.national&password=demo&_csrf=" + encode(csrf(form)),
                Map.of("Cookie", "SESSION=" + before, "X-Forwarded-Proto", "https"));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no new session cookie at sign-in: " + signedIn.headers()));
        assertThat(cookie)
                .as("the session cookie behind TLS")
                .contains("HttpOnly")
                .contains("Secure")
                .contains("SameSite=Lax");
        String session = session(signedIn).orElseThrow();
        assertThat(session).as("a new session id at sign-in (fixation)").isNotEqualTo(before);
        assertThat(page(b, before).statusCode())
                .as("the id from before sign-in signs nobody in, on either node")
                .isEqualTo(302);

        HttpResponse<String> onB = page(b, session);
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        assertThat(onB.body()).contains("Signed in as <strong>lead.national</strong>");
        assertThat(page(a, session).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'lead.national'", Integer.class))
                .isEqualTo(1);

        HttpResponse<String> signedOut =
                send(b, "POST", "/logout", "_csrf=" + encode(csrf(onB)), Map.of("Cookie", "SESSION=" + session));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?signedOut"));
        HttpResponse<String> onA = page(a, session);
        assertThat(onA.statusCode()).as("signed out on B, refused on A").isEqualTo(302);
        assertThat(onA.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'lead.national'", Integer.class))
                .isZero();
    }

    @Test
    void aVisitorNotSignedInMakesNoSessionRow_theSignInFormIsCheckedAgainstItsCookie_andTheSessionAgainstItsOwnToken()
            throws Exception {
        long since = System.currentTimeMillis();
        String address = "10.9.0.3";
        HttpResponse<String> form = null;
        for (int visit = 0; visit < 10; visit++) {
            form = send(visit % 2 == 0 ? a : b, "GET", "/login", null, Map.of());
            assertThat(form.statusCode()).isEqualTo(200);
            HttpResponse<String> page = send(a, "GET", "/areas/LONDON_NORTH", null, Map.of("Accept", "text/html"));
            assertThat(page.statusCode()).isEqualTo(302);
            HttpResponse<String> wrong = send(
                    b,
                    "POST",
                    "/login",
                    "username=guess." + visit + "&password=wrong&_csrf=" + encode(csrf(form)),
                    Map.of("Cookie", signInToken(form), "X-Forwarded-For", address));
            assertThat(wrong.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
            assertThat(List.of(form, page, wrong))
                    .as("no session cookie for a visitor")
                    .allSatisfy(answer -> assertThat(session(answer)).isEmpty());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where creation_time >= ?", Long.class, since))
                .as("sign-in forms, pages asked for and failed sign-ins: no session row")
                .isZero();

        // the form's token counts only with its own cookie (a sign-in that succeeds goes to "/", one refused by its
        // password to "/login?error")
        HttpResponse<String> other = send(a, "GET", "/login", null, Map.of());
        HttpResponse<String> noCookie =
                send(a, "POST", "/login", "username=auditor&password=demo&_csrf=" + encode(csrf(form)), Map.of());
        HttpResponse<String> otherCookie = send(
                a,
                "POST",
                "/login",
                "username=auditor&password=demo&_csrf=" + encode(csrf(form)),
                Map.of("Cookie", signInToken(other)));
        assertThat(List.of(noCookie, otherCookie))
                .as("a sign-in posted without the form's own cookie")
                .allSatisfy(refused -> {
                    // refused by the CSRF check: sent back to the form, not signed in, no session
                    assertThat(refused.statusCode()).isEqualTo(302);
                    assertThat(refused.headers().firstValue("Location"))
                            .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
                    assertThat(session(refused)).isEmpty();
                });

        // a page asked for before sign-in is where sign-in returns, on the other node too (the cookie carries it)
        HttpResponse<String> asked = send(a, "GET", "/areas/LONDON_NORTH", null, Map.of("Accept", "text/html"));
        String returnTo = asked.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("REDIRECT_URI="))
                .map(header -> header.substring(0, header.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the page asked for is not remembered: " + asked.headers()));
        HttpResponse<String> signedIn = send(
                b,
                "POST",
                "/login",
                "username=auditor&password=demo&_csrf=" + encode(csrf(form)),
                Map.of("Cookie", signInToken(form) + "; " + returnTo));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/areas/LONDON_NORTH"));
        String session = session(signedIn).orElseThrow();
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where creation_time >= ?", Long.class, since))
                .isOne();

        // signed in, only the session's own token counts: the cookie's from before sign-in is refused
        HttpResponse<String> staleToken = send(
                a,
                "POST",
                "/logout",
                "_csrf=" + encode(csrf(form)),
                Map.of("Cookie", "SESSION=" + session + "; " + signInToken(form)));
        assertThat(staleToken.statusCode()).isEqualTo(403);
        assertThat(page(b, session).statusCode()).as("still signed in").isEqualTo(200);
        HttpResponse<String> signedOut = send(
                a,
                "POST",
                "/logout",
                "_csrf=" + encode(csrf(page(a, session))),
                Map.of("Cookie", "SESSION=" + session));
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?signedOut"));
        assertThat(page(b, session).statusCode()).isEqualTo(302);
    }

    @Test
    void failedSignInsSpreadOverBothNodesAreThrottledAtTheSameTotalAsOnOne() throws Exception {
        String address = "10.9.0.1";
        for (int attempt = 0; attempt < 5; attempt++) {
            int node = attempt % 2 == 0 ? a : b;
            if (attempt == 3) {
                HttpResponse<String> form = send(node, "GET", "/login", null, Map.of("X-Forwarded-For", address));
                HttpResponse<String> wrong = send(
                        node,
                        "POST",
                        "/login",
                        "username=manager.london-north&password=wrong&_csrf=" + encode(csrf(form)),
                        Map.of("Cookie", signInToken(form), "X-Forwarded-For", address));
                assertThat(wrong.headers().firstValue("Location"))
                        .as("failure " + (attempt + 1) + ", by the form on B, is checked")
                        .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
            } else {
                assertThat(basic(node, "manager.london-north", "wrong " + attempt, address)
                                .statusCode())
                        .as("failure " + (attempt + 1) + " is checked")
                        .isEqualTo(401);
            }
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_failure where throttle_key = 'user:manager.london-north'",
                        Integer.class))
                .isEqualTo(5);

        for (int node : List.of(a, b)) {
            HttpResponse<String> refused = basic(node, "manager.london-north", "demo", "10.9.0.9");
            assertThat(refused.statusCode())
                    .as("the sixth attempt, right password, any node, any address")
                    .isEqualTo(429);
            assertThat(refused.body()).contains("auth.throttled");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void failuresFromOneAddressSpreadOverBothNodesThrottleThatAddressAtTheSameTotalAsOnOne() throws Exception {
        String address = "10.9.0.2";
        for (int attempt = 0; attempt < 20; attempt++) {
            int node = attempt % 2 == 0 ? a : b;
            assertThat(basic(node, "guess." + attempt, "wrong", address).statusCode())
                    .as("failure " + (attempt + 1) + " from " + address + " is checked")
                    .isEqualTo(401);
        }

        assertThat(basic(a, "auditor", "demo", address).statusCode()).isEqualTo(429);
        assertThat(basic(b, "auditor", "demo", address).statusCode()).isEqualTo(429);
        assertThat(basic(b, "auditor", "demo", "10.9.0.3").statusCode())
                .as("another address")
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'auditor'", Integer.class))
                .as("the API keeps no session")
                .isZero();
    }

    HttpResponse<String> page(int port, String session) throws IOException, InterruptedException {
        return send(port, "GET", "/", null, Map.of("Cookie", "SESSION=" + session, "Accept", "text/html"));
    }

    HttpResponse<String> basic(int port, String user, String password, String address)
            throws IOException, InterruptedException {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(
                port,
                "GET",
                "/api/reports/areas",
                null,
                Map.of("Authorization", "Basic " + credentials, "X-Forwarded-For", address));
    }

    HttpResponse<String> send(int port, String method, String path, String form, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        if (form == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Optional<String> session(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(found -> found.group(1))
                .findFirst();
    }

    /** The sign-in form's CSRF cookie, as a Cookie header's value. */
    static String signInToken(HttpResponse<String> form) {
        return form.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SIGN_IN_CSRF="))
                .map(header -> header.substring(0, header.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CSRF cookie with the sign-in form: " + form.headers()));
    }

    /** Signs in by the form on this node; the new session's id. */
    String signIn(int port, String user) throws IOException, InterruptedException {
        HttpResponse<String> form = send(port, "GET", "/login", null, Map.of());
        HttpResponse<String> signedIn = send(
                port,
                "POST",
                "/login",
                "username=" + user + "&password=demo&_csrf=" + encode(csrf(form)),
                Map.of("Cookie", signInToken(form)));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return session(signedIn).orElseThrow(() -> new AssertionError("no session at sign-in: " + signedIn.headers()));
    }

    static String csrf(HttpResponse<String> page) {
        Matcher found = CSRF.matcher(page.body());
        assertThat(found.find()).as(page.body()).isTrue();
        return found.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
