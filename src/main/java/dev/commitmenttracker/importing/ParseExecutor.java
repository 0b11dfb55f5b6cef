package dev.commitmenttracker.importing;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads documents on a few threads of its own, each parse with a time limit, so that no document holds
 * a request thread or a core for long. A parse that runs out of time is refused ({@code import.too-complex},
 * answered 400) and its thread interrupted, which stops the parser at its next loop boundary and frees
 * the thread. When every thread is busy and the queue is full, or a queued document does not start within
 * the time limit, the import is refused with {@link ImportBusy} (answered 429 with {@code Retry-After}).
 *
 * <p>Settings: {@code tracker.import.parse-timeout} (default 10s), {@code tracker.import.parse-threads}
 * (default 2), {@code tracker.import.parse-queue} (documents waiting for a thread, default 2).
 */
@Component
public class ParseExecutor implements DisposableBean {

    private final BiFunction<String, DocumentFormat, ResponseDraft> parser;
    private final Duration timeout;
    private final Duration queueWait;
    private final ThreadPoolExecutor workers;

    @Autowired
    ParseExecutor(
            @Value("${tracker.import.parse-timeout:10s}") Duration timeout,
            @Value("${tracker.import.parse-threads:2}") int threads,
            @Value("${tracker.import.parse-queue:2}") int queue) {
        this(new ResponseDocumentParser()::parse, timeout, timeout, threads, queue);
    }

    /** With {@code queueWait}, how long a document may wait for a thread (the time limit, unless a test says otherwise). */
    ParseExecutor(
            BiFunction<String, DocumentFormat, ResponseDraft> parser,
            Duration timeout,
            Duration queueWait,
            int threads,
            int queue) {
        if (timeout.isNegative() || timeout.isZero() || threads < 1 || queue < 1) {
            throw new IllegalArgumentException(
                    "The parse timeout must be positive, with at least one thread and one queue place.");
        }
        this.parser = parser;
        this.timeout = timeout;
        this.queueWait = queueWait;
        this.workers = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue),
                new Named(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Parses one response document within the time limit.
     *
     * @throws ImportRejected as the parser does, or with code {@link ImportRejected#TOO_COMPLEX} when the time is up
     * @throws ImportBusy     when no thread is free to read it
     */
    public ResponseDraft parse(String document, DocumentFormat format) {
        CountDownLatch started = new CountDownLatch(1);
        Future<ResponseDraft> parse;
        try {
            parse = workers.submit(() -> {
                started.countDown();
                return parser.apply(document, format);
            });
        } catch (RejectedExecutionException e) {
            throw new ImportBusy(timeout);
        }
        try {
            if (!started.await(queueWait.toNanos(), TimeUnit.NANOSECONDS)) {
                parse.cancel(true);
                throw new ImportBusy(timeout);
            }
            return parse.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ImportRejected(
                    ImportRejected.TOO_COMPLEX,
                    "The document took longer than " + timeout.toMillis()
                            + " ms to read and was not read; split it, or remove repeated or unusual text.");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the request was interrupted while its document was read");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many parses are running now. */
    int running() {
        return workers.getActiveCount();
    }

    /** How many documents wait for a thread. */
    int waiting() {
        return workers.getQueue().size();
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "import-parse-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
