package dev.commitmenttracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway owns the PostgreSQL schema; Axon's blobs are bytea, never oid large objects; the app makes no outbound calls. */
@PostgresIntegrationTest
class PostgresSchemaIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void noColumnIsAnOidLargeObject() {
        List<String> oidColumns = jdbc.queryForList(
                "select table_name || '.' || column_name from information_schema.columns "
                        + "where table_schema = 'public' and udt_name = 'oid'",
                String.class);
        assertThat(oidColumns).isEmpty();
    }

    @Test
    void axonsBinaryColumnsAreBytea() {
        List<Map<String, Object>> columns = jdbc.queryForList(
                "select table_name, column_name, udt_name from information_schema.columns "
                        + "where table_schema = 'public' and column_name in ('payload', 'meta_data', 'token') order by table_name, column_name");
        assertThat(columns)
                .isNotEmpty()
                .allSatisfy(column -> assertThat(column.get("udt_name")).isEqualTo("bytea"));
        assertThat(columns)
                .extracting(column -> column.get("table_name"))
                .contains("domain_event_entry", "snapshot_event_entry", "token_entry", "dead_letter_entry");
    }

    @Test
    void flywayAppliedEveryMigrationAndTheGlobalIndexHasAGaplessSequence() {
        Integer failed =
                jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class);
        assertThat(failed).isZero();
        Long increment = jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_entry_global_index_seq'",
                Long.class);
        assertThat(increment).isEqualTo(1L);
    }

    @Test
    void axonsUpdateCheckerIsSwitchedOff() {
        assertThat(context.getBeanNamesForType(org.axonframework.updates.UpdateChecker.class))
                .isEmpty();
    }

    @Test
    void healthIncludesTheDatabaseAndTheApiIsDescribed() {
        Api api = new Api(port);
        assertThat(api.as("auditor").get("/actuator/health").json().has("components"))
                .as("details are for the national lead")
                .isFalse();
        Api.Response health = api.as("lead.national").get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asString())
                .isEqualTo("UP");

        Api.Response openApi = api.as(null).get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().path("paths").has("/api/commitments/{id}/closure"))
                .isTrue();
        assertThat(api.as(null).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
