package dev.commitmenttracker;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.NodeProcess;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import dev.commitmenttracker.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one PostgreSQL database, as one service (ADR 0017): node A started in this JVM, node B a process of its
 * own that the last test kills (SIGKILL). Commands are accepted on both; each projection's segments are shared between
 * them; the status is the same whichever is asked; a rebuild asked of either is done once for the service; a race on
 * one commitment across the nodes answers 409 or 412, never 5xx; after the kill, A takes B's segments within the claim
 * timeout; and the projections end exactly as a rebuild from the events makes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final String LEAD = "lead.national";
    static final int SEGMENTS = 4;
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);
    static final List<String> AREAS = List.of("LONDON_NORTH", "NORTH_WEST", "SOUTH_WEST", "LONDON_SOUTH", "NORTH_EAST");
    static final List<String> PROJECTIONS =
            List.of("area-timeline", "commitment-progress", "due-date-slippage", "evidence-register", "inspections");

    TestDatabase.Fresh database;
    ConfigurableApplicationContext nodeA;
    NodeProcess nodeB;
    Api a;
    Api b;
    JdbcTemplate jdbc;
    final List<String> commitments = new ArrayList<>();

    @BeforeAll
    void startTwoNodes() throws Exception {
        database = TestDatabase.createFresh();
        CompletableFuture<NodeProcess> startingB = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return NodeProcess.start("two-nodes-b", Duration.ofMinutes(10), arguments("node-b"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                task -> new Thread(task).start());
        nodeA = new SpringApplicationBuilder(Application.class).run(with(arguments("node-a"), "--server.port=0"));
        nodeB = startingB.get(11, TimeUnit.MINUTES);
        a = new Api(nodeA.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        b = new Api(nodeB.port());
        jdbc = nodeA.getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() throws Exception {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private String[] arguments(String node) {
        return new String[] {
            "--spring.profiles.active=test",
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(),
            "--spring.datasource.password=" + database.password(),
            "--tracker.demo-data.enabled=false",
            "--tracker.security.demo-users=true",
            "--tracker.node.id=" + node,
            "--tracker.processors.segments=" + SEGMENTS,
            "--tracker.processors.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
            "--tracker.processors.token-claim-interval=1s"
        };
    }

    private static String[] with(String[] arguments, String more) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add(more);
        return all.toArray(String[]::new);
    }

    @Test
    @Order(1)
    void commandsAreAcceptedOnBothNodesAndEveryProjectionsSegmentsAreSharedBetweenThem() {
        for (int i = 0; i < 20; i++) {
            Api node = i % 2 == 0 ? a : b;
            Api other = i % 2 == 0 ? b : a;
            String id = created(node.as(LEAD).post("/api/commitments", commitment(AREAS.get(i % AREAS.size()))));
            commitments.add(id);
            assertThat(other.as(LEAD)
                            .post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM"))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(created(b.as(LEAD)
                        .post("/api/inspections", dev.commitmenttracker.support.Requests.inspection("NORTH_WEST"))))
                .isNotNull();

        ProjectionsCaughtUp.await(a);
        ProjectionsCaughtUp.await(b);
        assertThat(jdbc.queryForObject(
                        "select count(*) from token_entry where processor_name = 'commitment-progress'", Integer.class))
                .isEqualTo(SEGMENTS);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Set<String>> owners = owners();
            assertThat(owners.keySet()).containsAll(PROJECTIONS);
            for (String projection : PROJECTIONS) {
                assertThat(owners.get(projection))
                        .as("nodes holding the segments of " + projection)
                        .containsExactlyInAnyOrder("node-a", "node-b");
            }
        });
    }

    @Test
    @Order(2)
    void theStatusIsTheSameWhicheverNodeIsAskedAndShowsWhoHoldsEachSegment() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode fromA = ok(a.as(LEAD).get("/api/admin/projections"));
            JsonNode fromB = ok(b.as(LEAD).get("/api/admin/projections"));
            assertThat(fromB).isEqualTo(fromA);
            for (JsonNode projection : fromA.path("projections")) {
                assertThat(projection.path("caughtUp").asBoolean())
                        .as(projection.toString())
                        .isTrue();
                assertThat(projection.path("segments")).hasSize(SEGMENTS);
                for (JsonNode segment : projection.path("segments")) {
                    assertThat(segment.path("owner").asString()).isIn("node-a", "node-b");
                }
            }
        });
    }

    @Test
    @Order(3)
    void racesOnOneCommitmentAcrossTheNodesAnswer409Or412AndNeverLoseAWrite() throws Exception {
        String id = created(a.as(LEAD).post("/api/commitments", commitment("LONDON_NORTH")));
        commitments.add(id);
        assertThat(b.as(LEAD)
                        .post(act(id, "assignment"), map("ownerRole", "ABM"))
                        .status())
                .isEqualTo(200);
        assertThat(a.as(LEAD).post(act(id, "start"), map()).status()).isEqualTo(200);
        List<Integer> answers = new ArrayList<>();
        int accepted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 16; round++) {
                boolean ifMatch = round % 2 == 0;
                String etag = a.as(LEAD).get("/api/commitments/" + id).headers().getETag();
                Map<String, String> headers = ifMatch ? Map.of(HttpHeaders.IF_MATCH, etag) : Map.of();
                Map<String, Object> noteA = map("note", "Round " + round + " of the race, through node A.");
                Map<String, Object> noteB = map("note", "Round " + round + " of the race, through node B.");
                var viaA = pool.submit(() -> a.as(LEAD).post(act(id, "progress-notes"), noteA, headers));
                var viaB = pool.submit(() -> b.as(LEAD).post(act(id, "progress-notes"), noteB, headers));
                List<Api.Response> both = List.of(viaA.get(), viaB.get());
                int ok = 0;
                for (Api.Response answer : both) {
                    answers.add(answer.status());
                    assertThat(answer.status()).as(answer.toString()).isIn(200, 409, 412);
                    if (answer.status() == 200) {
                        ok++;
                    } else {
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    }
                }
                assertThat(ok).as("accepted in round " + round + ": " + answers).isBetween(ifMatch ? 0 : 1, 2);
                if (ifMatch) {
                    assertThat(ok)
                            .as("two writers with the same If-Match: at most one wins")
                            .isLessThanOrEqualTo(1);
                }
                accepted += ok;
            }
        }
        System.out.println("Cross-node race answers: " + answers);
        List<Long> sequences = jdbc.queryForList(
                "select sequence_number from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                Long.class,
                id);
        assertThat(sequences).as("no gap in the stream").hasSize((int) (sequences.get(sequences.size() - 1) + 1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?"
                                + " and payload_type like '%ProgressNoted'",
                        Long.class, id))
                .as("every accepted note is stored, and no refused one")
                .isEqualTo(accepted);
    }

    @Test
    @Order(4)
    void aRebuildAskedOfEitherNodeIsDoneOnceForTheServiceAndChangesNoFigure() {
        ProjectionsCaughtUp.await(a);
        Map<String, String> before = reports(a);
        Api.Response viaB = b.as(LEAD).post("/api/admin/projections/commitment-progress/rebuild", null);
        Api.Response viaA = a.as(LEAD).post("/api/admin/projections/evidence-register/rebuild", null);
        for (Api.Response started : List.of(viaA, viaB)) {
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
        }
        for (String request : List.of(viaA.text("request"), viaB.text("request"))) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode fromA = ok(a.as(LEAD).get(request));
                assertThat(fromA.path("state").asString()).isEqualTo("DONE");
                assertThat(ok(b.as(LEAD).get(request))).isEqualTo(fromA);
            });
        }
        ProjectionsCaughtUp.await(a);
        ProjectionsCaughtUp.await(b);
        assertThat(reports(b)).isEqualTo(before);
    }

    @Test
    @Order(5)
    void whenANodeIsKilledTheOtherTakesItsSegmentsWithinTheClaimTimeoutAndTheProjectionsEndExact() throws Exception {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(owners().values())
                        .allSatisfy(owners -> assertThat(owners).contains("node-b")));
        // B works on its segments while it dies
        for (int i = 0; i < 10; i++) {
            commitments.add(created(b.as(LEAD).post("/api/commitments", commitment(AREAS.get(i % AREAS.size())))));
        }
        long killed = System.nanoTime();
        nodeB.kill();
        for (int i = 0; i < 10; i++) {
            commitments.add(created(a.as(LEAD).post("/api/commitments", commitment(AREAS.get(i % AREAS.size())))));
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from token_entry where owner is distinct from 'node-a'",
                                Integer.class))
                        .isZero());
        double seconds = (System.nanoTime() - killed) / 1e9;
        System.out.printf(
                "Node B killed: node A held all %d token rows %.1f s later (claim timeout %d s)%n",
                jdbc.queryForObject("select count(*) from token_entry", Integer.class),
                seconds,
                CLAIM_TIMEOUT.toSeconds());
        assertThat(seconds)
                .as("seconds until every segment of the killed node was claimed again")
                .isLessThan(CLAIM_TIMEOUT.toSeconds() * 4.0);

        ProjectionsCaughtUp.await(a);
        JsonNode page = ok(a.as(LEAD).get("/api/commitments?size=100"));
        assertThat(page.path("total").asLong()).isEqualTo(commitments.size());
        Map<String, String> live = reports(a);
        for (String projection : PROJECTIONS) {
            assertThat(a.as(LEAD)
                            .post("/api/admin/projections/" + projection + "/rebuild", null)
                            .status())
                    .isEqualTo(202);
        }
        ProjectionsCaughtUp.await(a);
        assertThat(reports(a))
                .as("the projections as a replay of the events makes them")
                .isEqualTo(live);
    }

    /** The nodes holding each processor's segments, from the token rows. */
    private Map<String, Set<String>> owners() {
        Map<String, Set<String>> owners = new LinkedHashMap<>();
        jdbc.query("select processor_name, owner from token_entry order by processor_name, segment", row -> {
            owners.computeIfAbsent(row.getString(1), name -> new HashSet<>()).add(String.valueOf(row.getString(2)));
        });
        return owners;
    }

    private static Map<String, String> reports(Api node) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/reports/areas",
                "/api/reports/themes",
                "/api/reports/owners",
                "/api/reports/evidence",
                "/api/reports/slippage",
                "/api/reports/slippage/areas",
                "/api/commitments?size=100",
                "/api/inspections")) {
            Api.Response response = node.as("analyst").get(path);
            bodies.put(path, response.status() + " " + response.body());
        }
        for (String area : AREAS) {
            Api.Response response = node.as("analyst").get("/api/reports/areas/" + area);
            bodies.put(area, response.status() + " " + response.body());
        }
        return bodies;
    }

    private static String act(String id, String act) {
        return "/api/commitments/" + id + "/" + act;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
