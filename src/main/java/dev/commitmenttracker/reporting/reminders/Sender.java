package dev.commitmenttracker.reporting.reminders;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's pending messages over SMTP, one at a time: claim the row (only one node wins), hand the
 * message to the mail server, mark it sent. A node that stops after the mail server accepted a message and before
 * marking it sent leaves it SENDING; once {@code tracker.reminders.send-lease} has passed, it is sent again (at least
 * once, ADR 0020), with the same Message-ID so that a mail client can tell the copy. On the outbox-only delivery
 * nothing is sent: the messages stay PENDING and are shown as what would be sent.
 */
@Component
public class Sender {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final Optional<JavaMailSender> mail;
    private final ReminderSettings settings;
    private final Clock clock;

    Sender(Outbox outbox, ObjectProvider<JavaMailSender> mail, ReminderSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mail = Optional.ofNullable(mail.getIfAvailable());
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code smtp} when messages leave by SMTP, {@code outbox-only} when they are only shown. */
    public String delivery() {
        return switch (settings.delivery()) {
            case "outbox-only" -> "outbox-only";
            default -> mail.isPresent() ? "smtp" : "outbox-only";
        };
    }

    /** Sends what is pending; answers how many messages the mail server accepted. */
    public int sendPending() {
        if (!"smtp".equals(delivery())) {
            return 0;
        }
        int sent = 0;
        Instant leaseExpired = Instant.now().minus(settings.sendLease());
        for (long id : outbox.toSend(leaseExpired, BATCH)) {
            if (!outbox.claim(id, Instant.now(), leaseExpired)) {
                continue;
            }
            NotificationView message = outbox.find(id).orElseThrow();
            try {
                mail.get().send(mime(message));
                outbox.markSent(id, Instant.now());
                sent++;
            } catch (MailException | MessagingException e) {
                log.warn("The mail server did not take notification {}: {}", id, e.getMessage());
                outbox.markRefused(id, e.getMessage(), settings.maxAttempts());
            }
        }
        return sent;
    }

    private MimeMessage mime(NotificationView message) throws MessagingException {
        String messageId = "<notification-" + message.id() + "-" + digest(message) + "@commitment-tracker>";
        Session session = mail.get() instanceof JavaMailSenderImpl impl ? impl.getSession() : null;
        MimeMessage mime = session == null
                ? mail.get().createMimeMessage()
                : new MimeMessage(session) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", messageId);
                    }
                };
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.recipientEmail()));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        mime.setHeader("X-Tracker-Notification", message.kind() + " " + message.period());
        return mime;
    }

    private static String digest(NotificationView message) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((message.id() + "|" + message.subject() + "|" + message.period())
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
