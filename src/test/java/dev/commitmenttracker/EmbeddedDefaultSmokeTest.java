package dev.commitmenttracker;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default of {@code ./mvnw spring-boot:run}: an H2 file database migrated by the same Flyway scripts,
 * demo users, the demo data, and the lifecycle working. Only the file's location differs, so that a running demo is not disturbed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/h2-smoke-${random.uuid}/tracker;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        })
class EmbeddedDefaultSmokeTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoStartsOnH2AndRecordsACommitment() {
        Api.As manager = new Api(port).as("manager.london-north");
        Api.Response created = manager.post("/api/commitments", commitment("LONDON_NORTH"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");

        Api.Response assigned = manager.post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(manager.get("/actuator/health").json().path("status").asString())
                .isEqualTo("UP");
        // the reminders' tables and the schedule's migrate and run on H2 too; with no mail server, nothing is sent
        Api.Response run = new Api(port).as("lead.national").post("/api/notifications/daily-run", null);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().path("delivery").asString()).isEqualTo("outbox-only");
    }

    @Test
    void theDemoDataMakesTheReportsMeaningfulRightAway() {
        Api api = new Api(port);
        ProjectionsCaughtUp.await(api);
        JsonNode areas = api.as("analyst").get("/api/reports/areas").json();
        assertThat(areas)
                .extracting(area -> area.path("area").asString())
                .contains("LONDON_NORTH", "SOUTH_WEST", "LONDON_SOUTH", "NORTH_EAST", "NORTH_WEST");
        assertThat(areas.valueStream()
                        .mapToLong(area -> area.path("closed").asLong())
                        .sum())
                .isPositive();
        assertThat(api.as("analyst").get("/api/reports/evidence").json().path("records"))
                .isNotEmpty();
        assertThat(api.as("analyst")
                        .get("/api/reports/slippage")
                        .json()
                        .path("commitments")
                        .valueStream()
                        .filter(commitment -> commitment.path("slipped").asBoolean()))
                .isNotEmpty();
    }
}
