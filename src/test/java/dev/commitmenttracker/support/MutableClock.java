package dev.commitmenttracker.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock tests can set, so that "today", "overdue" and "due in 30 days" are exact. Starts at 2026-11-22. */
public class MutableClock extends Clock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 22);

    private volatile Instant now = DEFAULT_TODAY.atTime(12, 0).atZone(LONDON).toInstant();

    public void setToday(LocalDate today) {
        now = today.atTime(12, 0).atZone(LONDON).toInstant();
    }

    /** Moves the clock on (or back, with a negative duration). */
    public void advance(java.time.Duration by) {
        now = now.plus(by);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, LONDON);
    }

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
