package dev.commitmenttracker.faults;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import dev.commitmenttracker.support.ProjectionsRecomputed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 32 writers on one commitment at the same moment, over HTTP on PostgreSQL. With If-Match (all read the same version)
 * exactly one wins and every other is refused 412 or 409; without, each is recorded or refused 409, and every recorded
 * one is in the stream. Either way the stream has no gap and the evidence register equals the fold of the stream.
 */
@PostgresIntegrationTest
class ConcurrentWritersIT {

    static final int WRITERS = 32;
    static final String MANAGER = "manager.london-north";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @Test
    void writersAtTheSameVersionHaveExactlyOneWinnerAndEveryLoserIsRefused() throws Exception {
        api = new Api(port);
        String id = startedCommitment();
        String etag = api.as(MANAGER).get("/api/commitments/" + id).headers().getETag();

        List<Api.Response> answers = all(writer -> api.as(MANAGER)
                .send(
                        HttpMethod.POST,
                        "/api/commitments/" + id + "/evidence",
                        evidence("IFM-" + writer),
                        Map.of(HttpHeaders.IF_MATCH, etag)));

        assertThat(answers).extracting(Api.Response::status).allMatch(s -> s == 200 || s == 409 || s == 412);
        List<Api.Response> won = answers.stream().filter(a -> a.status() == 200).toList();
        assertThat(won).as(answers.toString()).hasSize(1);
        for (Api.Response lost : answers) {
            if (lost.status() != 200) {
                assertThat(lost.contentType()).startsWith("application/problem+json");
                assertThat(lost.text("code")).isIn("version.mismatch", "version.conflict");
            }
        }
        assertStreamWhole(id, 4);
        assertThat(evidenceInStream(id))
                .containsExactly(won.get(0)
                        .json()
                        .path("evidence")
                        .get(0)
                        .path("reference")
                        .asString());
        ProjectionsCaughtUp.await(api);
        assertThat(evidenceInRegister(id)).containsExactlyInAnyOrderElementsOf(evidenceInStream(id));
        System.out.println("FAULTS concurrency with If-Match: " + tally(answers));
    }

    @Test
    void writersWithoutIfMatchAreEachRecordedOrRefusedAndNoneIsLost() throws Exception {
        api = new Api(port);
        String id = startedCommitment();

        List<Api.Response> answers =
                all(writer -> api.as(MANAGER).post("/api/commitments/" + id + "/evidence", evidence("FREE-" + writer)));

        assertThat(answers).extracting(Api.Response::status).allMatch(s -> s == 200 || s == 409);
        List<String> recorded = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            Api.Response answer = answers.get(writer);
            if (answer.status() == 200) {
                recorded.add("FREE-" + writer);
                versions.add(answer.json().path("version").asLong());
            } else {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.text("code")).isEqualTo("version.conflict");
            }
        }
        assertThat(recorded).isNotEmpty();
        assertThat(versions).as("each recorded write answered its own version").doesNotHaveDuplicates();
        assertStreamWhole(id, 3 + recorded.size());
        assertThat(evidenceInStream(id)).containsExactlyInAnyOrderElementsOf(recorded);
        ProjectionsCaughtUp.await(api);
        assertThat(evidenceInRegister(id)).containsExactlyInAnyOrderElementsOf(recorded);
        ProjectionsRecomputed.assertEqualToRebuild(api);
        System.out.println("FAULTS concurrency without If-Match: " + tally(answers));
    }

    private interface Writer {
        Api.Response write(int writer);
    }

    /** Runs every writer at once (released together by a latch) and keeps the answers in writer order. */
    private static List<Api.Response> all(Writer writer) throws Exception {
        CountDownLatch ready = new CountDownLatch(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return writer.write(n);
                }));
            }
            ready.await();
            go.countDown();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }

    /** Sequence numbers 0 to {@code count - 1}, each once, and the hash chain of the commitment verifies. */
    private void assertStreamWhole(String id, long count) {
        List<Long> sequence = jdbc.queryForList(
                "select sequence_number from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                Long.class,
                id);
        assertThat(sequence)
                .containsExactlyElementsOf(LongStream.range(0, count).boxed().toList());
        Api.Response verified = api.as("auditor").get("/api/audit/verify?commitment=" + id);
        assertThat(verified.json().path("verified").asBoolean())
                .as(verified.toString())
                .isTrue();
        assertThat(verified.json().path("eventsChecked").asLong()).isEqualTo(count);
    }

    /** The evidence of the commitment folded from its stream (as GET folds it, from the first event). */
    private List<String> evidenceInStream(String id) {
        List<String> references = new ArrayList<>();
        api.as(MANAGER)
                .get("/api/commitments/" + id)
                .json()
                .path("evidence")
                .forEach(e -> references.add(e.path("reference").asString()));
        return references;
    }

    private List<String> evidenceInRegister(String id) {
        return jdbc.queryForList("select reference from report_evidence where commitment_id = ?", String.class, id);
    }

    private String startedCommitment() {
        Api.Response created = api.as(MANAGER)
                .post(
                        "/api/commitments",
                        with(commitment("LONDON_NORTH"), "committedOn", "2026-01-10", "dueDate", "2026-12-31"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(api.as(MANAGER)
                        .post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM", "on", "2026-01-12"))
                        .status())
                .isEqualTo(200);
        assertThat(api.as(MANAGER)
                        .post("/api/commitments/" + id + "/start", map("on", "2026-01-15"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    static Map<String, Object> evidence(String reference) {
        return map(
                "method",
                "DIP_SAMPLE",
                "effectiveOn",
                "2026-02-01",
                "sampleSize",
                20,
                "compliantCount",
                17,
                "summary",
                "A dip sample of twenty files.",
                "reference",
                reference);
    }

    private static Map<Integer, Long> tally(List<Api.Response> answers) {
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        answers.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
        return byStatus;
    }
}
