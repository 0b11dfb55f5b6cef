package dev.commitmenttracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The demonstration dataset loads through the services at start-up, as the demo-data login, and loading again changes nothing. */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.demo-data.enabled=true")
class DemoDataIT {

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void loadsFiveAreasAtRealisticStagesAndLoadingAgainRecordsNothing() {
        long events = countEvents();
        assertThat(events).isGreaterThan(80);
        assertThat(jdbc.queryForObject(
                        "select count(distinct aggregate_identifier) from domain_event_entry where type = 'Inspection'",
                        Long.class))
                .as("five Areas' inspections, a national thematic and CPS Direct's")
                .isEqualTo(7);

        demoData.run(new DefaultApplicationArguments());
        assertThat(countEvents()).isEqualTo(events);

        JsonNode reopened = new Api(port)
                .as("auditor")
                .get("/api/commitments/" + DemoScript.id("ls-2"))
                .json();
        assertThat(reopened.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.path("jointWith").get(0).asString()).isEqualTo("LONDON_NORTH");
        JsonNode slipped = new Api(port)
                .as("auditor")
                .get("/api/commitments/" + DemoScript.id("ln-2"))
                .json();
        assertThat(slipped.path("dueDateRevisions")).hasSize(1);
        assertThat(slipped.path("evidence")).hasSize(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where convert_from(meta_data, 'UTF8') not like '%\"actor\":\"demo-data\"%'",
                        Long.class))
                .isZero();
    }

    @Test
    void looksLikeALiveServiceTodayWithEveryRagColourAndEveryStage() {
        Api api = new Api(port);
        dev.commitmenttracker.support.ProjectionsCaughtUp.await(api);
        Map<String, String> ragByArea = new TreeMap<>();
        for (JsonNode area : api.as("analyst").get("/api/reports/areas").json()) {
            ragByArea.put(area.path("area").asString(), area.path("rag").asString());
        }
        assertThat(ragByArea)
                .containsEntry("LONDON_NORTH", "AMBER")
                .containsEntry("SOUTH_WEST", "RED")
                .containsEntry("NORTH_WEST", "RED")
                .containsEntry("LONDON_SOUTH", "GREEN")
                .containsEntry("NORTH_EAST", "GREEN")
                .containsEntry("NATIONAL", "AMBER")
                .containsEntry("CPS_DIRECT", "GREEN");

        Set<String> stages = new TreeSet<>();
        for (JsonNode commitment :
                api.as("analyst").get("/api/commitments?size=100").json().path("items")) {
            stages.add(commitment.path("status").asString());
        }
        assertThat(stages)
                .containsExactlyInAnyOrder("COMMITTED", "ASSIGNED", "IN_PROGRESS", "EVIDENCED", "CLOSED", "WITHDRAWN");
    }

    private long countEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
