package dev.commitmenttracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Waits, through the admin endpoint, until every projection has processed the event store up to its head. */
public final class ProjectionsCaughtUp {

    private ProjectionsCaughtUp() {}

    public static void await(Api api) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Api.Response status = api.as("lead.national").get("/api/admin/projections");
                    assertThat(status.status()).as(status.toString()).isEqualTo(200);
                    JsonNode body = status.json();
                    for (JsonNode projection : body.path("projections")) {
                        assertThat(projection.path("error").asBoolean())
                                .as(projection.toString())
                                .isFalse();
                        assertThat(projection.path("caughtUp").asBoolean())
                                .as(projection.toString())
                                .isTrue();
                        if (!body.path("head").isNull()) {
                            assertThat(projection.path("position").asLong())
                                    .as(projection.toString())
                                    .isEqualTo(body.path("head").asLong());
                        }
                    }
                });
    }
}
