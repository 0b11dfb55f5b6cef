package dev.commitmenttracker.reporting.reminders;

import static dev.commitmenttracker.support.Requests.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.MutableClock;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 end to end: a response promising a monthly dip sample is imported and committed; its commitment shows the
 * plan; a month passes with no dip sample recorded; the missed month shows in the Area report, the commitment's missed
 * checks, the attention report (with the owner's contact) and the owner's daily digest, which the mail catcher
 * (GreenMail) receives once.
 *
 * <p>Published 2026-11-02 (the test clock's today is 2026-11-22), so the plan's first period runs 2026-11-02 to
 * 2026-11-30; with 10 days' grace it is missed from 2026-12-11. The clock is then set to Tuesday 2026-12-15 (not a
 * Monday, so no weekly summary goes out).
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=monthly-dip-sample-e2e-it")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyDipSampleEndToEndIT {

    static final String LEAD = "lead.national";
    static final String LN = "manager.london-north";
    static final String OWNER_EMAIL = "dara.okafor@example.gov.uk";
    static final GreenMail SMTP = startSmtp();

    /** A short Area response, written for this test: one issue, answered with a monthly dip sample. */
    static final String RESPONSE = """
            **CPS Response to the HMCPSI Area Inspection Programme report on CPS London North**
            *02/11/2026*

            HMCPSI has today published its report on CPS London North. The Area thanks the inspectors for their work.

            ## Inspectorate's Issues to Address and CPS Area response

            1. The Area should make sure that disclosure decisions are recorded fully on every file.

            **CPS Response:** Legal managers will dip sample ten disclosure files every month and give each \
            prosecutor written feedback on what they find.
            """;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    void stop() {
        clock.setToday(MutableClock.DEFAULT_TODAY);
        SMTP.stop();
    }

    @Test
    void givenAnImportedMonthlyDipSample_whenAMonthPassesWithoutOne_thenItIsAMissedCheckReportedAndMailedOnce()
            throws Exception {
        Api api = new Api(port);

        // given: the response imported, reviewed as it is and committed
        Api.Response imported = api.as(LEAD).postText("/api/imports", RESPONSE, "text/markdown");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode promise = imported.json()
                .path("draft")
                .path("issues")
                .get(0)
                .path("commitments")
                .get(0);
        assertThat(promise.path("cadence").asString()).as(promise.toString()).isEqualTo("MONTHLY");
        assertThat(promise.path("assurance").toString()).isEqualTo("[\"DIP_SAMPLE\"]");

        Api.Response committed = api.as(LEAD).post("/api/imports/" + imported.text("id") + "/commit", null);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        committed.json().path("commitmentIds").forEach(id -> ids.add(id.asString()));
        assertThat(ids).hasSize(1);
        String id = ids.get(0);

        // then: the commitment shows its planned check and cadence, and is the legal manager's
        JsonNode commitment = api.as(LN).get("/api/commitments/" + id).json();
        assertThat(commitment.path("area").asString()).isEqualTo("LONDON_NORTH");
        assertThat(commitment.path("ownerRole").asString()).isEqualTo("LEGAL_MANAGER");
        JsonNode plan = commitment.path("assurancePlan");
        assertThat(plan.path("method").asString()).as(commitment.toString()).isEqualTo("DIP_SAMPLE");
        assertThat(plan.path("cadence").asString()).isEqualTo("MONTHLY");
        assertThat(plan.path("startsOn").asString()).isEqualTo("2026-11-02");

        // given: the Area keeps a contact for its legal managers
        Api.Response contact = api.as(LN)
                .send(
                        HttpMethod.PUT,
                        "/api/units/LONDON_NORTH/contacts/LEGAL_MANAGER",
                        map("name", "Dara Okafor", "email", OWNER_EMAIL),
                        Map.of());
        assertThat(contact.status()).as(contact.toString()).isEqualTo(200);

        // when: November passes, and its grace, with no dip sample recorded
        clock.setToday(LocalDate.of(2026, 12, 15));
        ProjectionsCaughtUp.await(api);

        // then: the month is a missed check wherever the Area looks
        JsonNode report = api.as(LN).get("/api/reports/areas/LONDON_NORTH").json();
        assertThat(report.path("missedChecks").asLong()).as(report.toString()).isGreaterThanOrEqualTo(1);

        JsonNode missed =
                api.as(LN).get("/api/commitments/" + id + "/missed-checks").json();
        assertThat(missed).as(missed.toString()).hasSize(1);
        assertThat(missed.get(0).path("periodStart").asString()).isEqualTo("2026-11-02");
        assertThat(missed.get(0).path("periodEnd").asString()).isEqualTo("2026-11-30");
        assertThat(missed.get(0).path("method").asString()).isEqualTo("DIP_SAMPLE");

        JsonNode attention =
                api.as(LN).get("/api/reports/attention?area=LONDON_NORTH").json();
        List<JsonNode> items = new ArrayList<>();
        attention.path("items").forEach(items::add);
        assertThat(items).as(attention.toString()).anySatisfy(item -> {
            assertThat(item.path("kind").asString()).isEqualTo(AttentionItem.MISSED_CHECK);
            assertThat(item.path("commitmentId").asString()).isEqualTo(id);
            assertThat(item.path("periodStart").asString()).isEqualTo("2026-11-02");
            assertThat(item.path("periodEnd").asString()).isEqualTo("2026-11-30");
            assertThat(item.path("ownerRole").asString()).isEqualTo("LEGAL_MANAGER");
            assertThat(item.path("ownerEmail").asString()).isEqualTo(OWNER_EMAIL);
        });

        // when: the daily run goes
        Api.Response run = api.as(LEAD).post("/api/notifications/daily-run", null);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().path("delivery").asString()).isEqualTo("smtp");

        // then: the owner's digest arrives once, naming the commitment and the missed month
        List<MimeMessage> toOwner = to(OWNER_EMAIL);
        assertThat(toOwner).hasSize(1);
        String body = GreenMailUtil.getBody(toOwner.get(0));
        assertThat(body).contains(id).contains("Missed assurance checks").contains("2026-11-02 to 2026-11-30");
        int received = SMTP.getReceivedMessages().length;

        // when: it runs again the same day; then nothing more is sent
        Api.Response again = api.as(LEAD).post("/api/notifications/daily-run", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("queued").asInt()).isZero();
        assertThat(again.json().path("sent").asInt()).isZero();
        assertThat(SMTP.getReceivedMessages()).as("a second run sends nothing").hasSize(received);
        assertThat(to(OWNER_EMAIL)).hasSize(1);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(recipient -> recipient.toString().equals(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
