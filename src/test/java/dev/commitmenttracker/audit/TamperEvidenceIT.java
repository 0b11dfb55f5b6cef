package dev.commitmenttracker.audit;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.RandomHistories;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Someone with write access to the database edits, deletes or reorders event rows with SQL; verification finds
 * it. Each test tampers with its own commitment and undoes the damage afterwards, on a database of its own.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "test.database=tamper-evidence")
class TamperEvidenceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TransactionTemplate transactions;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anUntouchedStoreVerifies() {
        String id = commitmentWithFiveEvents();
        JsonNode store = api.as("auditor").get("/api/audit/verify").json();
        assertThat(store.path("verified").asBoolean()).as(store.toString()).isTrue();
        assertThat(store.path("eventsChecked").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(store.path("digest").asString()).hasSize(64);

        JsonNode one =
                api.as("inspector").get("/api/audit/verify?commitment=" + id).json();
        assertThat(one.path("verified").asBoolean()).isTrue();
        assertThat(one.path("eventsChecked").asLong()).isEqualTo(5);
    }

    /** How many events precede the one changed: past the first fetch (2,000 rows) of the verification's cursor. */
    static final int DEEP = 2_017;

    @Test
    void aChainRecordChangedDeepInALargerStoreIsFoundAtItsEvent() {
        new RandomHistories(31).append(500, storage, transactions);
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(events)
                .as("more events than one fetch of the verification's cursor")
                .isGreaterThan(DEEP + 100L);
        Map<String, Object> target = jdbc.queryForMap(
                "select e.global_index, e.event_identifier, c.hash from domain_event_entry e"
                        + " join event_chain c on c.event_identifier = e.event_identifier"
                        + " order by e.global_index offset ? limit 1",
                DEEP);
        String eventId = (String) target.get("event_identifier");
        jdbc.update("update event_chain set hash = ? where event_identifier = ?", "0".repeat(64), eventId);
        try {
            JsonNode broken = api.as("auditor").get("/api/audit/verify").json();
            assertThat(broken.path("verified").asBoolean()).isFalse();
            assertThat(broken.path("firstBreak").path("globalIndex").asLong())
                    .isEqualTo(((Number) target.get("global_index")).longValue());
            assertThat(broken.path("firstBreak").path("eventIdentifier").asString())
                    .isEqualTo(eventId);
            assertThat(broken.path("eventsChecked").asLong()).isEqualTo(DEEP);
        } finally {
            jdbc.update("update event_chain set hash = ? where event_identifier = ?", target.get("hash"), eventId);
        }
        JsonNode whole = api.as("auditor").get("/api/audit/verify").json();
        assertThat(whole.path("verified").asBoolean()).as(whole.toString()).isTrue();
        assertThat(whole.path("eventsChecked").asLong()).isEqualTo(events);
    }

    @Test
    void anUpdatedPayloadIsDetectedAtThatEvent() {
        String id = commitmentWithFiveEvents();
        byte[] original = payload(id, 2);
        jdbc.update(
                "update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), '2022-06-01', '2022-05-20'), 'UTF8') "
                        + "where aggregate_identifier = ? and sequence_number = 2",
                id);
        try {
            JsonNode broken =
                    api.as("auditor").get("/api/audit/verify?commitment=" + id).json();
            assertThat(broken.path("verified").asBoolean()).isFalse();
            assertThat(broken.path("firstBreak").path("sequenceNumber").asLong())
                    .isEqualTo(2);
            assertThat(broken.path("firstBreak").path("problem").asString()).contains("content differs");
            assertThat(api.as("auditor")
                            .get("/api/audit/verify")
                            .json()
                            .path("verified")
                            .asBoolean())
                    .isFalse();
        } finally {
            jdbc.update(
                    "update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 2",
                    original,
                    id);
        }
        assertThat(api.as("auditor")
                        .get("/api/audit/verify?commitment=" + id)
                        .json()
                        .path("verified")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anEditedActorInTheMetadataIsDetected() {
        String id = commitmentWithFiveEvents();
        jdbc.update(
                "update domain_event_entry set meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'), 'manager.london-north', "
                        + "'lead.national'), 'UTF8') where aggregate_identifier = ? and sequence_number = 1",
                id);
        JsonNode broken =
                api.as("auditor").get("/api/audit/verify?commitment=" + id).json();
        assertThat(broken.path("firstBreak").path("sequenceNumber").asLong()).isEqualTo(1);
        restoreByDeletingCommitment(id);
    }

    @Test
    void aDeletedEventIsDetected() {
        String id = commitmentWithFiveEvents();
        Map<String, Object> row = jdbc.queryForMap(
                "select * from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", id);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", id);
        try {
            JsonNode broken =
                    api.as("auditor").get("/api/audit/verify?commitment=" + id).json();
            assertThat(broken.path("verified").asBoolean()).isFalse();
            assertThat(broken.path("firstBreak").path("sequenceNumber").asLong())
                    .isEqualTo(3);
            assertThat(broken.path("firstBreak").path("problem").asString()).contains("missing");
        } finally {
            reinsert(row);
        }
        assertThat(api.as("auditor")
                        .get("/api/audit/verify")
                        .json()
                        .path("verified")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aDeletedLastEventIsDetectedThroughItsChainRecord() {
        String id = commitmentWithFiveEvents();
        Map<String, Object> row = jdbc.queryForMap(
                "select * from domain_event_entry where aggregate_identifier = ? and sequence_number = 4", id);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 4", id);
        try {
            JsonNode broken =
                    api.as("auditor").get("/api/audit/verify?commitment=" + id).json();
            assertThat(broken.path("verified").asBoolean()).isFalse();
            assertThat(broken.path("firstBreak").path("sequenceNumber").asLong())
                    .isEqualTo(4);
            assertThat(broken.path("firstBreak").path("problem").asString()).contains("deleted");
        } finally {
            reinsert(row);
        }
    }

    @Test
    void twoSwappedEventsAreDetected() {
        String id = commitmentWithFiveEvents();
        jdbc.update(
                "update domain_event_entry set sequence_number = -1 where aggregate_identifier = ? and sequence_number = 2",
                id);
        jdbc.update(
                "update domain_event_entry set sequence_number = 2 where aggregate_identifier = ? and sequence_number = 3",
                id);
        jdbc.update(
                "update domain_event_entry set sequence_number = 3 where aggregate_identifier = ? and sequence_number = -1",
                id);
        JsonNode broken =
                api.as("auditor").get("/api/audit/verify?commitment=" + id).json();
        assertThat(broken.path("verified").asBoolean()).isFalse();
        assertThat(broken.path("firstBreak").path("sequenceNumber").asLong()).isIn(2L, 3L);
        restoreByDeletingCommitment(id);
    }

    @Test
    void aRowRewrittenWithItsHashesIsCaughtOnlyByTheDigestKeptOutside() {
        String id = commitmentWithFiveEvents();
        JsonNode kept = api.as("auditor").get("/api/audit/digest").json();
        long position = kept.path("position").asLong();
        String digest = kept.path("digest").asString();
        assertThat(api.as("auditor")
                        .get("/api/audit/verify?position=" + position + "&digest=" + digest)
                        .json()
                        .path("verified")
                        .asBoolean())
                .isTrue();

        Map<String, Object> row = jdbc.queryForMap(
                "select * from domain_event_entry where aggregate_identifier = ? and sequence_number = 4", id);
        Map<String, Object> link = jdbc.queryForMap(
                "select * from event_chain where aggregate_identifier = ? and sequence_number = 4", id);
        jdbc.update("delete from event_chain where aggregate_identifier = ? and sequence_number = 4", id);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 4", id);
        try {
            assertThat(api.as("auditor")
                            .get("/api/audit/verify")
                            .json()
                            .path("verified")
                            .asBoolean())
                    .as("the chain alone cannot see a last event removed together with its hash")
                    .isTrue();
            JsonNode againstKept = api.as("auditor")
                    .get("/api/audit/verify?position=" + position + "&digest=" + digest)
                    .json();
            assertThat(againstKept.path("verified").asBoolean()).isFalse();
            assertThat(againstKept.path("firstBreak").path("problem").asString())
                    .contains("kept outside the database");
        } finally {
            reinsert(row);
            jdbc.update(
                    "insert into event_chain (event_identifier, aggregate_identifier, sequence_number, previous_hash, hash) values (?, ?, ?, ?, ?)",
                    link.get("event_identifier"),
                    link.get("aggregate_identifier"),
                    link.get("sequence_number"),
                    link.get("previous_hash"),
                    link.get("hash"));
        }
        assertThat(api.as("auditor")
                        .get("/api/audit/verify?position=" + position + "&digest=" + digest)
                        .json()
                        .path("verified")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void onlyAuditorsInspectorsAndNationalLeadsVerify() {
        assertThat(api.as("analyst").get("/api/audit/verify").status()).isEqualTo(403);
        assertThat(api.as("manager.london-north").get("/api/audit/digest").status())
                .isEqualTo(403);
        assertThat(api.as("lead.national").get("/api/audit/digest").status()).isEqualTo(200);
        Api.Response half = api.as("auditor").get("/api/audit/verify?position=3");
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.text("field")).isEqualTo("digest");
    }

    private String commitmentWithFiveEvents() {
        Api.As manager = api.as("manager.london-north");
        String id = manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "targetCompliance", 70))
                .text("id");
        manager.post("/api/commitments/" + id + "/assignment", map("ownerRole", "LEGAL_MANAGER", "on", "2022-05-12"));
        manager.post("/api/commitments/" + id + "/start", map("on", "2022-06-01"));
        manager.post(
                "/api/commitments/" + id + "/evidence",
                map(
                        "method",
                        "IQA",
                        "effectiveOn",
                        "2022-07-31",
                        "sampleSize",
                        12,
                        "compliantCount",
                        10,
                        "summary",
                        "Quarterly IQA round."));
        Api.Response closed = manager.postAtCurrentVersion(
                "/api/commitments/" + id + "/closure", map("rationale", "Target met.", "on", "2022-08-15"));
        assertThat(closed.json().path("version").asLong()).isEqualTo(4);
        return id;
    }

    private byte[] payload(String id, long sequence) {
        return jdbc.queryForObject(
                "select payload from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                byte[].class,
                id,
                sequence);
    }

    private void reinsert(Map<String, Object> row) {
        List<String> columns = List.copyOf(row.keySet());
        jdbc.update(
                "insert into domain_event_entry (" + String.join(", ", columns) + ") values ("
                        + "?, ".repeat(columns.size() - 1) + "?)",
                columns.stream().map(row::get).toArray());
    }

    /** Takes a tampered commitment out of the store entirely, so the whole-store checks of other tests start clean. */
    private void restoreByDeletingCommitment(String id) {
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", id);
        jdbc.update("delete from event_chain where aggregate_identifier = ?", id);
    }
}
