package dev.commitmenttracker.support;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Command load from several writer threads, over HTTP, as an Area manager: each writer records a commitment, assigns
 * it, starts work on it, then notes progress and records evidence on it in turn, and keeps every answer with the id
 * and version it acknowledged. A writer whose command was not answered 2xx leaves that commitment and records a new
 * one (a 503 leaves in doubt whether the act was recorded; a retry of an act would be a second act). A request that got
 * no answer at all (the process was killed) is kept with status -1.
 */
public final class CommandLoad implements AutoCloseable {

    public static final String WRITER = "manager.london-north";

    /**
     * One command and what came back: the commitment, the version acknowledged (-1 when none), and the timing
     * ({@link System#nanoTime()} when it was sent and when its answer came).
     */
    public record Answer(
            String act,
            String commitmentId,
            int status,
            long version,
            long startedNanos,
            long answeredNanos,
            long elapsedMillis,
            String contentType,
            String code,
            String body) {

        public boolean acknowledged() {
            return status == 200 || status == 201;
        }
    }

    private final Supplier<Api> api;
    private final Queue answers = new Queue();
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicLong lastAcknowledged = new AtomicLong();
    private volatile boolean running = true;

    /**
     * Starts {@code writers} writers; {@code api} gives the client to send with (asked per command, so that a test may
     * point the load at a restarted node).
     */
    public CommandLoad(int writers, Supplier<Api> api) {
        this.api = api;
        for (int i = 0; i < writers; i++) {
            this.writers.add(Thread.ofVirtual().name("load-" + i).start(this::write));
        }
    }

    /** Every answer so far, in the order they came back. */
    public List<Answer> answers() {
        return List.copyOf(answers.items);
    }

    /** {@link System#nanoTime()} of the latest acknowledged command. */
    public LongSupplier lastAcknowledged() {
        return lastAcknowledged::get;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private void write() {
        String id = null;
        int step = 0;
        while (running) {
            if (id == null) {
                id = UUID.randomUUID().toString();
                step = 0;
            }
            Answer answer = send(id, step);
            if (answer.acknowledged()) {
                step++;
            } else {
                id = null;
                if (answer.status() == -1 || answer.status() == 503) {
                    pause();
                }
            }
        }
    }

    private Answer send(String id, int step) {
        String path = "/api/commitments/" + id;
        long started = System.nanoTime();
        String act;
        Api.Response response;
        try {
            Api.As writer = api.get().as(WRITER);
            switch (step) {
                case 0 -> {
                    act = "create";
                    response = writer.post(
                            "/api/commitments",
                            with(
                                    commitment("LONDON_NORTH"),
                                    "id",
                                    id,
                                    "committedOn",
                                    "2026-01-10",
                                    "dueDate",
                                    "2026-12-31"));
                }
                case 1 -> {
                    act = "assignment";
                    response = writer.post(path + "/assignment", map("ownerRole", "ABM", "on", "2026-01-12"));
                }
                case 2 -> {
                    act = "start";
                    response = writer.post(path + "/start", map("on", "2026-01-15"));
                }
                default -> {
                    if (step % 2 == 1) {
                        act = "evidence";
                        response = writer.post(
                                path + "/evidence",
                                map(
                                        "method",
                                        "DIP_SAMPLE",
                                        "effectiveOn",
                                        "2026-02-01",
                                        "sampleSize",
                                        10,
                                        "compliantCount",
                                        step % 10,
                                        "summary",
                                        "Files sampled under load.",
                                        "reference",
                                        "LOAD-" + step));
                    } else {
                        act = "progress-note";
                        response = writer.post(
                                path + "/progress-notes",
                                // dated with the evidence, so that the acts of one commitment stay in business-date
                                // order (a note dated today would make the next evidence a 409 date-out-of-order)
                                map("note", "Work noted under load, step " + step + ".", "on", "2026-02-01"));
                    }
                }
            }
        } catch (RuntimeException noAnswer) {
            long answered = System.nanoTime();
            Answer lost = new Answer(
                    step == 0 ? "create" : "act",
                    id,
                    -1,
                    -1,
                    started,
                    answered,
                    elapsed(started, answered),
                    null,
                    null,
                    String.valueOf(noAnswer.getMessage()));
            answers.items.add(lost);
            return lost;
        }
        long answered = System.nanoTime();
        long version = -1;
        if (response.status() == 201) {
            version = 0;
        } else if (response.status() == 200) {
            version = response.json().path("version").asLong();
        }
        Answer answer = new Answer(
                act,
                id,
                response.status(),
                version,
                started,
                answered,
                elapsed(started, answered),
                response.contentType(),
                response.status() >= 400 ? response.text("code") : null,
                response.status() >= 400 ? response.body() : null);
        if (answer.acknowledged()) {
            lastAcknowledged.set(answered);
        }
        answers.items.add(answer);
        return answer;
    }

    private static long elapsed(long started, long answered) {
        return TimeUnit.NANOSECONDS.toMillis(answered - started);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Queue {
        final ConcurrentLinkedQueue<Answer> items = new ConcurrentLinkedQueue<>();
    }

    /** The acknowledged answers, as (commitment, version) pairs whose events must be in the store. */
    public static Map<String, List<Long>> acknowledged(List<Answer> answers) {
        Map<String, List<Long>> byCommitment = new java.util.TreeMap<>();
        for (Answer answer : answers) {
            if (answer.acknowledged()) {
                byCommitment
                        .computeIfAbsent(answer.commitmentId(), id -> new ArrayList<>())
                        .add(answer.version());
            }
        }
        return byCommitment;
    }
}
