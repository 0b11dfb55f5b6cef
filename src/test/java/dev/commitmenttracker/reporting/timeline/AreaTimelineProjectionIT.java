package dev.commitmenttracker.reporting.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.reporting.processing.ProjectionAdmin;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import dev.commitmenttracker.support.RandomHistories;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The "area-timeline" projection gives the Area page's series exactly as reading and folding every stream of the Area
 * gave it ({@link ReplayedTimeline}): on the demonstration data and on random histories (joint Areas, acts dated before
 * the act before), up to random days, after a rebuild, and after every event is delivered again.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"tracker.test.context=random-histories", "tracker.demo-data.enabled=true"})
class AreaTimelineProjectionIT {

    @LocalServerPort
    int port;

    @Autowired
    ProgressOverTime progressOverTime;

    @Autowired
    AreaTimelineProjection projection;

    @Autowired
    ProgressReports progress;

    @Autowired
    ProjectionAdmin admin;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProjectedSeriesIsTheReplayedSeriesOnTheDemoDataAndOnRandomHistories() {
        Api api = new Api(port);
        ProjectionsCaughtUp.await(api);
        List<LocalDate> demoDays =
                List.of(progress.today(), progress.today().withDayOfMonth(1), LocalDate.of(2024, 3, 15));
        assertThat(compareEveryArea(demoDays))
                .as("months compared on the demo data")
                .isGreaterThan(0);

        RandomHistories histories = new RandomHistories(12);
        histories.append(150, storage, transactions);
        ProjectionsCaughtUp.await(api);
        List<LocalDate> days = new ArrayList<>(histories.someBusinessDates(8));
        days.add(progress.today());
        days.add(histories.lastBusinessDate().withDayOfMonth(1).minusDays(1));
        assertThat(compareEveryArea(days)).as("months compared").isGreaterThan(500);

        admin.rebuild(ReportingGroups.AREA_TIMELINE);
        ProjectionsCaughtUp.await(api);
        compareEveryArea(days);
    }

    @Test
    void deliveringEveryEventAgainChangesNothing() {
        Api api = new Api(port);
        RandomHistories histories = new RandomHistories(13);
        histories.append(20, storage, transactions);
        ProjectionsCaughtUp.await(api);
        List<String> before = rows();

        for (String id : jdbc.queryForList("select id from timeline_commitment order by id", String.class)) {
            for (DomainEventMessage<?> event :
                    eventStore.readEvents(id, 0).asStream().toList()) {
                transactions.executeWithoutResult(tx -> {
                    if (event.getPayload() instanceof CommitmentRecorded recorded) {
                        projection.on(recorded, event.getSequenceNumber());
                    } else {
                        projection.on((CommitmentEvent) event.getPayload(), event.getSequenceNumber());
                    }
                });
            }
        }

        assertThat(rows()).isEqualTo(before);
    }

    /** The page reads the projection; with more than one page of commitments its pagination renders too (it did not). */
    @Test
    void theAreaPageRendersInFullWithSeveralPagesOfCommitments() throws Exception {
        new RandomHistories(14).append(90, storage, transactions);
        ProjectionsCaughtUp.await(new Api(port));
        assertThat(progress.commitmentIdsIn(AreaCode.LONDON_NORTH)).hasSizeGreaterThan(20);

        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String login = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the sign-in form carries _csrf").isTrue();
        String form = "username=lead.national&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/areas/LONDON_NORTH")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"progress-table\"")
                .contains("govuk-pagination__item govuk-pagination__item--current")
                .contains("rel=\"next\"")
                .contains("</html>");
    }

    private int compareEveryArea(List<LocalDate> days) {
        int months = 0;
        for (AreaCode area : AreaCode.values()) {
            List<String> ids = progress.commitmentIdsIn(area);
            for (LocalDate until : days) {
                List<ProgressOverTime.Month> replayed = ReplayedTimeline.monthly(eventStore, ids, until);
                assertThat(progressOverTime.monthly(area, until))
                        .as("%s up to %s", area, until)
                        .isEqualTo(replayed);
                months += replayed.size();
            }
        }
        return months;
    }

    private List<String> rows() {
        List<String> rows = new ArrayList<>(
                jdbc.queryForList("select id || '=' || delta from timeline_change order by id", String.class));
        rows.addAll(jdbc.queryForList("select area || '=' || first_on from timeline_area order by area", String.class));
        rows.addAll(jdbc.queryForList(
                "select id || '=' || moves || ',' || last_sequence from timeline_commitment order by id",
                String.class));
        return rows;
    }
}
