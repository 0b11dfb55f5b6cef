package dev.commitmenttracker.reporting;

import static dev.commitmenttracker.support.Requests.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The row a projection's batches lock before they move its counters (ADR 0017). */
@PostgresIntegrationTest
class ProjectionLockIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenAProjectionWithoutItsLockRow_whenItsNextBatchRuns_thenTheRowIsMadeAndNothingIsParked() {
        Api api = new Api(port);
        ProjectionsCaughtUp.await(api);
        jdbc.update("delete from projection_lock where processing_group = 'due-date-slippage'");

        Api.Response created = api.as("manager.north-west").post("/api/commitments", commitment("NORTH_WEST"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ProjectionsCaughtUp.await(api);

        assertThat(jdbc.queryForObject(
                        "select count(*) from projection_lock where processing_group = 'due-date-slippage'",
                        Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from dead_letter_entry where processing_group = 'due-date-slippage'",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_slippage_commitment where id = ?",
                        Integer.class,
                        created.text("id")))
                .isOne();
    }
}
