package dev.commitmenttracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Compares every read model, as the API answers it, with a recomputation from the event store: each projection is
 * rebuilt from the first event (its rows cleared, its token reset, every event replayed once in one pass) and every
 * report read again. A projection that missed an effect, or applied one twice (a retried batch, an event delivered
 * again after a crash), answers differently before and after.
 */
public final class ProjectionsRecomputed {

    /** Every report and list a national reader sees, in JSON and in CSV. */
    public static final List<String> REPORTS = List.of(
            "/api/reports/areas",
            "/api/reports/areas/LONDON_NORTH",
            "/api/reports/areas/NORTH_WEST",
            "/api/reports/areas/WESSEX",
            "/api/reports/themes",
            "/api/reports/owners",
            "/api/reports/evidence",
            "/api/reports/evidence/trend",
            "/api/reports/slippage",
            "/api/reports/slippage/areas",
            "/api/inspections");

    private static final String LEAD = "lead.national";

    private ProjectionsRecomputed() {}

    /** Waits until every projection has caught up, then asserts that each equals its rebuild from the events. */
    public static void assertEqualToRebuild(Api api) {
        ProjectionsCaughtUp.await(api);
        Map<String, String> live = reports(api);
        rebuildEvery(api);
        assertThat(reports(api))
                .as("every report, rebuilt from the first event, answers as the live projections did")
                .isEqualTo(live);
    }

    /** Every report as the analyst reads it (JSON and CSV), with the whole commitment list. */
    public static Map<String, String> reports(Api api) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : REPORTS) {
            for (String accept : List.of("application/json", "text/csv")) {
                Api.Response response = api.as("analyst").get(path, accept);
                assertThat(response.status()).as(path + " " + response).isIn(200, 406);
                bodies.put(accept + " " + path, response.status() + " " + response.body());
            }
        }
        Api.Response list = api.as("analyst").get("/api/commitments", "text/csv");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        bodies.put("text/csv /api/commitments", list.body());
        return bodies;
    }

    /** Rebuilds every projection and waits until each has replayed the store to its head. */
    public static void rebuildEvery(Api api) {
        ProjectionsCaughtUp.await(api);
        JsonNode status = api.as(LEAD).get("/api/admin/projections").json();
        for (JsonNode projection : status.path("projections")) {
            String name = projection.path("name").asString();
            Api.Response started = api.as(LEAD).post("/api/admin/projections/" + name + "/rebuild", null);
            assertThat(started.status()).as(name + " " + started).isEqualTo(202);
        }
        ProjectionsCaughtUp.await(api);
    }
}
