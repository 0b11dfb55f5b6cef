package dev.commitmenttracker.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * Requests that failed on the database, as the log shows them. While the database is away every request fails the same
 * way, and a full stack trace for each (a hundred lines of Hikari, Hibernate and Spring) buried the log and cost each
 * 503 its formatting. So the trace is written for the first fault and then at most once per {@link #TRACE_EVERY}, saying
 * how many faults were logged without it since; every fault still gets its own line, at ERROR, with the request and the
 * database's own message. One per node, shared by the API's problem answers and the pages' error pages.
 */
public final class DatabaseFaultLog {

    /** At most one stack trace per this long. */
    public static final Duration TRACE_EVERY = Duration.ofSeconds(30);

    /** The node's one log of database faults. */
    public static final DatabaseFaultLog NODE =
            new DatabaseFaultLog(LoggerFactory.getLogger(DatabaseFaultLog.class), System::nanoTime);

    private final Logger log;
    private final LongSupplier nanoTime;
    private final AtomicLong nextTraceAt = new AtomicLong();
    private final AtomicInteger sinceTrace = new AtomicInteger();
    private volatile boolean traced;

    DatabaseFaultLog(Logger log, LongSupplier nanoTime) {
        this.log = log;
        this.nanoTime = nanoTime;
    }

    /** Logs a request that failed on the database: {@code what} names the request ("POST /api/commitments"). */
    public void fault(String what, Throwable failure) {
        long now = nanoTime.getAsLong();
        long next = nextTraceAt.get();
        if ((!traced || now - next >= 0) && nextTraceAt.compareAndSet(next, now + TRACE_EVERY.toNanos())) {
            traced = true;
            int without = sinceTrace.getAndSet(0);
            log.error(
                    "Database fault on {}{}",
                    what,
                    without == 0 ? "" : " (" + without + " more logged without their trace since the last one)",
                    failure);
            return;
        }
        sinceTrace.incrementAndGet();
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        log.error(
                "Database fault on {}: {}{} (trace at most every {} s)",
                what,
                cause.getClass().getSimpleName(),
                cause.getMessage() == null ? "" : ": " + cause.getMessage(),
                TRACE_EVERY.toSeconds());
    }
}
