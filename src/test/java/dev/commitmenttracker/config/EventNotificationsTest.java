package dev.commitmenttracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The listener for other nodes' commits never holds up start-up, and does nothing where it is not enabled. */
class EventNotificationsTest {

    @Test
    void givenNoDatabaseToListenTo_whenStarted_thenStartReturnsAndItKeepsTrying() {
        AtomicInteger wakes = new AtomicInteger();
        // port 1: nothing listens there, so every connection attempt fails
        EventNotifications notifications = new EventNotifications(
                "jdbc:postgresql://127.0.0.1:1/tracker", "tracker", "secret", wakes::incrementAndGet, true);
        notifications.start();
        try {
            assertThat(notifications.isRunning()).isTrue();
            assertThat(notifications.backendPid()).isZero();
            assertThat(wakes).hasValue(0);
        } finally {
            notifications.stop();
        }
        assertThat(notifications.isRunning()).isFalse();
    }

    @Test
    void givenNotEnabled_whenStarted_thenNothingRuns() {
        EventNotifications notifications = new EventNotifications(null, null, null, () -> {}, false);
        notifications.start();
        assertThat(notifications.isRunning()).isFalse();
    }
}
