package dev.commitmenttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/** During an outage every request fails alike: each is logged, its stack trace at most once per interval. */
class DatabaseFaultLogTest {

    final ListAppender<ILoggingEvent> written = new ListAppender<>();
    final AtomicLong nanos = new AtomicLong(-5_000_000_000L);
    DatabaseFaultLog faults;

    @BeforeEach
    void given() {
        Logger logger = (Logger) LoggerFactory.getLogger("test." + DatabaseFaultLog.class.getName() + "." + hashCode());
        logger.setAdditive(false);
        written.start();
        logger.addAppender(written);
        faults = new DatabaseFaultLog(logger, nanos::get);
    }

    @Test
    void theFirstFaultHasItsTraceTheNextOnesALineEachUntilTheIntervalHasPassed() {
        // when the database goes away and three requests fail on it, then two more after the interval
        faults.fault("POST /api/commitments", outage());
        faults.fault("GET /areas/WESSEX", outage());
        nanos.addAndGet(DatabaseFaultLog.TRACE_EVERY.toNanos() - 1);
        faults.fault("GET /api/reports/areas", outage());
        nanos.addAndGet(1);
        faults.fault("GET /", outage());
        faults.fault("GET /", outage());

        // then every fault is logged at ERROR, and only the first and the one after the interval with the trace
        assertThat(written.list)
                .hasSize(5)
                .allSatisfy(line -> assertThat(line.getLevel()).hasToString("ERROR"));
        assertThat(written.list)
                .extracting(line -> line.getThrowableProxy() != null)
                .containsExactly(true, false, false, true, false);
        assertThat(written.list.get(0).getFormattedMessage()).isEqualTo("Database fault on POST /api/commitments");
        assertThat(written.list.get(1).getFormattedMessage())
                .isEqualTo("Database fault on GET /areas/WESSEX: SQLTransientConnectionException: Connection is not"
                        + " available, request timed out after 500ms. (trace at most every 30 s)");
        assertThat(written.list.get(3).getFormattedMessage())
                .isEqualTo("Database fault on GET / (2 more logged without their trace since the last one)");
    }

    private static RuntimeException outage() {
        return new DataAccessResourceFailureException(
                "Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 500ms."));
    }
}
