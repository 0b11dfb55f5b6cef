package dev.commitmenttracker.bench;

import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionRecorded;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills an empty PostgreSQL database with a large event store in the tracker's own format, for the large-store
 * benchmark (issue 11): by default 100,000 commitments and 1,000,000 events in all, over the fourteen Areas, every
 * theme and owner role and every lifecycle stage, dated from 2019 to yesterday, plus the inspections they answer.
 *
 * <p>Rows are written with COPY, as the storage engine would write them: payload and metadata serialized by the
 * application's own Axon serializer ({@code AxonConfig.jackson()}), the aggregate's hash chain in {@code event_chain}
 * computed by the application's own {@code EventHash}, global order by recording time. Both are package-private in
 * the application and reached here by reflection, so that there is one serializer configuration and one hash. The
 * schema is the application's Flyway migrations. With {@code --verify} the whole store is then checked with the
 * application's {@code ChainVerifier}; the application started on the database rebuilds its projections from the
 * events (no token yet) and {@code GET /api/audit/verify} checks the chain again.
 *
 * <p>Not a test and not in the application jar: run with {@code bench/generate.sh} (see docs/benchmarks.md).
 * Options: {@code --url= --user= --password= --commitments=100000 --events=1000000 --seed=11 --today=YYYY-MM-DD
 * --ids=FILE --verify}.
 */
public final class GenerateStore {

    private static final String COMMITMENT = "Commitment";
    private static final String INSPECTION = "Inspection";
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 7);
    private static final int INSPECTIONS_PER_AREA = 8;
    private static final int MAX_NOTES = 60;

    private final Random random;
    private final LocalDate today;
    private final Serializer serializer;
    private final MethodHandle storedEvent;
    private final MethodHandle eventHash;
    private final String genesis;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>();
    private final Map<AreaCode, List<Inspection>> inspections = new LinkedHashMap<>();
    private final Map<String, String> lastHash = new java.util.HashMap<>();
    private long order;
    private long globalIndex;
    private final long[] statusCounts = new long[Stage.values().length];

    private GenerateStore(long seed, LocalDate today) throws ReflectiveOperationException {
        this.random = new Random(seed);
        this.today = today;
        Method jackson =
                Class.forName("dev.commitmenttracker.config.AxonConfig").getDeclaredMethod("jackson");
        jackson.setAccessible(true);
        this.serializer = (Serializer) jackson.invoke(null);
        Class<?> stored = Class.forName("dev.commitmenttracker.audit.StoredEvent");
        Constructor<?> constructor = stored.getDeclaredConstructor(
                String.class,
                String.class,
                long.class,
                String.class,
                Instant.class,
                String.class,
                String.class,
                byte[].class,
                byte[].class);
        constructor.setAccessible(true);
        this.storedEvent = MethodHandles.lookup().unreflectConstructor(constructor);
        Class<?> hash = Class.forName("dev.commitmenttracker.audit.EventHash");
        Method of = hash.getDeclaredMethod("of", String.class, stored);
        of.setAccessible(true);
        this.eventHash = MethodHandles.lookup()
                .unreflect(of)
                .asType(MethodType.methodType(String.class, String.class, Object.class));
        java.lang.reflect.Field genesisField = hash.getDeclaredField("GENESIS");
        genesisField.setAccessible(true);
        this.genesis = (String) genesisField.get(null);
    }

    public static void main(String[] args) throws Throwable {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/tracker_bench_store");
        String user = options.getOrDefault("user", "postgres");
        String password = options.getOrDefault("password", "");
        int commitments = Integer.parseInt(options.getOrDefault("commitments", "100000"));
        long events = Long.parseLong(options.getOrDefault("events", Long.toString(commitments * 10L)));
        long seed = Long.parseLong(options.getOrDefault("seed", "11"));
        LocalDate today = LocalDate.parse(
                options.getOrDefault("today", LocalDate.now(ZoneOffset.UTC).toString()));
        Path ids = Path.of(options.getOrDefault("ids", "bench/out/ids.txt"));

        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        long started = System.nanoTime();
        // Recent commitments cannot have many events yet, so the lifecycles fall a little short of the number wanted:
        // a first pass without writing measures by how much, and the real pass asks for that many more.
        long planned = new GenerateStore(seed, today).plan(commitments, events);
        GenerateStore generator = new GenerateStore(seed, today);
        try (Connection eventsConnection = DriverManager.getConnection(url, user, password);
                Connection chainConnection = DriverManager.getConnection(url, user, password)) {
            try (Statement statement = eventsConnection.createStatement();
                    ResultSet rs = statement.executeQuery("select count(*) from domain_event_entry")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException(
                            "The event store at " + url + " is not empty: generate into a fresh database.");
                }
            }
            eventsConnection.setAutoCommit(false);
            chainConnection.setAutoCommit(false);
            Files.createDirectories(ids.toAbsolutePath().getParent());
            try (Copy eventRows = new Copy(
                            eventsConnection,
                            "copy domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                                    + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) from stdin");
                    Copy chainRows = new Copy(
                            chainConnection,
                            "copy event_chain (event_identifier, aggregate_identifier, sequence_number, "
                                    + "previous_hash, hash) from stdin");
                    BufferedWriter idFile = Files.newBufferedWriter(ids)) {
                generator.generate(commitments, 2 * events - planned, eventRows, chainRows, idFile);
            }
            try (Statement statement = eventsConnection.createStatement()) {
                statement.execute("select setval('domain_event_entry_global_index_seq', "
                        + Math.max(1, generator.globalIndex) + ")");
            }
            eventsConnection.commit();
            chainConnection.commit();
            try (Statement statement = eventsConnection.createStatement()) {
                eventsConnection.setAutoCommit(true);
                statement.execute("analyze domain_event_entry");
                statement.execute("analyze event_chain");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "GENERATED %,d events (%,d commitments, %,d inspections) in %.1f s = %,.0f events/s; ids of commitments open "
                        + "for progress notes in %s%n",
                generator.globalIndex,
                commitments,
                generator.inspections.values().stream().mapToInt(List::size).sum(),
                seconds,
                generator.globalIndex / seconds,
                ids);
        StringBuilder stages = new StringBuilder("GENERATED final stages:");
        for (Stage stage : Stage.values()) {
            stages.append(' ').append(stage).append('=').append(generator.statusCounts[stage.ordinal()]);
        }
        System.out.println(stages);
        if (options.containsKey("verify")) {
            verify(url, user, password);
        }
    }

    /** The application's own whole-store verification, as {@code GET /api/audit/verify} runs it. */
    private static void verify(String url, String user, String password) throws Exception {
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(url, user, password);
        Class<?> verifierClass = Class.forName("dev.commitmenttracker.audit.ChainVerifier");
        Constructor<?> constructor = verifierClass.getDeclaredConstructor(
                org.springframework.jdbc.core.JdbcTemplate.class,
                org.springframework.transaction.support.TransactionTemplate.class,
                java.time.Clock.class);
        constructor.setAccessible(true);
        Object verifier = constructor.newInstance(
                new org.springframework.jdbc.core.JdbcTemplate(dataSource),
                new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource)),
                java.time.Clock.systemUTC());
        Method verifyStore = verifierClass.getMethod("verifyStore", Long.class, String.class);
        long started = System.nanoTime();
        Object result = verifyStore.invoke(verifier, null, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        long checked = (long) result.getClass().getMethod("eventsChecked").invoke(result);
        boolean verified = (boolean) result.getClass().getMethod("verified").invoke(result);
        System.out.printf(
                "VERIFIED %s: %,d events checked in %.1f s = %,.0f events/s (ChainVerifier.verifyStore, in this JVM, cold)%n",
                verified ? "yes" : "NO " + result, checked, seconds, checked / seconds);
        if (!verified) {
            System.exit(2);
        }
    }

    /** The number of events a run would write for this target, without writing them. */
    private long plan(int commitments, long targetEvents) throws Throwable {
        generate(commitments, targetEvents, null, null, null);
        return order;
    }

    private void generate(int commitments, long targetEvents, Copy eventRows, Copy chainRows, BufferedWriter idFile)
            throws Throwable {
        planInspections();
        long inspectionEvents =
                inspections.values().stream().mapToInt(List::size).sum();
        double perCommitment = (double) (targetEvents - inspectionEvents) / commitments;
        long span = ChronoUnit.DAYS.between(FIRST_DAY, today.minusDays(2));
        long produced = 0;
        for (int n = 0; n < commitments; n++) {
            LocalDate committedOn = FIRST_DAY.plusDays(span * n / commitments);
            Instant startOfDay = committedOn.atStartOfDay().toInstant(ZoneOffset.UTC);
            while (!pending.isEmpty() && pending.peek().at.isBefore(startOfDay)) {
                write(pending.poll(), eventRows, chainRows);
            }
            long wanted = Math.round(perCommitment * (n + 1)) - produced;
            List<Pending> lifecycle = lifecycle(n, committedOn, wanted, idFile);
            produced += lifecycle.size();
            pending.addAll(lifecycle);
        }
        while (!pending.isEmpty()) {
            write(pending.poll(), eventRows, chainRows);
        }
    }

    private void planInspections() {
        InspectionKind[] kinds = {
            InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
            InspectionKind.AREA_ASSURANCE_INSPECTION,
            InspectionKind.FOLLOW_UP,
            InspectionKind.THEMATIC
        };
        for (AreaCode area : AreaCode.areas()) { // the fourteen Areas, as the benchmark was measured
            List<Inspection> list = new ArrayList<>();
            for (int i = 0; i < INSPECTIONS_PER_AREA; i++) {
                LocalDate published = FIRST_DAY.minusDays(120).plusDays((long) i * 270 + random.nextInt(60));
                List<IssueToAddress> issues = new ArrayList<>();
                int count = 6 + random.nextInt(10);
                for (int number = 1; number <= count; number++) {
                    Theme theme = pick(Theme.values());
                    issues.add(new IssueToAddress(
                            number, "The Area should improve " + words(theme) + " (issue " + number + ").", theme));
                }
                Map<String, Rating> ratings = new LinkedHashMap<>();
                ratings.put("Overall", pick(Rating.values()));
                ratings.put("Casework quality", pick(Rating.values()));
                InspectionKind kind = kinds[i % kinds.length];
                String id = uuid().toString();
                list.add(new Inspection(id, published, issues));
                pending.add(event(
                        id,
                        INSPECTION,
                        0,
                        at(published),
                        new InspectionRecorded(
                                id,
                                area,
                                kind,
                                area.displayName() + " " + kind.code().replace('-', ' ') + " " + published.getYear(),
                                published,
                                ratings,
                                issues),
                        "inspector"));
            }
            inspections.put(area, list);
        }
    }

    private enum Stage {
        COMMITTED,
        ASSIGNED,
        IN_PROGRESS,
        EVIDENCED,
        CLOSED,
        REOPENED,
        WITHDRAWN
    }

    /** One commitment's events, about {@code wanted} of them, in business-date order, none dated after yesterday. */
    private List<Pending> lifecycle(int n, LocalDate committedOn, long wanted, BufferedWriter idFile)
            throws IOException {
        String id = uuid().toString();
        AreaCode area = pick(AreaCode.areas().toArray(AreaCode[]::new));
        String actor = random.nextInt(5) == 0
                ? "lead.national"
                : "manager." + area.name().toLowerCase().replace('_', '-');
        List<AreaCode> joint = random.nextInt(12) == 0
                ? List.of(AreaCode.areas().get((area.ordinal() + 1 + random.nextInt(13)) % 14))
                : List.of();
        Inspection answered = null;
        Integer issueNumber = null;
        Theme theme = pick(Theme.values());
        if (random.nextInt(10) < 7) {
            for (Inspection candidate : inspections.get(area)) {
                if (!candidate.published.isAfter(committedOn)) {
                    answered = candidate;
                }
            }
            if (answered != null) {
                IssueToAddress issue = answered.issues.get(random.nextInt(answered.issues.size()));
                issueNumber = issue.number();
                theme = issue.theme();
            }
        }
        LocalDate due = committedOn.plusDays(60 + random.nextInt(660));
        Integer target = random.nextInt(10) < 4 ? 70 + 5 * random.nextInt(5) : null;
        LocalDate last = today.minusDays(1);

        // Older commitments have mostly been seen through: after two years 85% are closed, reopened or withdrawn
        // (drawn 32:6:12 as below), after one year half of them; the rest, and younger ones, from the whole range.
        long age = ChronoUnit.DAYS.between(committedOn, today);
        int settled = age > 730 ? 85 : age > 365 ? 50 : 0;
        int roll = random.nextInt(100) < settled ? 50 + random.nextInt(50) : random.nextInt(100);
        Stage aim = roll < 4
                ? Stage.COMMITTED
                : roll < 10
                        ? Stage.ASSIGNED
                        : roll < 34
                                ? Stage.IN_PROGRESS
                                : roll < 50
                                        ? Stage.EVIDENCED
                                        : roll < 82 ? Stage.CLOSED : roll < 88 ? Stage.REOPENED : Stage.WITHDRAWN;

        List<Step> steps = new ArrayList<>();
        steps.add(new Step(
                committedOn,
                new CommitmentRecorded(
                        id,
                        area,
                        joint,
                        answered == null ? null : answered.id,
                        issueNumber,
                        theme,
                        "The Area will " + words(theme)
                                + " through monthly checks and a named lead (synthetic commitment " + n + ").",
                        committedOn,
                        due,
                        target)));
        Stage reached = Stage.COMMITTED;
        LocalDate day = committedOn;
        LocalDate currentDue = due;
        boolean withdraw = aim == Stage.WITHDRAWN;
        Stage stopAt = withdraw
                ? pick(new Stage[] {Stage.COMMITTED, Stage.ASSIGNED, Stage.IN_PROGRESS, Stage.EVIDENCED})
                : aim;
        if (random.nextInt(4) == 0 && (day = day.plusDays(10 + random.nextInt(60))).isBefore(last)) {
            LocalDate revised = currentDue.plusDays(30 + random.nextInt(180));
            steps.add(new Step(
                    day, new DueDateRevised(id, currentDue, revised, "Resources were moved to the backlog.", day)));
            currentDue = revised;
        }
        LocalDate startedOn = null;
        LocalDate endOfWork = last;
        lifecycle:
        {
            if (stopAt.ordinal() < Stage.ASSIGNED.ordinal()
                    || (day = day.plusDays(2 + random.nextInt(30))).isAfter(last)) {
                break lifecycle;
            }
            steps.add(new Step(
                    day,
                    new CommitmentAssigned(
                            id, pick(OwnerRole.values()), random.nextBoolean() ? "A. Person" : null, day)));
            reached = Stage.ASSIGNED;
            if (random.nextInt(3) == 0) {
                // one in three plans its checks when it is assigned, as managers do for sampled work
                steps.add(new Step(
                        day,
                        new AssurancePlanRecorded(
                                id,
                                random.nextBoolean() ? AssuranceMethod.DIP_SAMPLE : AssuranceMethod.IQA,
                                random.nextBoolean() ? Cadence.MONTHLY : Cadence.QUARTERLY,
                                day,
                                day)));
            }
            if (stopAt.ordinal() < Stage.IN_PROGRESS.ordinal()
                    || (day = day.plusDays(3 + random.nextInt(40))).isAfter(last)) {
                break lifecycle;
            }
            steps.add(new Step(day, new WorkStarted(id, day)));
            reached = Stage.IN_PROGRESS;
            startedOn = day;
            if (stopAt.ordinal() < Stage.EVIDENCED.ordinal()) {
                break lifecycle;
            }
            int evidence = 1 + random.nextInt(3);
            for (int e = 0; e < evidence; e++) {
                LocalDate effective = day.plusDays(20 + random.nextInt(90));
                LocalDate recorded = effective.plusDays(random.nextInt(10));
                if (recorded.isAfter(last)) {
                    break lifecycle;
                }
                day = recorded;
                AssuranceMethod method = pick(AssuranceMethod.values());
                boolean sampled =
                        method == AssuranceMethod.IQA || method == AssuranceMethod.DIP_SAMPLE || random.nextBoolean();
                int size = 10 + random.nextInt(41);
                int compliant = e == evidence - 1
                        ? size * (85 + random.nextInt(16)) / 100
                        : size * (50 + random.nextInt(51)) / 100;
                steps.add(new Step(
                        day,
                        new EvidenceRecorded(
                                id,
                                method,
                                effective,
                                sampled ? size : null,
                                sampled ? compliant : null,
                                "Sample of " + size + " files checked against the standard.",
                                random.nextInt(3) == 0 ? "REF-" + n + "-" + e : null,
                                recorded)));
                reached = Stage.EVIDENCED;
            }
            if (stopAt == Stage.EVIDENCED || stopAt == Stage.WITHDRAWN) {
                break lifecycle;
            }
            if ((day = day.plusDays(5 + random.nextInt(60))).isAfter(last)) {
                break lifecycle;
            }
            endOfWork = day;
            steps.add(new Step(day, new CommitmentClosed(id, "Delivered and sustained over the last samples.", day)));
            reached = Stage.CLOSED;
            if (stopAt == Stage.REOPENED && !(day = day.plusDays(30 + random.nextInt(200))).isAfter(last)) {
                steps.add(new Step(day, new CommitmentReopened(id, "Compliance fell again at the next sample.", day)));
                reached = Stage.REOPENED;
            }
        }
        if (withdraw && !(day = day.plusDays(5 + random.nextInt(90))).isAfter(last)) {
            endOfWork = day;
            steps.add(new Step(day, new CommitmentWithdrawn(id, "Superseded by a national initiative.", day)));
            reached = Stage.WITHDRAWN;
        }
        if (answered != null && random.nextInt(8) == 0) {
            LocalDate judged = committedOn.plusDays(180 + random.nextInt(400));
            if (!judged.isAfter(last)) {
                steps.add(new Step(
                        judged,
                        new FollowUpJudged(
                                id, pick(FollowUpGrade.values()), "Seen at the follow-up inspection.", judged)));
            }
        }
        // Progress notes fill the lifecycle up to the number of events wanted, while work is in progress.
        if (startedOn != null) {
            long notes = Math.max(0, Math.min(MAX_NOTES, wanted - steps.size() + random.nextInt(3) - 1));
            long window = ChronoUnit.DAYS.between(startedOn, endOfWork);
            if (window >= 2) {
                for (long k = 0; k < notes; k++) {
                    LocalDate notedOn = startedOn.plusDays(1 + (long) random.nextInt((int) window - 1));
                    steps.add(new Step(
                            notedOn,
                            new ProgressNoted(
                                    id,
                                    "Monthly dip sample discussed at the quality meeting; actions agreed.",
                                    notedOn)));
                }
            }
        }
        // Business-date order; on the same day the lifecycle's own order (stable sort), notes after the day's other
        // acts.
        steps.sort((a, b) -> {
            int byDate = a.on.compareTo(b.on);
            if (byDate != 0) {
                return byDate;
            }
            return Boolean.compare(a.payload instanceof ProgressNoted, b.payload instanceof ProgressNoted);
        });
        // A note on the day the work ended would come after the closure or withdrawal: move it before.
        for (int i = steps.size() - 1; i > 0; i--) {
            if (steps.get(i).payload instanceof ProgressNoted
                    && (steps.get(i - 1).payload instanceof CommitmentClosed
                            || steps.get(i - 1).payload instanceof CommitmentWithdrawn)) {
                Step note = steps.get(i);
                steps.set(i, steps.get(i - 1));
                steps.set(i - 1, note);
            }
        }
        List<Pending> events = new ArrayList<>(steps.size());
        Instant previous = Instant.EPOCH;
        for (int seq = 0; seq < steps.size(); seq++) {
            Step step = steps.get(seq);
            Instant at = at(step.on);
            if (!at.isAfter(previous)) {
                at = previous.plusSeconds(1 + random.nextInt(600));
            }
            previous = at;
            String by = step.payload instanceof FollowUpJudged ? "inspector" : actor;
            events.add(event(id, COMMITMENT, seq, at, step.payload, by));
        }
        statusCounts[reached.ordinal()]++;
        if (idFile != null
                && (reached == Stage.IN_PROGRESS || reached == Stage.EVIDENCED || reached == Stage.REOPENED)) {
            idFile.write(id);
            idFile.newLine();
        }
        return events;
    }

    private void write(Pending event, Copy eventRows, Copy chainRows) throws Throwable {
        if (eventRows == null) {
            return;
        }
        SerializedObject<byte[]> payload = serializer.serialize(event.payload, byte[].class);
        MetaData metaData = MetaData.with("actor", event.actor)
                .and("correlationId", event.eventId)
                .and("traceId", event.eventId);
        SerializedObject<byte[]> meta = serializer.serialize(metaData, byte[].class);
        globalIndex++;
        String timestamp = DateTimeUtils.formatInstant(event.at);
        Object stored = storedEvent.invoke(
                event.eventId,
                event.aggregateId,
                (long) event.sequence,
                event.type,
                DateTimeUtils.parseInstant(timestamp),
                payload.getType().getName(),
                payload.getType().getRevision(),
                payload.getData(),
                meta.getData());
        String previous = event.sequence == 0 ? genesis : lastHash.get(event.aggregateId);
        String hash = (String) eventHash.invoke(previous, stored);
        if (event.type.equals(INSPECTION)) {
            lastHash.remove(event.aggregateId);
        } else {
            lastHash.put(event.aggregateId, hash);
        }
        eventRows.row(
                Long.toString(globalIndex),
                event.eventId,
                event.aggregateId,
                Integer.toString(event.sequence),
                event.type,
                timestamp,
                payload.getType().getName(),
                payload.getType().getRevision(),
                bytea(payload.getData()),
                bytea(meta.getData()));
        chainRows.row(event.eventId, event.aggregateId, Integer.toString(event.sequence), previous, hash);
    }

    private Pending event(String aggregateId, String type, int sequence, Instant at, Object payload, String actor) {
        return new Pending(at, order++, uuid().toString(), aggregateId, type, sequence, payload, actor);
    }

    /** Recorded during the working day of the business date (UTC), whole seconds as the store keeps milliseconds. */
    private Instant at(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(8 * 3600 + random.nextInt(9 * 3600));
    }

    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String words(Theme theme) {
        return theme.name().toLowerCase().replace('_', ' ');
    }

    private static String bytea(byte[] data) {
        return data == null ? null : "\\\\x" + HexFormat.of().formatHex(data);
    }

    private record Inspection(String id, LocalDate published, List<IssueToAddress> issues) {}

    private record Step(LocalDate on, Object payload) {}

    private record Pending(
            Instant at,
            long order,
            String eventId,
            String aggregateId,
            String type,
            int sequence,
            Object payload,
            String actor)
            implements Comparable<Pending> {
        @Override
        public int compareTo(Pending other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    /** One COPY ... FROM STDIN in text format, fed in chunks. Values here never hold tabs, newlines or backslashes. */
    private static final class Copy implements AutoCloseable {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Copy(Connection connection, String sql) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void row(String... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                buffer.append(values[i] == null ? "\\N" : values[i]);
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 20) - 4096) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
        }
    }
}
