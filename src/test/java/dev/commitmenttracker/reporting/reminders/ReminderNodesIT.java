package dev.commitmenttracker.reporting.reminders;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.commitmenttracker.Application;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import dev.commitmenttracker.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminders on several nodes of one PostgreSQL database, each a whole application started in this JVM (as
 * demo/StartUpIT does), on the real clock, with a real SMTP server (GreenMail): the schedule runs the daily job once
 * whichever nodes are up, and a node stopped between writing messages and sending them loses nothing and repeats
 * nothing.
 */
class ReminderNodesIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    GreenMail smtp;
    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopAll() {
        nodes.forEach(ConfigurableApplicationContext::close);
        smtp.stop();
    }

    @Test
    void twoNodesWithTheScheduleRunTheDailyJobOnceAndSendEachDigestOnce() throws Exception {
        TestDatabase.Fresh database = TestDatabase.createFresh();
        // the schedule's time is far off: once the scenario is in place, the test moves the execution to now, as if the
        // time had come (the nodes' start-up takes minutes on a busy machine)
        LocalTime at = LocalTime.now(LONDON).plusHours(12).truncatedTo(ChronoUnit.SECONDS);
        // one after the other: two Spring Boot starts at once in one JVM race in Logback's set-up ("Unable to find
        // Spring Environment in logger context"); what is tested is that both schedulers, once running, run it once
        for (int node = 0; node < 2; node++) {
            nodes.add(start(database, smtp.getSmtp().getPort(), true, at).get(300, TimeUnit.SECONDS));
        }
        Api api = new Api(port(nodes.get(0)));
        scenario(api);
        JdbcTemplate setUp = nodes.get(0).getBean(JdbcTemplate.class);
        assertThat(setUp.queryForObject("select count(*) from reminder_run", Long.class))
                .as("the job has not run before its time")
                .isZero();
        assertThat(setUp.update(
                        "update scheduled_tasks set execution_time = now() where task_name = 'reminders-daily-run'"))
                .isEqualTo(1);

        JdbcTemplate jdbc = nodes.get(1).getBean(JdbcTemplate.class);
        Awaitility.await()
                .atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.queryForObject("select count(*) from notification where status = 'SENT'", Long.class)
                        == 2);
        // both nodes poll every second: give the other one time to (wrongly) run the job as well
        Thread.sleep(5_000);
        assertThat(jdbc.queryForObject("select count(*) from reminder_run where trigger_kind = 'schedule'", Long.class))
                .as("the schedule ran the daily job once")
                .isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).as("each message sent once").hasSize(2);
    }

    @Test
    void aNodeStoppedBetweenWritingAndSendingLosesNothingAndRepeatsNothing() throws Exception {
        TestDatabase.Fresh database = TestDatabase.createFresh();
        ConfigurableApplicationContext first =
                start(database, freePort(), false, LocalTime.NOON).get(300, TimeUnit.SECONDS);
        nodes.add(first);
        Api api = new Api(port(first));
        scenario(api);
        Api.Response run = api.as("lead.national").post("/api/notifications/daily-run", null);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().path("queued").asInt()).isEqualTo(2);
        assertThat(run.json().path("sent").asInt())
                .as("the mail server is down")
                .isZero();
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        // and one more message a node had claimed and may have handed over before it stopped (its lease ran out)
        jdbc.update("""
                insert into notification (dedupe_key, kind, unit, owner_role, recipient_name, recipient_email, period,
                    commitment_ids, subject, body, status, queued_at, claimed_at, attempts)
                values ('digest/WESSEX/ABM/2026-01-01', 'DIGEST', 'WESSEX', 'ABM', 'Kim Wu', 'kim.wu@example.gov.uk',
                    '2026-01-01', '', 'Left claimed', 'A message whose node stopped.', 'SENDING',
                    now() - interval '2 hours', now() - interval '1 hour', 1)""");
        first.close();
        nodes.remove(first);

        ConfigurableApplicationContext second =
                start(database, smtp.getSmtp().getPort(), false, LocalTime.NOON).get(300, TimeUnit.SECONDS);
        nodes.add(second);
        assertThat(second.getBean(Sender.class).sendPending()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        Api again = new Api(port(second));
        Api.Response rerun = again.as("lead.national").post("/api/notifications/daily-run", null);
        assertThat(rerun.json().path("queued").asInt()).isZero();
        assertThat(rerun.json().path("sent").asInt()).isZero();
        assertThat(second.getBean(Sender.class).sendPending()).isZero();
        assertThat(smtp.getReceivedMessages()).as("nothing sent twice").hasSize(3);
    }

    /** Today (the real clock): one overdue and one due-soon commitment of London North's legal manager, and the CCP. */
    private static void scenario(Api api) {
        LocalDate today = LocalDate.now(LONDON);
        String[][] commitments = {
            {"00000000-0000-4000-8000-0000000000d1", today.minusDays(40).toString()},
            {"00000000-0000-4000-8000-0000000000d2", today.plusDays(5).toString()}
        };
        for (String[] c : commitments) {
            Api.Response created = api.as("lead.national")
                    .post(
                            "/api/commitments",
                            with(
                                    commitment("LONDON_NORTH"),
                                    "id",
                                    c[0],
                                    "committedOn",
                                    today.minusDays(100).toString(),
                                    "dueDate",
                                    c[1]));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            Api.Response assigned = api.as("lead.national")
                    .postAtCurrentVersion(
                            "/api/commitments/" + c[0] + "/assignment",
                            map(
                                    "ownerRole",
                                    "LEGAL_MANAGER",
                                    "on",
                                    today.minusDays(99).toString()));
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        }
        for (String[] contact : new String[][] {
            {"LEGAL_MANAGER", "Priya Shah", "priya.shah@example.gov.uk"}, {"CCP", "Ann Ode", "ann.ode@example.gov.uk"}
        }) {
            Api.Response put = api.as("lead.national")
                    .send(
                            HttpMethod.PUT,
                            "/api/units/LONDON_NORTH/contacts/" + contact[0],
                            map("name", contact[1], "email", contact[2]),
                            Map.of());
            assertThat(put.status()).as(put.toString()).isEqualTo(200);
        }
        ProjectionsCaughtUp.await(api);
    }

    private static CompletableFuture<ConfigurableApplicationContext> start(
            TestDatabase.Fresh database, int smtpPort, boolean schedule, LocalTime dailyAt) {
        return CompletableFuture.supplyAsync(
                () -> new SpringApplicationBuilder(Application.class)
                        .run(
                                "--server.port=0",
                                "--tracker.demo-data.enabled=false",
                                "--tracker.security.demo-users=true",
                                "--spring.datasource.url=" + database.url(),
                                "--spring.datasource.username=" + database.user(),
                                "--spring.datasource.password=" + database.password(),
                                "--spring.datasource.hikari.maximum-pool-size=6",
                                "--spring.mail.host=127.0.0.1",
                                "--spring.mail.port=" + smtpPort,
                                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                                "--tracker.reminders.scheduler.enabled=" + schedule,
                                "--tracker.reminders.scheduler.polling-interval=1s",
                                "--tracker.reminders.daily-at=" + dailyAt),
                task -> new Thread(task).start());
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
