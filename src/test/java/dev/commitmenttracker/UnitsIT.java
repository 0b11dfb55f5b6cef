package dev.commitmenttracker;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.shared.UnitKind;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * CPS units beyond the fourteen Areas (issue 13, ADR 0014), end to end: the units as reference data, a national
 * commitment recorded and assigned by the national lead and refused to an Area manager, the reports' rows for the
 * national level and CPS Direct with their kind, the kind filter, joint commitments between Areas only, and the
 * overview page's units below the Areas.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "tracker.test.context=units-it") // a database of its own: it counts report rows
@DirtiesContext
class UnitsIT {

    static final String LEAD = "lead.national";
    static final String LN = "manager.london-north";
    static final String CPSD = "manager.cps-direct";

    @LocalServerPort
    int port;

    Api api;
    String nationalInspection;
    String national;
    String cpsDirect;
    String londonNorth;

    @BeforeAll
    void recorded() {
        api = new Api(port);
        nationalInspection = created(api.as(LEAD)
                .post(
                        "/api/inspections",
                        with(
                                inspection("NATIONAL"),
                                "kind",
                                "THEMATIC",
                                "title",
                                "Thematic inspection of disclosure in sexual offence cases")));
        national = created(api.as(LEAD)
                .post(
                        "/api/commitments",
                        with(
                                commitment("NATIONAL"),
                                "inspectionId",
                                nationalInspection,
                                "issueNumber",
                                2,
                                "text",
                                "Headquarters will issue a disclosure record template to every Area.")));
        cpsDirect = created(api.as(CPSD).post("/api/commitments", commitment("CPS_DIRECT")));
        londonNorth = created(api.as(LN).post("/api/commitments", commitment("LONDON_NORTH")));
        ProjectionsCaughtUp.await(api);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    @Test
    void theUnitsAreListedWithTheirKindAreasFirst() {
        JsonNode units = api.as("analyst").get("/api/units").json();

        assertThat(units).hasSize(20);
        assertThat(units.get(0).path("code").asString()).isEqualTo("LONDON_NORTH");
        assertThat(units.get(0).path("kind").asString()).isEqualTo("AREA");
        assertThat(units.get(14).path("code").asString()).isEqualTo("NATIONAL");
        assertThat(units.get(14).path("kind").asString()).isEqualTo("NATIONAL");
        assertThat(units.get(15).path("code").asString()).isEqualTo("CPS_DIRECT");
        assertThat(units.get(15).path("name").asString()).isEqualTo("CPS Direct");
        assertThat(units.valueStream().skip(16).map(unit -> unit.path("kind").asString()))
                .containsOnly("CASEWORK_DIVISION")
                .hasSize(4);
        assertThat(api.as("analyst")
                        .get("/api/units?kind=CASEWORK_DIVISION")
                        .json()
                        .valueStream()
                        .map(unit -> unit.path("code").asString()))
                .containsExactly("IJOCD", "SCCTD", "SFD", "PROCEEDS_OF_CRIME");
        Api.Response unknownKind = api.as("analyst").get("/api/units?kind=REGION");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.text("code")).isEqualTo("validation.unreadable");
        assertThat(unknownKind.text("field")).isEqualTo("kind");
    }

    @Test
    void theAreasAreStillTheFourteenAreas() {
        JsonNode areas = api.as("analyst").get("/api/areas").json();

        assertThat(areas).hasSize(14);
        assertThat(areas.valueStream().map(area -> area.path("code").asString()))
                .doesNotContain("NATIONAL", "CPS_DIRECT", "IJOCD", "SCCTD", "SFD", "PROCEEDS_OF_CRIME")
                .contains("LONDON_NORTH", "CYMRU_WALES");
    }

    @Test
    void aNationalCommitmentIsRecordedAndAssignedToANationalRoleByTheNationalLead() {
        Api.Response assigned = api.as(LEAD)
                .post(
                        "/api/commitments/" + national + "/assignment",
                        map("ownerRole", "NATIONAL_THEME_LEAD", "ownerName", "National disclosure lead"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);

        JsonNode found = api.as(LN).get("/api/commitments/" + national).json();
        assertThat(found.path("area").asString()).isEqualTo("NATIONAL");
        assertThat(found.path("ownerRole").asString()).isEqualTo("NATIONAL_THEME_LEAD");
        assertThat(found.path("inspectionId").asString()).isEqualTo(nationalInspection);
        ProjectionsCaughtUp.await(api);
        assertThat(api.as("analyst")
                        .get("/api/reports/owners?area=NATIONAL")
                        .json()
                        .valueStream()
                        .map(row -> row.path("ownerRole").asString()))
                .containsExactly("NATIONAL_THEME_LEAD");
        assertThat(api.as("analyst")
                        .get("/api/reports/owners?area=NATIONAL", "text/csv")
                        .body())
                .contains("NATIONAL,NATIONAL_THEME_LEAD,1,1"); // due 2023-03-31: overdue
    }

    @Test
    void anAreaManagerReadsButCannotCommandANationalCommitment() {
        Api.Response assign = api.as(LN).post("/api/commitments/" + national + "/assignment", map("ownerRole", "ABM"));
        assertThat(assign.status()).as(assign.toString()).isEqualTo(403);
        assertThat(assign.text("code")).isEqualTo("auth.area-forbidden");

        Api.Response create = api.as(LN).post("/api/commitments", commitment("NATIONAL"));
        assertThat(create.status()).as(create.toString()).isEqualTo(403);
        assertThat(create.text("code")).isEqualTo("auth.area-forbidden");

        assertThat(api.as(LN).get("/api/commitments/" + national).status()).isEqualTo(200);
        assertThat(api.as(LN).get("/api/reports/areas/NATIONAL").status()).isEqualTo(200);
        Api.Response otherUnit = api.as(LN).get("/api/commitments/" + cpsDirect);
        assertThat(otherUnit.status()).as(otherUnit.toString()).isEqualTo(403);
        assertThat(otherUnit.text("code")).isEqualTo("auth.area-forbidden");
    }

    @Test
    void aManagerOfCpsDirectCommandsCpsDirectsCommitmentsOnly() {
        Api.Response assigned =
                api.as(CPSD).post("/api/commitments/" + cpsDirect + "/assignment", map("ownerRole", "HEAD_OF_UNIT"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(api.as(CPSD)
                        .post("/api/commitments/" + londonNorth + "/assignment", map("ownerRole", "ABM"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(CPSD)
                        .get("/api/commitments")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(item -> item.path("area").asString())
                        .distinct())
                .as("without a unit asked for, a manager's list holds its own units' commitments")
                .containsExactly("CPS_DIRECT");
    }

    @Test
    void theAreaReportHasARowPerUnitWithItsKindAndFiltersByKind() {
        JsonNode rows = api.as("analyst").get("/api/reports/areas").json();

        List<String> kinds =
                rows.valueStream().map(row -> row.path("kind").asString()).toList();
        assertThat(kinds)
                .as("Areas first, then the national level, then CPS Direct")
                .isSortedAccordingTo(java.util.Comparator.comparing(UnitKind::valueOf))
                .endsWith("NATIONAL", "CPS_DIRECT");
        assertThat(rows.valueStream()
                        .map(row -> row.path("area").asString() + ":"
                                + row.path("kind").asString()))
                .contains("LONDON_NORTH:AREA", "NATIONAL:NATIONAL", "CPS_DIRECT:CPS_DIRECT");
        assertThat(rows.valueStream()
                        .filter(row -> row.path("area").asString().equals("NATIONAL"))
                        .map(row -> row.path("total").asInt()))
                .containsExactly(1);

        assertThat(api.as("analyst")
                        .get("/api/reports/areas?kind=NATIONAL")
                        .json()
                        .valueStream()
                        .map(row -> row.path("area").asString()))
                .containsExactly("NATIONAL");
        assertThat(api.as("analyst")
                        .get("/api/reports/areas?kind=AREA")
                        .json()
                        .valueStream()
                        .map(row -> row.path("area").asString()))
                .contains("LONDON_NORTH")
                .doesNotContain("NATIONAL", "CPS_DIRECT");
        String csv = api.as("analyst")
                .get("/api/reports/areas?kind=CPS_DIRECT", "text/csv")
                .body();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("area,kind,total,");
        assertThat(csv.lines().skip(1)).singleElement().asString().startsWith("CPS_DIRECT,CPS_DIRECT,1,");

        Api.Response badKind = api.as("analyst").get("/api/reports/areas?kind=COUNTY");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.contentType()).startsWith("application/problem+json");
        assertThat(badKind.text("code")).isEqualTo("validation.unreadable");
        assertThat(badKind.text("field")).isEqualTo("kind");

        assertThat(api.as("analyst")
                        .get("/api/reports/themes?kind=NATIONAL")
                        .json()
                        .valueStream()
                        .map(row -> row.path("theme").asString() + "="
                                + row.path("total").asInt()))
                .containsExactly("disclosure=1");
        assertThat(api.as("analyst")
                        .get("/api/commitments?kind=NATIONAL")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(item -> item.path("id").asString()))
                .containsExactly(national);
    }

    @Test
    void theNationalLevelHasItsOwnReportEvidenceSlippageAndChanges() {
        JsonNode report = api.as(LN).get("/api/reports/areas/NATIONAL").json();
        assertThat(report.path("area").asString()).isEqualTo("NATIONAL");
        assertThat(report.path("total").asInt()).isEqualTo(1);
        assertThat(report.path("byTheme").has("disclosure")).isTrue();

        JsonNode then = api.as("analyst")
                .get("/api/reports/areas/NATIONAL?validAt=2099-01-01")
                .json();
        assertThat(then.path("total").asInt()).isEqualTo(1);
        assertThat(api.as("analyst")
                        .get("/api/reports/areas/NATIONAL?asOf=" + java.time.Instant.now())
                        .json()
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.as("analyst").get("/api/reports/slippage?area=NATIONAL").status())
                .isEqualTo(200);
        assertThat(api.as("analyst").get("/api/reports/evidence?area=NATIONAL").status())
                .isEqualTo(200);
        assertThat(api.as("analyst")
                        .get("/api/reports/areas/NATIONAL/changes?from=2022-01-01&to=" + java.time.LocalDate.now())
                        .json()
                        .valueStream()
                        .map(change -> change.path("commitmentId").asString()))
                .contains(national);
        assertThat(api.as("analyst").get("/api/inspections?area=NATIONAL").json())
                .singleElement()
                .satisfies(found -> assertThat(found.path("kind").asString()).isEqualTo("THEMATIC"));
    }

    @Test
    void jointCommitmentsAreBetweenAreasOnly() {
        assertRefusedJoint(with(commitment("NATIONAL"), "jointWith", List.of("WESSEX")));
        assertRefusedJoint(with(commitment("WESSEX"), "jointWith", List.of("NATIONAL")));
        assertRefusedJoint(with(commitment("WESSEX"), "jointWith", List.of("SOUTH_WEST", "CPS_DIRECT")));

        Api.Response betweenAreas =
                api.as(LEAD).post("/api/commitments", with(commitment("WESSEX"), "jointWith", List.of("SOUTH_WEST")));
        assertThat(betweenAreas.status()).as(betweenAreas.toString()).isEqualTo(201);
    }

    private void assertRefusedJoint(Map<String, Object> body) {
        long before =
                api.as("analyst").get("/api/commitments").json().path("total").asLong();
        Api.Response refused = api.as(LEAD).post("/api/commitments", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("validation.joint-areas-only");
        assertThat(refused.text("field")).isEqualTo("jointWith");
        ProjectionsCaughtUp.await(api);
        assertThat(api.as("analyst")
                        .get("/api/commitments")
                        .json()
                        .path("total")
                        .asLong())
                .as("nothing recorded")
                .isEqualTo(before);
    }

    @Test
    void theOverviewPageShowsUnitsBelowTheAreas() throws Exception {
        String page = signedInPage("analyst", "/");

        int areas = page.indexOf("id=\"areas-table\"");
        int units = page.indexOf("id=\"units-table\"");
        assertThat(areas).isPositive();
        assertThat(units).as("the units' table follows the Areas'").isGreaterThan(areas);
        assertThat(page).contains("National and other units");
        assertThat(page.substring(units)).contains("data-area=\"NATIONAL\"", "data-area=\"CPS_DIRECT\"");
        assertThat(page.substring(areas, units))
                .contains("data-area=\"LONDON_NORTH\"")
                .doesNotContain("data-area=\"NATIONAL\"");

        String unitPage = signedInPage("analyst", "/areas/NATIONAL");
        assertThat(unitPage).contains("CPS Headquarters (national)");

        String newInspection = signedInPage(LEAD, "/inspections/new");
        assertThat(newInspection).contains("value=\"NATIONAL\"", "value=\"CPS_DIRECT\"", "value=\"SFD\"");
        assertThat(signedInPage(CPSD, "/inspections/new"))
                .contains("value=\"CPS_DIRECT\"")
                .doesNotContain("value=\"NATIONAL\"");
    }

    /** The HTML of a page, signed in through the sign-in form as a browser would (session cookie, CSRF token). */
    private String signedInPage(String user, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String base = "http://localhost:" + port;
        String login = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form =
                "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).as("signed in").doesNotStartWith("/login");
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path + " as " + user).isEqualTo(200);
        return page.body();
    }
}
