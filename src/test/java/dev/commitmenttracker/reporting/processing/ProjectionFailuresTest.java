package dev.commitmenttracker.reporting.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.eventhandling.ErrorContext;
import org.junit.jupiter.api.Test;

class ProjectionFailuresTest {

    static final Instant THEN = Instant.parse("2021-03-04T05:06:07Z");

    @Test
    void givenAFailedBatch_thenItIsRememberedAtTheTrackersClockTimeAndPropagated() {
        ProjectionFailures failures =
                new ProjectionFailures(new SimpleMeterRegistry(), Clock.fixed(THEN, ZoneOffset.UTC));

        assertThatThrownBy(() -> failures.errorHandler("a-projection")
                        .handleError(
                                new ErrorContext("a-projection", new IllegalStateException("broken row"), List.of())))
                .hasMessageContaining("broken row");

        assertThat(failures.unresolved("a-projection", null)).hasValueSatisfying(failure -> {
            assertThat(failure.at()).isEqualTo(THEN);
            assertThat(failure.message()).isEqualTo("IllegalStateException: broken row");
        });
        assertThat(failures.counter("a-projection").count()).isEqualTo(1.0);
    }
}
