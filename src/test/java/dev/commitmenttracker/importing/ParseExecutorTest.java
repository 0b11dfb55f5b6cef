package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The parse executor's time limit refuses a document and stops its thread; a full executor refuses with a time to retry. */
class ParseExecutorTest {

    private static final ResponseDraft DRAFT =
            new ResponseDraft("Wessex", "2019-03-14", "area-assurance-inspection", Map.of(), List.of(), List.of());
    private static final Duration LONG = Duration.ofSeconds(30);
    /** A thread for each caller: since Java 25 the default async executor can be one thread on a 2-CPU machine. */
    private static final Executor CALLER_THREADS = task -> new Thread(task).start();

    @Test
    void aDocumentThatRunsOutOfTimeIsRefusedAndItsParseIsStopped() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        ParseExecutor executor = new ParseExecutor(
                (document, format) -> {
                    if (!document.equals("slow")) {
                        return DRAFT;
                    }
                    try {
                        while (true) {
                            Interruption.check();
                        }
                    } finally {
                        stopped.countDown();
                    }
                },
                Duration.ofMillis(200),
                LONG,
                1,
                1);

        assertThatThrownBy(() -> executor.parse("slow", DocumentFormat.PLAIN_TEXT))
                .isInstanceOfSatisfying(
                        ImportRejected.class, e -> assertThat(e.code()).isEqualTo(ImportRejected.TOO_COMPLEX));

        assertThat(stopped.await(LONG.toSeconds(), TimeUnit.SECONDS))
                .as("the parsing thread was interrupted and left the parse")
                .isTrue();
        await().atMost(LONG).until(() -> executor.running() == 0);
        assertThat(executor.parse("quick", DocumentFormat.PLAIN_TEXT))
                .as("the one thread is free again")
                .isSameAs(DRAFT);
        executor.destroy();
    }

    @Test
    void theRealParserIsStoppedByATinyTimeLimit() {
        ParseExecutor executor =
                new ParseExecutor(new ResponseDocumentParser()::parse, Duration.ofMillis(1), LONG, 1, 1);
        String document = AdversarialDocuments.NORMAL.of(2_000_000);

        assertThatThrownBy(() -> executor.parse(document, DocumentFormat.MARKDOWN))
                .isInstanceOfSatisfying(
                        ImportRejected.class, e -> assertThat(e.code()).isEqualTo(ImportRejected.TOO_COMPLEX));

        await().atMost(LONG).until(() -> executor.running() == 0);
        executor.destroy();
    }

    @Test
    void aFullExecutorRefusesWithTheTimeToWait() {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        ParseExecutor executor = new ParseExecutor(
                (document, format) -> {
                    started.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return DRAFT;
                },
                Duration.ofSeconds(7),
                LONG,
                1,
                1);
        CompletableFuture<ResponseDraft> running =
                CompletableFuture.supplyAsync(() -> executor.parse("first", DocumentFormat.PLAIN_TEXT), CALLER_THREADS);
        await().atMost(LONG).until(() -> started.getCount() == 0);
        CompletableFuture<ResponseDraft> queued = CompletableFuture.supplyAsync(
                () -> executor.parse("second", DocumentFormat.PLAIN_TEXT), CALLER_THREADS);
        await().atMost(LONG).until(() -> executor.waiting() == 1);

        assertThatThrownBy(() -> executor.parse("third", DocumentFormat.PLAIN_TEXT))
                .isInstanceOfSatisfying(
                        ImportBusy.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));

        release.countDown();
        assertThat(running.join()).isSameAs(DRAFT);
        assertThat(queued.join())
                .as("the queued document is read once a thread is free")
                .isSameAs(DRAFT);
        executor.destroy();
    }

    @Test
    void theParsersRefusalsPassThrough() {
        ParseExecutor executor = new ParseExecutor(new ResponseDocumentParser()::parse, LONG, LONG, 1, 1);

        assertThatThrownBy(() -> executor.parse("   ", DocumentFormat.PLAIN_TEXT))
                .isInstanceOfSatisfying(
                        ImportRejected.class, e -> assertThat(e.code()).isEqualTo(ImportRejected.EMPTY));
        executor.destroy();
    }
}
