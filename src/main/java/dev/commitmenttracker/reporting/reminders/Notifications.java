package dev.commitmenttracker.reporting.reminders;

import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.RuleViolation;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Who sees the notifications and runs the daily job. The messages carry names and email addresses: a national lead
 * sees every message, an Area manager those of its units; other roles none ({@code auth.forbidden}). Only a national
 * lead runs the job on request.
 */
@Service
public class Notifications {

    public static final int MAX_LIMIT = 1000;

    private final Outbox outbox;
    private final Sender sender;
    private final CurrentUser user;
    private final ReminderSettings settings;

    Notifications(Outbox outbox, Sender sender, CurrentUser user, ReminderSettings settings) {
        this.outbox = outbox;
        this.sender = sender;
        this.user = user;
        this.settings = settings;
    }

    public List<NotificationView> visible(int limit) {
        RuleViolation.requireValid(
                limit >= 1 && limit <= MAX_LIMIT,
                "limit",
                "out-of-range",
                "The limit must be from 1 to " + MAX_LIMIT + "; " + limit + " was sent.");
        if (user.has(TrackerRole.NATIONAL_LEAD)) {
            return outbox.list(null, limit);
        }
        if (user.has(TrackerRole.AREA_MANAGER)) {
            return outbox.list(user.scopedAreas(), limit);
        }
        throw RuleViolation.forbidden(
                "auth.forbidden",
                "Notifications name the people they went to: only a national lead and Area managers see them.");
    }

    public void requireMayRun() {
        if (!user.has(TrackerRole.NATIONAL_LEAD)) {
            throw RuleViolation.forbidden("auth.forbidden", "Only a national lead runs the daily job on request.");
        }
    }

    public String delivery() {
        return sender.delivery();
    }

    public int dueSoonDays() {
        return settings.dueSoonDays();
    }
}
