package dev.commitmenttracker.reporting.web;

import dev.commitmenttracker.contacts.ContactBook;
import dev.commitmenttracker.reporting.reminders.Attention;
import dev.commitmenttracker.reporting.reminders.AttentionItem;
import dev.commitmenttracker.reporting.reminders.DailyRun;
import dev.commitmenttracker.reporting.reminders.NotificationView;
import dev.commitmenttracker.reporting.reminders.Notifications;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.web.Csv;
import dev.commitmenttracker.web.CsvRows;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reminders over HTTP: the attention report (read by whoever may read the Area; owner contacts only for a national
 * lead and the unit's managers), the notifications written and sent (a national lead sees all, an Area manager its
 * units'), and running the daily job now (national lead).
 */
@RestController
class ReminderController {

    /** GET /api/reports/attention: as of {@code today}, with due soon meaning due within {@code dueSoonDays}; in CSV the items. */
    record AttentionReport(LocalDate today, int dueSoonDays, List<AttentionItem> items)
            implements CsvRows<AttentionItem> {

        @Override
        public List<AttentionItem> csvRows() {
            return items;
        }
    }

    /** GET /api/notifications: how messages leave ({@code smtp} or {@code outbox-only}) and the newest messages. */
    record NotificationList(String delivery, List<NotificationView> notifications) {}

    private final Attention attention;
    private final DailyRun dailyRun;
    private final Notifications notifications;
    private final ReportScopes scopes;
    private final ContactBook contacts;

    ReminderController(
            Attention attention,
            DailyRun dailyRun,
            Notifications notifications,
            ReportScopes scopes,
            ContactBook contacts) {
        this.attention = attention;
        this.dailyRun = dailyRun;
        this.notifications = notifications;
        this.scopes = scopes;
        this.contacts = contacts;
    }

    @GetMapping(
            path = "/api/reports/attention",
            produces = {MediaType.APPLICATION_JSON_VALUE, Csv.TEXT_CSV_VALUE})
    AttentionReport attention(@RequestParam(required = false) AreaCode area) {
        LocalDate today = dailyRun.today();
        return new AttentionReport(
                today,
                notifications.dueSoonDays(),
                attention.in(scopes.scope(area).areas(), today, contacts::mayKeep));
    }

    @GetMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    NotificationList notifications(@RequestParam(defaultValue = "200") int limit) {
        return new NotificationList(notifications.delivery(), notifications.visible(limit));
    }

    @PostMapping(path = "/api/notifications/daily-run", produces = MediaType.APPLICATION_JSON_VALUE)
    DailyRun.Answer runNow() {
        notifications.requireMayRun();
        return dailyRun.run("request");
    }
}
