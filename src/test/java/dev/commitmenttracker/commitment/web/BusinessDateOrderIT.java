package dev.commitmenttracker.commitment.web;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Business dates in order, end to end: the refusal names the field and the act it would precede, and stores nothing. */
@PostgresIntegrationTest
class BusinessDateOrderIT {

    static final String MANAGER = "manager.london-north";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api.As manager;

    @BeforeEach
    void setUp() {
        manager = new Api(port).as(MANAGER);
    }

    @Test
    void workStartedBeforeTheAssignmentIsRefusedNamingTheAssignment() {
        String id = create(commitment("LONDON_NORTH"));
        manager.post(act(id, "assignment"), map("ownerRole", "LEGAL_MANAGER", "on", "2022-05-12"));

        Api.Response early = manager.post(act(id, "start"), map("on", "2022-05-11"));

        assertProblem(early, 409, "commitment.date-out-of-order", "on");
        assertThat(early.text("detail"))
                .isEqualTo("Work cannot be started on 2022-05-11, before the commitment was assigned on 2022-05-12.");
        assertThat(events(id)).isEqualTo(2);
    }

    @Test
    void aClosureBeforeTheEvidenceItRestsOnIsRefused() {
        String id = create(commitment("LONDON_NORTH"));
        manager.post(act(id, "assignment"), map("ownerRole", "LEGAL_MANAGER", "on", "2022-05-12"));
        manager.post(act(id, "start"), map("on", "2022-06-01"));
        manager.post(
                act(id, "evidence"),
                map(
                        "method",
                        "DIP_SAMPLE",
                        "effectiveOn",
                        "2022-09-30",
                        "sampleSize",
                        20,
                        "compliantCount",
                        18,
                        "summary",
                        "September sample."));

        Api.Response early =
                manager.postAtCurrentVersion(act(id, "closure"), map("rationale", "Delivered.", "on", "2022-09-01"));

        assertProblem(early, 409, "commitment.date-out-of-order", "on");
        assertThat(early.text("detail"))
                .isEqualTo(
                        "The commitment cannot be closed on 2022-09-01, before evidence was effective on 2022-09-30.");
        assertThat(events(id)).isEqualTo(4);
    }

    @Test
    void aCommitmentMadeBeforeItsInspectionWasPublishedIsRefused() {
        String inspection = manager.post(
                        "/api/inspections", with(inspection("LONDON_NORTH"), "publishedOn", "2022-05-01"))
                .text("id");

        Api.Response early = manager.post(
                "/api/commitments",
                with(
                        commitment("LONDON_NORTH"),
                        "inspectionId",
                        inspection,
                        "issueNumber",
                        1,
                        "committedOn",
                        "2022-04-30"));

        assertProblem(early, 409, "commitment.date-out-of-order", "committedOn");
        assertThat(early.text("detail"))
                .isEqualTo(
                        "The commitment cannot be made on 2022-04-30, before the inspection it answers was published on "
                                + "2022-05-01.");
        assertThat(manager.post(
                                "/api/commitments",
                                with(
                                        commitment("LONDON_NORTH"),
                                        "inspectionId",
                                        inspection,
                                        "issueNumber",
                                        1,
                                        "committedOn",
                                        "2022-05-01"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aDueDateInThePastNeedsToSayItRecordsAnEarlierDecision() {
        String id = create(commitment("LONDON_NORTH"));

        Api.Response past =
                manager.postAtCurrentVersion(act(id, "due-date"), map("dueDate", "2024-03-31", "reason", "Vacancies."));
        assertProblem(past, 409, "commitment.due-date-in-past", "dueDate");
        assertThat(events(id)).isEqualTo(1);

        Api.Response recorded = manager.postAtCurrentVersion(
                act(id, "due-date"),
                map(
                        "dueDate",
                        "2024-03-31",
                        "reason",
                        "Agreed at the 2023 board.",
                        "on",
                        "2023-02-01",
                        "recordOfEarlierDecision",
                        true));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().path("dueDate").asString()).isEqualTo("2024-03-31");
        assertThat(recorded.json()
                        .path("dueDateRevisions")
                        .get(0)
                        .path("revisedOn")
                        .asString())
                .isEqualTo("2023-02-01");
    }

    @Test
    void theViewShowsTheLatestClosureAndReopeningAfterAReopening() {
        String id = create(commitment("LONDON_NORTH"));
        manager.post(act(id, "assignment"), map("ownerRole", "LEGAL_MANAGER", "on", "2022-05-12"));
        manager.post(act(id, "start"), map("on", "2022-06-01"));
        manager.post(
                act(id, "evidence"),
                map(
                        "method",
                        "IQA",
                        "effectiveOn",
                        "2022-07-01",
                        "sampleSize",
                        10,
                        "compliantCount",
                        9,
                        "summary",
                        "IQA round."));
        manager.postAtCurrentVersion(act(id, "closure"), map("rationale", "Sampling is embedded.", "on", "2022-08-01"));

        Api.Response reopened =
                manager.post(act(id, "reopening"), map("reason", "Compliance fell in the spring.", "on", "2023-04-01"));

        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().path("latestClosure").path("rationale").asString())
                .isEqualTo("Sampling is embedded.");
        assertThat(reopened.json().path("latestClosure").path("closedOn").asString())
                .isEqualTo("2022-08-01");
        assertThat(reopened.json().path("latestReopening").path("reason").asString())
                .isEqualTo("Compliance fell in the spring.");
        assertThat(reopened.json().path("latestReopening").path("reopenedOn").asString())
                .isEqualTo("2023-04-01");
    }

    private String create(Object body) {
        Api.Response created = manager.post("/api/commitments", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private int events(String id) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class, id);
    }

    private static String act(String id, String act) {
        return "/api/commitments/" + id + "/" + act;
    }

    static void assertProblem(Api.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
        assertThat(response.text("field")).as(response.toString()).isEqualTo(field);
    }
}
