package dev.commitmenttracker.config;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A broken database is a 503, never a 409: Axon reports a missing event table as "cannot reuse aggregate
 * identifier", which must not be mistaken for a duplicate create. Runs on a database of its own, which it breaks.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "test.database=broken-on-purpose")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultIT {

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void anInsertRefusedAsDuplicateWhileNothingIsStoredIsAServiceFault() {
        String id = UUID.randomUUID().toString();
        jdbc.execute("create function refuse_insert() returns trigger language plpgsql as $$ begin "
                + "raise unique_violation using message = 'simulated fault'; end $$");
        jdbc.execute("create trigger refuse_insert before insert on domain_event_entry for each row "
                + "when (new.aggregate_identifier = '" + id + "') execute function refuse_insert()");
        try {
            Api.Response created = new Api(port)
                    .as("lead.national")
                    .post("/api/commitments", with(commitment("LONDON_NORTH"), "id", id));

            assertThat(created.status()).as(created.toString()).isEqualTo(503);
            assertThat(created.text("code")).isEqualTo("service.database-unavailable");
        } finally {
            jdbc.execute("drop trigger refuse_insert on domain_event_entry");
        }
        Api.Response retried =
                new Api(port).as("lead.national").post("/api/commitments", with(commitment("LONDON_NORTH"), "id", id));
        assertThat(retried.status())
                .as("the same create succeeds once the fault is gone")
                .isEqualTo(201);
    }

    @Test
    @Order(2)
    void aMissingEventTableIsAServiceFaultNotADuplicate() {
        jdbc.execute("drop table domain_event_entry");
        Api.Response created = new Api(port)
                .as("lead.national")
                .post(
                        "/api/commitments",
                        with(commitment("LONDON_NORTH"), "id", UUID.randomUUID().toString()));

        assertThat(created.status()).as(created.toString()).isEqualTo(503);
        assertThat(created.text("code")).isEqualTo("service.database-unavailable");
    }
}
