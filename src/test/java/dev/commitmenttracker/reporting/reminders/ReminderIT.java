package dev.commitmenttracker.reporting.reminders;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Contacts, the attention report and the daily run end to end on PostgreSQL, with a real SMTP server (GreenMail) in
 * the test. Today is 2026-11-22 (the test clock), a Sunday; due soon runs to 2026-12-06.
 *
 * <pre>
 * X1 LONDON_NORTH LEGAL_MANAGER due 2026-11-01  overdue 21 days
 * X2 LONDON_NORTH LEGAL_MANAGER due 2026-12-01  due soon
 * X3 LONDON_NORTH LEGAL_MANAGER due 2027-03-01  neither
 * X4 LONDON_NORTH ABM           due 2026-09-01  overdue 82 days: escalated to the CCP
 * X5 NORTH_WEST   LEGAL_MANAGER due 2026-11-10  overdue, nobody named for it: unreachable
 * </pre>
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=reminder-it")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderIT {

    static final String LN = "manager.london-north";
    static final String NW = "manager.north-west";
    static final String LEAD = "lead.national";
    static final GreenMail SMTP = startSmtp();

    static final String X1 = "00000000-0000-4000-8000-0000000000c1";
    static final String X2 = "00000000-0000-4000-8000-0000000000c2";
    static final String X3 = "00000000-0000-4000-8000-0000000000c3";
    static final String X4 = "00000000-0000-4000-8000-0000000000c4";
    static final String X5 = "00000000-0000-4000-8000-0000000000c5";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

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
    void stopSmtp() {
        SMTP.stop();
    }

    @BeforeAll
    void scenario() {
        api = new Api(port);
        create(X1, "LONDON_NORTH", "2026-11-01", "LEGAL_MANAGER", "Legal managers will dip sample disclosure records.");
        create(X2, "LONDON_NORTH", "2026-12-01", "LEGAL_MANAGER", "Legal managers will brief the new starters.");
        create(X3, "LONDON_NORTH", "2027-03-01", "LEGAL_MANAGER", "Legal managers will review the panel notes.");
        create(X4, "LONDON_NORTH", "2026-09-01", "ABM", "The business manager will publish the rota.");
        create(X5, "NORTH_WEST", "2026-11-10", "LEGAL_MANAGER", "North West legal managers will sample files.");
        ProjectionsCaughtUp.await(api);
    }

    private void create(String id, String area, String dueDate, String ownerRole, String text) {
        Api.Response created = api.as(LEAD)
                .post(
                        "/api/commitments",
                        with(
                                commitment(area),
                                "id",
                                id,
                                "committedOn",
                                "2026-01-10",
                                "dueDate",
                                dueDate,
                                "text",
                                text));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response assigned = api.as(LEAD)
                .postAtCurrentVersion(
                        "/api/commitments/" + id + "/assignment", map("ownerRole", ownerRole, "on", "2026-01-11"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    }

    private Api.Response put(String user, String unit, String role, Object body) {
        return api.as(user).send(HttpMethod.PUT, "/api/units/" + unit + "/contacts/" + role, body, java.util.Map.of());
    }

    @Test
    @Order(1)
    void givenBadInput_whenPutContact_thenProblemAndNothingRecorded() {
        for (String email : List.of("not-an-address", "a@b", "two@@example.gov.uk", "a..b@example.gov.uk", "")) {
            Api.Response refused = put(LN, "LONDON_NORTH", "LEGAL_MANAGER", map("name", "Priya Shah", "email", email));
            assertThat(refused.status()).as(email + " " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("field")).isEqualTo("email");
        }
        Api.Response unknownRole =
                put(LN, "LONDON_NORTH", "TEA_MAKER", map("name", "Priya Shah", "email", "p@example.gov.uk"));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.text("field")).isEqualTo("ownerRole");
        Api.Response unknownUnit = put(LEAD, "ATLANTIS", "ABM", map("name", "Priya Shah", "email", "p@example.gov.uk"));
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.text("field")).isEqualTo("unit");
        Api.Response noName = put(LN, "LONDON_NORTH", "LEGAL_MANAGER", map("name", " ", "email", "p@example.gov.uk"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.text("field")).isEqualTo("name");

        assertThat(api.as(LN).get("/api/units/LONDON_NORTH/contacts").json()).isEmpty();
        assertThat(api.as(LN).get("/api/units/LONDON_NORTH/contacts/history").json())
                .isEmpty();
    }

    @Test
    @Order(2)
    void givenManagers_whenTheyKeepContacts_thenOnlyTheirUnitsWithWhoAndWhen() {
        assertThat(put(NW, "LONDON_NORTH", "LEGAL_MANAGER", map("name", "X", "email", "x@example.gov.uk"))
                        .status())
                .isEqualTo(403);
        Api.Response kept = put(
                LN, "LONDON_NORTH", "LEGAL_MANAGER", map("name", "Priya Shah", "email", "priya.shah@example.gov.uk"));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.text("changedBy")).isEqualTo(LN);
        assertThat(put(LN, "LONDON_NORTH", "ABM", map("name", "Tom Reed", "email", "tom.reed@example.gov.uk"))
                        .status())
                .isEqualTo(200);
        assertThat(put(LN, "LONDON_NORTH", "CCP", map("name", "Ann Ode", "email", "ann.ode@example.gov.uk"))
                        .status())
                .isEqualTo(200);
        assertThat(put(
                                LEAD,
                                "NATIONAL",
                                "NATIONAL_THEME_LEAD",
                                map("name", "Nia Lee", "email", "nia.lee@example.gov.uk"))
                        .status())
                .isEqualTo(200);
        assertThat(api.as(LN).get("/api/units/NATIONAL/contacts").status()).isEqualTo(403);
        assertThat(api.as("auditor").get("/api/units/LONDON_NORTH/contacts").status())
                .isEqualTo(403);

        JsonNode contacts = api.as(LN).get("/api/units/LONDON_NORTH/contacts").json();
        assertThat(contacts).hasSize(3);
        JsonNode history =
                api.as(LN).get("/api/units/LONDON_NORTH/contacts/history").json();
        assertThat(history).hasSize(3);
        assertThat(history.get(0).path("change").asString()).isEqualTo("SET");
        assertThat(history.get(0).path("changedBy").asString()).isEqualTo(LN);
    }

    @Test
    @Order(3)
    void attentionReportListsOverdueDueSoonWithOwnerContactForThoseWhoMayReadIt() {
        JsonNode report =
                api.as(LN).get("/api/reports/attention?area=LONDON_NORTH").json();
        assertThat(report.path("today").asString()).isEqualTo("2026-11-22");
        List<String> kinds = new ArrayList<>();
        report.path("items")
                .forEach(item -> kinds.add(item.path("kind").asString() + " "
                        + item.path("commitmentId").asString() + " "
                        + item.path("ownerEmail").asString()));
        assertThat(kinds)
                .containsExactly(
                        "OVERDUE " + X4 + " tom.reed@example.gov.uk",
                        "OVERDUE " + X1 + " priya.shah@example.gov.uk",
                        "DUE_SOON " + X2 + " priya.shah@example.gov.uk");
        JsonNode asAnalyst = api.as("analyst")
                .get("/api/reports/attention?area=LONDON_NORTH")
                .json();
        assertThat(asAnalyst.path("items").get(0).path("ownerEmail").isNull()).isTrue();
        assertThat(asAnalyst.path("items").get(0).path("daysOverdue").asLong()).isEqualTo(82);
        Api.Response csv = api.as(LN).get("/api/reports/attention?area=LONDON_NORTH", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("kind,commitmentId,area,text,ownerRole");
        assertThat(csv.body().lines().count()).isEqualTo(4);
    }

    @Test
    @Order(4)
    void dailyRunSendsEachDigestOnceWithTheRightCommitmentsAndEscalatesToTheCcp() throws Exception {
        Api.Response run = api.as(LEAD).post("/api/notifications/daily-run", null);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode answer = run.json();
        assertThat(answer.path("delivery").asString()).isEqualTo("smtp");
        assertThat(answer.path("queued").asInt()).isEqualTo(3);
        assertThat(answer.path("sent").asInt()).isEqualTo(3);
        assertThat(answer.path("unreachable").toString()).contains("NORTH_WEST").contains("LEGAL_MANAGER");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage digest = to("priya.shah@example.gov.uk", received);
        String body = GreenMailUtil.getBody(digest);
        assertThat(body).contains(X1).contains(X2).doesNotContain(X3).doesNotContain(X4);
        assertThat(GreenMailUtil.getBody(to("tom.reed@example.gov.uk", received)))
                .contains(X4);
        MimeMessage escalation = to("ann.ode@example.gov.uk", received);
        assertThat(escalation.getSubject()).contains("Escalation").contains(X4);

        Api.Response again = api.as(LEAD).post("/api/notifications/daily-run", null);
        assertThat(again.json().path("queued").asInt()).isZero();
        assertThat(again.json().path("sent").asInt()).isZero();
        assertThat(SMTP.getReceivedMessages())
                .as("a second run sends nothing twice")
                .hasSize(3);

        JsonNode notifications = api.as(LN).get("/api/notifications").json();
        assertThat(notifications.path("notifications")).hasSize(3);
        notifications
                .path("notifications")
                .forEach(n -> assertThat(n.path("status").asString()).isEqualTo("SENT"));
        assertThat(api.as(NW).get("/api/notifications").json().path("notifications"))
                .isEmpty();
    }

    @Test
    @Order(5)
    void twoRunsAtOnceSendEachMessageOnce() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 23)); // a Monday: the weekly summary too
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Api.Response>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                together.await();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            return api.as(LEAD).post("/api/notifications/daily-run", null);
                        },
                        task -> new Thread(task).start()));
            }
            int queued = 0;
            for (CompletableFuture<Api.Response> run : runs) {
                Api.Response response = run.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                queued += response.json().path("queued").asInt();
            }
            // two digests (the legal manager's, the business manager's) and the weekly summaries of London North and
            // North West (its overdue X5 is reported nationally though nobody is named to own it); the escalation of
            // X4 went on the 22nd and is not repeated
            assertThat(queued).isEqualTo(4);
            MimeMessage[] received = SMTP.getReceivedMessages();
            assertThat(received).hasSize(7);
            assertThat(Arrays.stream(received)
                            .filter(m -> recipient(m).equals("nia.lee@example.gov.uk"))
                            .count())
                    .isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from notification", Long.class))
                    .isEqualTo(7);
        } finally {
            clock.setToday(MutableClock.DEFAULT_TODAY);
        }
    }

    @Test
    @Order(6)
    void erasingAContactBlanksItsHistory() {
        Api.Response erased = api.as(LN)
                .send(HttpMethod.DELETE, "/api/units/LONDON_NORTH/contacts/ABM?erase=true", null, java.util.Map.of());
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        JsonNode history =
                api.as(LN).get("/api/units/LONDON_NORTH/contacts/history").json();
        history.forEach(change -> {
            if (change.path("ownerRole").asString().equals("ABM")) {
                assertThat(change.path("email").isNull()).as(change.toString()).isTrue();
            }
        });
        assertThat(api.as(LN).get("/api/units/LONDON_NORTH/contacts").json()).hasSize(2);
    }

    private static MimeMessage to(String address, MimeMessage[] messages) {
        return Arrays.stream(messages)
                .filter(m -> recipient(m).equals(address))
                .reduce((a, b) -> {
                    throw new AssertionError("two messages to " + address);
                })
                .orElseThrow(() -> new AssertionError("no message to " + address));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
