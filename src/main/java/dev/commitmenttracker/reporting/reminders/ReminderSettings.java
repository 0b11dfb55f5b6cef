package dev.commitmenttracker.reporting.reminders;

import dev.commitmenttracker.shared.OwnerRole;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tracker.reminders.*}: when the daily run starts (Europe/London), on which day the weekly summaries go, the
 * windows, who receives what, and how messages leave.
 *
 * @param dailyAt            time of day of the daily run, in {@code zone}; default 07:00
 * @param weeklyOn           the day whose run also writes the weekly summaries; default MONDAY
 * @param zone               the zone of {@code dailyAt}; default Europe/London
 * @param dueSoonDays        "due soon" is due from today to this many days ahead; default 14
 * @param escalateAfterDays  a commitment overdue by more than this many days is escalated; default 30
 * @param weeklySummaryRole  the owner role of the NATIONAL unit who receives the weekly summaries; default
 *                           NATIONAL_THEME_LEAD
 * @param delivery           {@code outbox-only} (messages are shown on the notifications page and API, never sent) or
 *                           {@code smtp}; default {@code auto}: SMTP when {@code spring.mail.host} is set
 * @param from               the sender address of the messages
 * @param linkBase           the address of the tracker, for links in the messages
 * @param sendLease          a message claimed for sending longer ago than this is taken to be unsent (the node stopped)
 * @param maxAttempts        after this many failed attempts a message is FAILED and left for a person
 * @param scheduler          the cluster-safe schedule (db-scheduler): on or off, how often a node looks for due work
 */
@ConfigurationProperties("tracker.reminders")
public record ReminderSettings(
        LocalTime dailyAt,
        DayOfWeek weeklyOn,
        ZoneId zone,
        Integer dueSoonDays,
        Integer escalateAfterDays,
        OwnerRole weeklySummaryRole,
        String delivery,
        String from,
        String linkBase,
        Duration sendLease,
        Integer maxAttempts,
        Scheduler scheduler) {

    public record Scheduler(Boolean enabled, Duration pollingInterval) {

        public Scheduler {
            enabled = enabled == null || enabled;
            pollingInterval = pollingInterval == null ? Duration.ofSeconds(30) : pollingInterval;
        }
    }

    public ReminderSettings {
        dailyAt = dailyAt == null ? LocalTime.of(7, 0) : dailyAt;
        weeklyOn = weeklyOn == null ? DayOfWeek.MONDAY : weeklyOn;
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
        dueSoonDays = dueSoonDays == null ? 14 : dueSoonDays;
        escalateAfterDays = escalateAfterDays == null ? 30 : escalateAfterDays;
        weeklySummaryRole = weeklySummaryRole == null ? OwnerRole.NATIONAL_THEME_LEAD : weeklySummaryRole;
        delivery = delivery == null || delivery.isBlank() ? "auto" : delivery;
        from = from == null || from.isBlank() ? "commitment-tracker@localhost" : from;
        linkBase = linkBase == null || linkBase.isBlank() ? "http://localhost:8080" : linkBase;
        sendLease = sendLease == null ? Duration.ofMinutes(10) : sendLease;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        scheduler = scheduler == null ? new Scheduler(null, null) : scheduler;
    }
}
