package dev.commitmenttracker.audit;

import static dev.commitmenttracker.support.Requests.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionRecorded;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Events stored in the shapes before findings had kinds (revision 1 of InspectionRecorded, CommitmentRecorded and
 * FollowUpJudged), appended as that code appended them, hash chain included: they are never rewritten, read through the
 * upcasters, replayed into the projections, and the hash chain still verifies them.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=old-shape-events")
@DirtiesContext
class OldShapeEventsIT {

    static final String INSPECTION = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String COMMITMENT = "7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e";

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine engine;

    @Autowired
    TransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @JsonIgnoreProperties({"kind", "forCps", "addressedTo"})
    interface IssueRevision1 {}

    @JsonIgnoreProperties({"followsUp", "grades"})
    interface InspectionRevision1 {}

    @JsonIgnoreProperties({"findingKind"})
    interface CommitmentRevision1 {}

    @JsonIgnoreProperties({"followUpInspectionId"})
    interface JudgementRevision1 {}

    /** The event serializer as it was before revision 2: the same settings, the old fields only, every event at "1". */
    static JacksonSerializer revision1Serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(IssueToAddress.class, IssueRevision1.class)
                .addMixIn(InspectionRecorded.class, InspectionRevision1.class)
                .addMixIn(CommitmentRecorded.class, CommitmentRevision1.class)
                .addMixIn(FollowUpJudged.class, JudgementRevision1.class);
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(type -> "1")
                .lenientDeserialization()
                .build();
    }

    @Test
    void revision1EventsAreReadUpcastReplayedAndStillVerified() {
        ChainingEventStorageEngine chaining = (ChainingEventStorageEngine) engine;
        JacksonSerializer revision1 = revision1Serializer();
        MetaData actor = MetaData.with("actor", "manager.north-west");
        transactions.executeInTransaction(() -> chaining.appendEvents(
                List.of(
                        new GenericDomainEventMessage<>(
                                "Inspection",
                                INSPECTION,
                                0,
                                new InspectionRecorded(
                                        INSPECTION,
                                        AreaCode.NORTH_WEST,
                                        InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
                                        "Baseline inspection",
                                        LocalDate.of(2021, 3, 1),
                                        Map.of(),
                                        List.of(
                                                new IssueToAddress(
                                                        1,
                                                        "Charging advice lacks a strategy.",
                                                        Theme.CASE_ANALYSIS_STRATEGY),
                                                new IssueToAddress(2, "Disclosure is late.", Theme.DISCLOSURE))),
                                actor),
                        new GenericDomainEventMessage<>(
                                "Commitment",
                                COMMITMENT,
                                0,
                                new CommitmentRecorded(
                                        COMMITMENT,
                                        AreaCode.NORTH_WEST,
                                        List.of(),
                                        INSPECTION,
                                        1,
                                        Theme.CASE_ANALYSIS_STRATEGY,
                                        "Sample charging advice every month.",
                                        LocalDate.of(2021, 4, 1),
                                        LocalDate.of(2022, 3, 31),
                                        null),
                                actor),
                        new GenericDomainEventMessage<>(
                                "Commitment",
                                COMMITMENT,
                                1,
                                new FollowUpJudged(
                                        COMMITMENT,
                                        FollowUpGrade.REASONABLE_PROGRESS,
                                        "Sampling has begun.",
                                        LocalDate.of(2021, 10, 1)),
                                MetaData.with("actor", "inspector"))),
                revision1));
        List<String> storedBefore = storedRows();
        assertThat(storedBefore)
                .as("stored as revision 1, without the new fields")
                .allSatisfy(row -> assertThat(row)
                        .startsWith("1 ")
                        .doesNotContain("findingKind", "forCps", "followUpInspectionId"));

        Api api = new Api(port);
        Api.As manager = api.as("manager.north-west");
        ProjectionsCaughtUp.await(api);
        assertReadInTheNewShape(manager);

        for (String projection : List.of("inspections", "commitment-progress", "follow-up-judgements")) {
            Api.Response rebuild =
                    api.as("lead.national").post("/api/admin/projections/" + projection + "/rebuild", map());
            assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        }
        ProjectionsCaughtUp.await(api);
        assertReadInTheNewShape(manager);

        // a follow-up of the old inspection judges the old commitment, which answers issue 1
        Api.Response followUp = api.as("inspector")
                .post(
                        "/api/inspections",
                        map(
                                "area", "NORTH_WEST",
                                "kind", "FOLLOW_UP",
                                "title", "Baseline follow-up",
                                "publishedOn", "2022-09-01",
                                "followsUp", INSPECTION,
                                "grades", List.of(map("number", 1, "grade", "GOOD_PROGRESS"))));
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(201);
        ProjectionsCaughtUp.await(api);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(manager.get("/api/commitments/" + COMMITMENT)
                                .json()
                                .path("followUpJudgements"))
                        .hasSize(2));

        assertThat(storedRows()).as("nothing stored is rewritten").startsWith(storedBefore.toArray(String[]::new));
        JsonNode verified = api.as("auditor")
                .get("/api/audit/verify?commitment=" + COMMITMENT)
                .json();
        assertThat(verified.path("verified").asBoolean())
                .as(verified.toString())
                .isTrue();
        assertThat(verified.path("eventsChecked").asLong()).isEqualTo(3);
        JsonNode store = api.as("auditor").get("/api/audit/verify").json();
        assertThat(store.path("verified").asBoolean()).as(store.toString()).isTrue();
    }

    private void assertReadInTheNewShape(Api.As manager) {
        JsonNode inspection = manager.get("/api/inspections/" + INSPECTION).json();
        JsonNode issue1 = inspection.path("issues").get(0);
        assertThat(issue1.path("kind").asString()).isEqualTo("ISSUE_TO_ADDRESS");
        assertThat(issue1.path("forCps").asBoolean()).isTrue();
        assertThat(issue1.path("commitments").get(0).path("commitmentId").asString())
                .isEqualTo(COMMITMENT);
        JsonNode judgement = manager.get("/api/commitments/" + COMMITMENT)
                .json()
                .path("followUpJudgements")
                .get(0);
        assertThat(judgement.path("grade").asString()).isEqualTo("REASONABLE_PROGRESS");
        assertThat(judgement.path("followUpInspectionId").isNull()).isTrue();
        JsonNode finding = manager.get("/api/reports/inspections/" + INSPECTION + "/findings")
                .json()
                .path("findings")
                .get(0);
        assertThat(finding.path("commitments").get(0).path("id").asString()).isEqualTo(COMMITMENT);
    }

    /** Each stored row of the two old aggregates: its revision and payload, in order. */
    private List<String> storedRows() {
        return jdbc.query(
                "select payload_revision, payload from domain_event_entry where aggregate_identifier in (?, ?)"
                        + " order by global_index",
                (rs, row) -> rs.getString(1) + " " + new String(rs.getBytes(2), StandardCharsets.UTF_8),
                INSPECTION,
                COMMITMENT);
    }
}
