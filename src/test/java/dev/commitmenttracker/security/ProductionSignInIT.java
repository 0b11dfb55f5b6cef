package dev.commitmenttracker.security;

import static dev.commitmenttracker.support.Requests.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.MutableClock;
import dev.commitmenttracker.support.TestClockConfig;
import dev.commitmenttracker.ui.Browser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production profile signing in through a real identity provider (Spring Authorization Server, started by this
 * test on a port of its own): bearer tokens for the API with roles and units mapped from their claims, OpenID Connect
 * sign-in for the pages in a real browser, the security headers behind a TLS proxy, and password sign-in (kept on here
 * for API clients) throttled after repeated failures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("production")
@Import(TestClockConfig.class)
@DirtiesContext
class ProductionSignInIT {

    static final String USER = "ccp.wessex";
    static final String PASSWORD = "a long passphrase kept in a vault";

    static TestIdentityProvider.Running idp;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        if (idp == null) {
            idp = TestIdentityProvider.start();
        }
        registry.add("tracker.security.oidc.enabled", () -> "true");
        registry.add("tracker.security.oidc.issuer-uri", idp::issuer);
        registry.add("tracker.security.oidc.client-id", () -> TestIdentityProvider.PAGES_CLIENT);
        registry.add("tracker.security.oidc.client-secret", () -> TestIdentityProvider.PAGES_SECRET);
        registry.add("tracker.security.oidc.display-name", () -> "the test identity provider");
        // Passwords stay on for API clients (off by default in production with an identity provider).
        registry.add("tracker.security.basic.enabled", () -> "true");
        registry.add("tracker.security.users[0].username", () -> USER);
        registry.add("tracker.security.users[0].password-hash", () -> new BCryptPasswordEncoder(4).encode(PASSWORD));
        registry.add("tracker.security.users[0].roles", () -> "AREA_MANAGER");
        registry.add("tracker.security.users[0].areas", () -> "WESSEX");
    }

    @AfterAll
    static void stopIdentityProvider() {
        if (idp != null) {
            idp.close();
            idp = null;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String base() {
        return "http://localhost:" + port;
    }

    /** A token from the provider's token endpoint by client credentials, as a machine client gets one. */
    String clientCredentials(String client) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(idp.issuer() + "/oauth2/token"))
                        .header("Authorization", basic(client, TestIdentityProvider.secretOf(client)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=tracker"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("access_token").asString();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Api.Response withToken(HttpMethod method, String path, Object body, String token) {
        return new Api(port).as(null).send(method, path, body, Map.of("Authorization", "Bearer " + token));
    }

    @Test
    void anAreaManagersTokenCommandsItsOwnAreaOnly_withUnknownRolesAndUnitsIgnored() throws Exception {
        String token = clientCredentials("client.london-north");

        Api.Response own = withToken(HttpMethod.POST, "/api/commitments", commitment("LONDON_NORTH"), token);
        Api.Response other = withToken(HttpMethod.POST, "/api/commitments", commitment("WESSEX"), token);
        Api.Response national = withToken(HttpMethod.POST, "/api/commitments", commitment("NATIONAL"), token);

        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(other.text("code")).isEqualTo("auth.area-forbidden");
        assertThat(other.text("detail")).contains("(LONDON_NORTH)");
        assertThat(national.status()).as(national.toString()).isEqualTo(403);
        // SUPER_USER and ATLANTIS are no role and no unit here: the admin API stays closed.
        assertThat(withToken(HttpMethod.GET, "/api/admin/projections", null, token)
                        .status())
                .isEqualTo(403);
        // The actor recorded is the token's preferred_username.
        String id = own.text("id");
        Api.Response history = withToken(HttpMethod.GET, "/api/commitments/" + id + "/history", null, token);
        assertThat(history.body()).contains("client.london-north");
    }

    @Test
    void aNationalLeadsTokenCommandsTheNationalUnitAndEveryArea() throws Exception {
        String token = clientCredentials("client.national");

        Api.Response national = withToken(HttpMethod.POST, "/api/commitments", commitment("NATIONAL"), token);
        Api.Response wessex = withToken(HttpMethod.POST, "/api/commitments", commitment("WESSEX"), token);

        assertThat(national.status()).as(national.toString()).isEqualTo(201);
        assertThat(wessex.status()).as(wessex.toString()).isEqualTo(201);
    }

    @Test
    void aTokenWithoutAnyTrackerRoleReadsNothing() {
        String token = idp.mint(idp.claimsOf("no.role"));

        Api.Response read = withToken(HttpMethod.GET, "/api/reports/areas/LONDON_NORTH", null, token);

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.text("code")).isEqualTo("auth.forbidden");
    }

    @Test
    void expiredForgedAndOtherIssuersTokensAreRefused401AsProblems() {
        String valid = idp.mint(idp.claimsOf("nat.lead"));
        assertThat(withToken(HttpMethod.GET, "/api/areas", null, valid).status())
                .isEqualTo(200);
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        Map<String, String> refused = Map.of(
                "expired",
                idp.mint(idp.claimsOf("nat.lead")
                        .andThen(claims -> claims.issuedAt(anHourAgo).expiresAt(anHourAgo.plusSeconds(300)))),
                "forged",
                idp.forge(idp.claimsOf("nat.lead")),
                "another issuer",
                idp.mint(idp.claimsOf("nat.lead").andThen(claims -> claims.issuer("https://login.elsewhere.example"))),
                "not a token",
                "not-a-jwt");

        refused.forEach((what, token) -> {
            Api.Response answer = withToken(HttpMethod.GET, "/api/areas", null, token);
            assertThat(answer.status()).as(what).isEqualTo(401);
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            assertThat(answer.text("code")).as(what).isEqualTo("auth.invalid-token");
            assertThat(answer.headers().getFirst("WWW-Authenticate")).as(what).startsWith("Bearer");
        });
        Api.Response none = new Api(port).as(null).get("/api/areas");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.text("code")).isEqualTo("auth.unauthenticated");
        assertThat(none.headers().get("WWW-Authenticate"))
                .containsExactly("Basic realm=\"commitment-tracker\"", "Bearer");
    }

    @Test
    void aPersonSignsInThroughTheAuthorizationCodeFlow_asAClientFollowingRedirectsAndPostingTheProvidersForm()
            throws Exception {
        idp.registerPages(base());
        HttpClient person = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> providerForm = follow(person, URI.create(base() + "/oauth2/authorization/idp"));
        assertThat(providerForm.uri().toString()).startsWith(idp.issuer() + "/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(providerForm.body());
        assertThat(csrf.find()).as(providerForm.body()).isTrue();
        HttpResponse<String> signedIn = person.send(
                HttpRequest.newBuilder(URI.create(idp.issuer() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("username=ann.manager&password="
                                + URLEncoder.encode(TestIdentityProvider.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> landing = follow(person, location(signedIn));

        assertThat(landing.statusCode()).as(landing.body()).isEqualTo(200);
        assertThat(landing.uri().toString()).isEqualTo(base() + "/areas/LONDON_NORTH");
        assertThat(landing.body()).contains("ann.manager");
        HttpResponse<String> otherArea = follow(person, URI.create(base() + "/areas/WESSEX"));
        assertThat(otherArea.statusCode()).isEqualTo(403);
    }

    /** Follows redirects (GET) from here until an answer that is not one; the answer's URI is where it ended. */
    HttpResponse<String> follow(HttpClient client, URI from) throws IOException, InterruptedException {
        URI at = from;
        for (int hops = 0; hops < 15; hops++) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(at).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 3) {
                return answer;
            }
            at = location(answer);
        }
        throw new AssertionError("More than 15 redirects from " + from);
    }

    static URI location(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isBetween(300, 399);
        return answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aPersonSignsInToThePagesThroughTheIdentityProviderInABrowser() {
        idp.registerPages(base());
        try (Browser browser = Browser.open()) {
            browser.at(port).go("/");
            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.find("#sign-in-provider").getText()).contains("the test identity provider");
            browser.assertAccessible("sign-in-identity-provider");

            browser.clickAndWait("#sign-in-provider");
            assertThat(browser.driver().getCurrentUrl()).startsWith(idp.issuer() + "/login");
            browser.fill("username", "ann.manager").fill("password", TestIdentityProvider.PASSWORD);
            browser.clickAndWait("button[type=submit]");

            assertThat(browser.path()).isEqualTo("/areas/LONDON_NORTH");
            assertThat(browser.find(".tracker-account__name").getText()).contains("ann.manager");
            browser.go("/areas/WESSEX");
            assertThat(browser.heading()).isEqualTo("You cannot see this page");

            browser.clickAndWait(".tracker-account__sign-out button");
            assertThat(browser.path()).isEqualTo("/login?signedOut");
            browser.go("/");
            assertThat(browser.path()).isEqualTo("/login");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders_andHstsWhenItCameOverTls() throws Exception {
        for (String path : new String[] {"/api/areas", "/login", "/nowhere", "/api/nowhere"}) {
            HttpResponse<String> plain = get(path, Map.of());
            HttpResponse<String> overTls = get(path, Map.of("X-Forwarded-Proto", "https"));

            assertThat(plain.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(plain.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(plain.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(plain.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            assertThat(plain.headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .isEmpty();
            assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        }
        assertThat(get("/login", Map.of()).headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("form-action 'self' " + idp.issuer()));
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> basicGet(String user, String password, String clientAddress)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/reports/areas/WESSEX"))
                        .header("Authorization", basic(user, password))
                        .header("X-Forwarded-For", clientAddress)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void repeatedWrongPasswordsOverHttpBasicAreThrottledPerUser_untilTheWindowHasPassed() throws Exception {
        String address = "10.1.0.1";
        for (int i = 0; i < 5; i++) {
            assertThat(basicGet(USER, "wrong " + i, address).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = basicGet(USER, PASSWORD, address);
        HttpResponse<String> elsewhere = basicGet(USER, PASSWORD, "10.1.0.2");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(throttled.body()).get("code").asString()).isEqualTo("auth.throttled");
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        assertThat(elsewhere.statusCode())
                .as("the user name is throttled wherever it comes from")
                .isEqualTo(429);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(basicGet(USER, PASSWORD, address).statusCode()).isEqualTo(200);
        assertThat(basicGet(USER, "wrong again", address).statusCode())
                .as("a wrong password is still checked and refused")
                .isEqualTo(401);
        assertThat(basicGet(USER, PASSWORD, address).statusCode()).isEqualTo(200);
    }

    @Test
    void manyFailuresFromOneAddressThrottleThatAddress_notOthers() throws Exception {
        String address = "10.2.0.1";
        for (int i = 0; i < 20; i++) {
            assertThat(basicGet("guess." + i, "wrong", address).statusCode()).isEqualTo(401);
        }

        assertThat(basicGet(USER, PASSWORD, address).statusCode()).isEqualTo(429);
        assertThat(basicGet(USER, PASSWORD, "10.2.0.2").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(basicGet(USER, PASSWORD, address).statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInFormIsThrottledToo_aBrowserSeesTheFormWith429_aClientAProblem() throws Exception {
        String address = "10.3.0.1";
        HttpClient browserLike = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = postForm(browserLike, "wrong " + i, address, "text/html");
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        }

        HttpResponse<String> page = postForm(browserLike, PASSWORD, address, "text/html,application/xhtml+xml");
        HttpResponse<String> problem = postForm(browserLike, PASSWORD, address, "application/json");

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Too many failed sign-ins").contains("<form");
        assertThat(problem.statusCode()).isEqualTo(429);
        assertThat(json.readTree(problem.body()).get("code").asString()).isEqualTo("auth.throttled");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        HttpResponse<String> signedIn = postForm(browserLike, PASSWORD, address, "text/html");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    /** Shows the sign-in form (for its CSRF token) and posts it as this user with this password. */
    HttpResponse<String> postForm(HttpClient client, String password, String address, String accept)
            throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("X-Forwarded-For", address)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        String body = "username=" + URLEncoder.encode(USER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("X-Forwarded-For", address)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", accept)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
