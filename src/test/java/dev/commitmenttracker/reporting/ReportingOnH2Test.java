package dev.commitmenttracker.reporting;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The reporting migrations, projections and report queries on the embedded default, H2 in PostgreSQL mode: the same
 * scripts migrate it, Hibernate validates the rows against them, and every report answers from projected rows.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/h2-reporting-${random.uuid}/tracker;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "tracker.demo-data.enabled=false"
        })
class ReportingOnH2Test {

    @LocalServerPort
    int port;

    @Test
    void everyReportAnswersOnH2() {
        Api api = new Api(port);
        Api.As manager = api.as("manager.london-north");
        Api.Response created =
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "jointWith", List.of("NORTH_WEST")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(manager.post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM", "on", "2022-05-12"))
                        .status())
                .isEqualTo(200);
        assertThat(manager.post("/api/commitments/" + id + "/start", map("on", "2022-06-01"))
                        .status())
                .isEqualTo(200);
        assertThat(manager.postAtCurrentVersion(
                                "/api/commitments/" + id + "/due-date",
                                map(
                                        "dueDate",
                                        "2024-03-31",
                                        "reason",
                                        "Staff shortages.",
                                        "on",
                                        "2022-12-01",
                                        "recordOfEarlierDecision",
                                        true))
                        .status())
                .isEqualTo(200);
        Api.Response evidenced = manager.post(
                "/api/commitments/" + id + "/evidence",
                map(
                        "method",
                        "DIP_SAMPLE",
                        "effectiveOn",
                        "2023-01-15",
                        "sampleSize",
                        10,
                        "compliantCount",
                        8,
                        "summary",
                        "Dip sample."));
        assertThat(evidenced.status()).as(evidenced.toString()).isEqualTo(200);
        ProjectionsCaughtUp.await(api);

        Api.As analyst = api.as("analyst");
        JsonNode areas = analyst.get("/api/reports/areas").json();
        assertThat(areas)
                .extracting(area ->
                        area.path("area").asString() + " " + area.path("total").asInt() + " "
                                + area.path("byStatus").path("EVIDENCED").asInt())
                .containsExactly("LONDON_NORTH 1 1", "NORTH_WEST 1 1");
        assertThat(analyst.get("/api/reports/areas/NORTH_WEST")
                        .json()
                        .path("byOwnerRole")
                        .path("ABM")
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(analyst.get("/api/reports/themes")
                        .json()
                        .get(0)
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(analyst.get("/api/reports/owners").json()).hasSize(2);
        assertThat(analyst.get("/api/reports/evidence?area=NORTH_WEST")
                        .json()
                        .path("records")
                        .get(0)
                        .path("compliancePercent")
                        .asDouble())
                .isEqualTo(80.0);
        assertThat(analyst.get("/api/reports/slippage").json().path("areas")).hasSize(2);
        assertThat(analyst.get("/api/commitments?area=NORTH_WEST&theme=disclosure&overdue=true&sort=committedOn,desc")
                        .json()
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(analyst.get("/api/reports/areas", "text/csv").body()).startsWith("area,kind,total,COMMITTED");
        assertThat(api.as("lead.national")
                        .post("/api/admin/projections/commitment-progress/rebuild", null)
                        .status())
                .isEqualTo(202);
        ProjectionsCaughtUp.await(api);
        assertThat(analyst.get("/api/reports/areas").json()).isEqualTo(areas);

        JsonNode openApi = api.as(null).get("/v3/api-docs").json();
        assertThat(openApi.path("paths").has("/api/reports/areas/{area}")).isTrue();
        assertThat(openApi.path("paths").path("/api/commitments").has("get")).isTrue();
        assertThat(openApi.path("paths").path("/api/commitments").has("post")).isTrue();
    }
}
