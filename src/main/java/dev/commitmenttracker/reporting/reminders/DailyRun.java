package dev.commitmenttracker.reporting.reminders;

import dev.commitmenttracker.contacts.ContactBook;
import dev.commitmenttracker.reporting.reminders.Composition.Unreachable;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run: in one transaction, read what needs attention and the contacts, write the messages to the outbox
 * (each under its unique key: written once, whichever node or request runs it and however often) and a record of
 * the run; then the {@link Sender} delivers what is pending. A node stopping after the transaction loses nothing
 * (the rows are there for the next sender); stopping before it wrote nothing, and the next run writes it all.
 */
@Service
public class DailyRun {

    private static final Logger log = LoggerFactory.getLogger(DailyRun.class);
    private static final String NODE = node();

    /** What a run did: the messages it wrote now (none if an earlier run wrote them), those it could not address. */
    public record Answer(
            LocalDate day,
            String delivery,
            int queued,
            int sent,
            List<NotificationView> messages,
            List<Unreachable> unreachable) {}

    private final Attention attention;
    private final ContactBook contacts;
    private final Outbox outbox;
    private final Sender sender;
    private final ReminderSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DailyRun(
            Attention attention,
            ContactBook contacts,
            Outbox outbox,
            Sender sender,
            ReminderSettings settings,
            Clock clock,
            TransactionTemplate transaction) {
        this.attention = attention;
        this.contacts = contacts;
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** Today in the reminders' zone, from the tracker's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    /** Writes today's messages, then sends what is pending. {@code trigger}: {@code schedule} or {@code request}. */
    public Answer run(String trigger) {
        LocalDate today = today();
        Queued queued = queue(today, trigger);
        int sent = sender.sendPending();
        log.info(
                "Daily run {} ({}): {} messages written, {} sent",
                today,
                trigger,
                queued.keys().size(),
                sent);
        return new Answer(
                today,
                sender.delivery(),
                queued.keys().size(),
                sent,
                outbox.withKeys(queued.keys()),
                queued.unreachable());
    }

    record Queued(List<String> keys, List<Unreachable> unreachable) {}

    /** The transaction of a run: the messages and the run's record, or nothing. */
    Queued queue(LocalDate today, String trigger) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            Composition.Result composed =
                    Composition.compose(attention.everywhere(today), contacts.everyone(), today, settings);
            List<String> keys = outbox.write(composed.messages(), now);
            outbox.recordRun(today, NODE, trigger, now, keys.size());
            return new Queued(keys, composed.unreachable());
        });
    }

    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
