package dev.commitmenttracker.reporting;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A parameter is used or refused, a report leaves no quarter out, a CSV export is the whole list, an inspection shows its answers. */
@PostgresIntegrationTest
@TestPropertySource(
        properties = "tracker.test.context=nothing-ignored-it") // a database of its own: it adds 503 commitments
@DirtiesContext
class NothingIgnoredIT {

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aParameterAReportDoesNotTakeIsRefusedNamingIt() {
        Api.As lead = api.as("lead.national");
        assertUnknown(lead.get("/api/reports/areas?validAt=2022-01-01"), "validAt");
        assertUnknown(api.as("auditor").get("/api/audit/digest?position=5"), "position");
        assertUnknown(lead.get("/api/reports/themes?area=LONDON_NORTH"), "area");
        assertUnknown(lead.get("/api/reports/evidence/trend?area=LONDON_NORTH&form=long"), "form");
        assertUnknown(lead.get("/api/commitments?colour=red"), "colour");

        assertThat(lead.get("/api/reports/evidence/trend?area=LONDON_NORTH&theme=disclosure&from=2022-01-01")
                        .status())
                .isEqualTo(200);
        assertThat(lead.get("/api/reports/areas").status()).isEqualTo(200);
        assertThat(api.as("auditor").get("/api/audit/digest").status()).isEqualTo(200);
    }

    @Test
    void aQuarterWithoutEvidenceIsInTheTrendAsZero() {
        Api.As manager = api.as("manager.north-west");
        String id = manager.post("/api/commitments", with(commitment("NORTH_WEST"), "theme", "witness-care"))
                .text("id");
        manager.post(act(id, "assignment"), map("ownerRole", "ABM", "on", "2022-05-12"));
        manager.post(act(id, "start"), map("on", "2022-06-01"));
        manager.post(
                act(id, "evidence"),
                map(
                        "method",
                        "DIP_SAMPLE",
                        "effectiveOn",
                        "2022-08-15",
                        "sampleSize",
                        10,
                        "compliantCount",
                        7,
                        "summary",
                        "Summer sample."));
        manager.post(
                act(id, "evidence"),
                map(
                        "method",
                        "DIP_SAMPLE",
                        "effectiveOn",
                        "2023-02-15",
                        "sampleSize",
                        10,
                        "compliantCount",
                        9,
                        "summary",
                        "Winter sample."));
        ProjectionsCaughtUp.await(api);

        JsonNode trend = manager.get("/api/reports/evidence/trend?area=NORTH_WEST&theme=witness-care")
                .json();

        List<String> quarters = new ArrayList<>();
        trend.forEach(point -> quarters.add(
                point.path("quarter").asString() + " " + point.path("records").asInt() + " "
                        + (point.path("compliancePercent").isNull()
                                ? "-"
                                : point.path("compliancePercent").asString())));
        assertThat(quarters).containsExactly("2022-Q3 1 70.0", "2022-Q4 0 -", "2023-Q1 1 90.0");
    }

    @Test
    void theCsvOfTheCommitmentListIsTheWholeListNotItsFirstPage() {
        String inspection = api.as("lead.national")
                .post("/api/inspections", inspection("WESSEX"))
                .text("id");
        for (int n = 0; n < 503; n++) {
            commands.sendAndWait(new RecordCommitment(
                    UUID.randomUUID().toString(),
                    AreaCode.WESSEX,
                    List.of(),
                    inspection,
                    1,
                    Theme.DISCLOSURE,
                    "Commitment number " + n + ".",
                    LocalDate.of(2022, 5, 10),
                    LocalDate.of(2023, 1, 1).plusDays(n),
                    null));
        }
        ProjectionsCaughtUp.await(api);

        Api.Response csv = api.as("lead.national").get("/api/commitments?inspectionId=" + inspection, "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(1 + 503);
        assertThat(lines.stream().skip(1).map(line -> line.substring(0, 36)).distinct())
                .hasSize(503);
        assertUnknown(
                api.as("lead.national").get("/api/commitments?inspectionId=" + inspection + "&pages=2", "text/csv"),
                "pages");
        Api.Response paged =
                api.as("lead.national").get("/api/commitments?size=20&inspectionId=" + inspection, "text/csv");
        assertThat(paged.status()).as(paged.toString()).isEqualTo(400);
        assertThat(paged.text("field")).isEqualTo("size");
    }

    @Test
    void anInspectionShowsItsIssuesWithTheCommitmentsAnsweringThemAndTheirProgress() {
        Api.As manager = api.as("manager.london-north");
        String inspection =
                manager.post("/api/inspections", inspection("LONDON_NORTH")).text("id");
        String id = manager.post(
                        "/api/commitments",
                        with(commitment("LONDON_NORTH"), "inspectionId", inspection, "issueNumber", 2))
                .text("id");
        manager.post(
                act(id, "assignment"), map("ownerRole", "LEGAL_MANAGER", "ownerName", "A. Khan", "on", "2022-05-12"));
        ProjectionsCaughtUp.await(api);

        JsonNode view = manager.get("/api/inspections/" + inspection).json();

        assertThat(view.path("issues")).hasSize(2);
        assertThat(view.path("issues").get(0).path("commitments")).isEmpty();
        JsonNode answer = view.path("issues").get(1).path("commitments").get(0);
        assertThat(answer.path("commitmentId").asString()).isEqualTo(id);
        assertThat(answer.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(answer.path("ownerRole").asString()).isEqualTo("LEGAL_MANAGER");
        assertThat(answer.path("ownerName").asString()).isEqualTo("A. Khan");
        assertThat(answer.path("dueDate").asString()).isEqualTo("2023-03-31");
        assertThat(view.path("otherCommitments")).isEmpty();
    }

    private static void assertUnknown(Api.Response response, String parameter) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo("request.unknown-parameter");
        assertThat(response.text("field")).isEqualTo(parameter);
    }

    private static String act(String id, String act) {
        return "/api/commitments/" + id + "/" + act;
    }
}
