package dev.commitmenttracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commitmenttracker.shared.DatabaseUnavailable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * Failed password sign-ins, counted per user name and per client address over a sliding window
 * ({@code tracker.security.throttle}). Once a user name has {@code user-failures} failures in the window, or an address
 * {@code address-failures}, {@link Check#refusal} says how long until the next attempt is checked at all. A success
 * forgets the user name's failures (not the address's).
 * <p>
 * The failures are shared by every node ({@link DatabaseSignInFailures}, ADR 0022): N nodes let through what one does.
 * Each node also keeps its own recent failures in memory. When the database does not answer, the throttle counts with
 * those alone for {@code shared-retry} before it asks the database again: still refusing after the limit (per node, as
 * before ADR 0022), never refusing everyone for want of a count. The attempt that finds the database out of reach (no
 * connection, or none in time) is refused unchecked with an {@link AuthenticationServiceException}, answered 503: the
 * request needs the database anyway and would only wait for it a second time (ADR 0021).
 */
public final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Longer keys (a user name is whatever a client sends) are stored as a digest, to fit the column. */
    static final int LONGEST_KEY = 200;

    private final SecurityProperties.Throttle settings;
    private final Clock clock;
    private final SignInFailures local;
    private final SignInFailures shared;
    private volatile long sharedAwayUntil = System.nanoTime();
    /** The shared failures of each key as last read, for {@link #recheck}; a failure or success here drops its keys. */
    private final Cache<String, Read> lastRead;

    private record Read(Instant at, List<Instant> failures) {}

    /** One node's throttle, in memory only. */
    public LoginThrottle(SecurityProperties.Throttle settings, Clock clock) {
        this(settings, clock, null);
    }

    /** The service's throttle: failures in {@code shared}, this node's memory while that does not answer. */
    LoginThrottle(SecurityProperties.Throttle settings, Clock clock, SignInFailures shared) {
        this.settings = settings;
        this.clock = clock;
        this.local = new InMemorySignInFailures(
                Math.max(settings.userFailures(), settings.addressFailures()), settings.window(), settings.maxKeys());
        this.shared = shared;
        this.lastRead = Caffeine.newBuilder().maximumSize(settings.maxKeys()).build();
    }

    /**
     * What the failures recorded so far say about a sign-in of this user name from this address: whether it is refused
     * unchecked, and for how long.
     */
    public Check check(String username, String address) {
        return check(username, address, Duration.ZERO);
    }

    /**
     * {@link #check} for a password that passed the full check recently (the credential cache vouches for it): the
     * shared failures may be as old as {@code recheck-after}, so that the database is not asked on every request of
     * a signed-in API client. This node's own failures are seen at once; another node's within {@code recheck-after}.
     * Only the right password gets here, so the throttle still stops guessing: a wrong one is a full {@link #check}.
     */
    public Check recheck(String username, String address) {
        return check(username, address, settings.recheckAfter());
    }

    private Check check(String username, String address, Duration maxAge) {
        Instant now = clock.instant();
        String user = userKey(username);
        String from = addressKey(address);
        Map<String, List<Instant>> failures = read(List.of(user, from), now, maxAge);
        Duration wait = max(
                waitFor(failures.get(user), settings.userFailures(), now),
                waitFor(failures.get(from), settings.addressFailures(), now));
        return new Check(username, wait.isZero() ? Optional.empty() : Optional.of(wait), failures.containsKey(user));
    }

    /** A password check failed for this user name from this address. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        List<String> keys = List.of(userKey(username), addressKey(address));
        Instant expired = now.minus(settings.window());
        local.add(keys, now, expired);
        lastRead.invalidateAll(keys);
        if (sharedAnswers()) {
            try {
                shared.add(keys, now, expired);
            } catch (DataAccessException e) {
                sharedFailed(e);
            }
        }
    }

    /** A password check passed: the user name's failures are forgotten (a write only if it had any). */
    public void succeeded(Check check) {
        String user = userKey(check.username());
        local.forget(user);
        if (check.userHadFailures()) {
            lastRead.invalidate(user);
        }
        if (check.userHadFailures() && sharedAnswers()) {
            try {
                shared.forget(user);
            } catch (DataAccessException e) {
                sharedFailed(e);
            }
        }
    }

    /**
     * The throttle's answer before a password check.
     *
     * @param refusal how long until this sign-in is checked, when it is refused now
     * @param userHadFailures whether the user name had failures in the window (only then does a success write)
     */
    public record Check(String username, Optional<Duration> refusal, boolean userHadFailures) {}

    private Map<String, List<Instant>> read(List<String> keys, Instant now, Duration maxAge) {
        Instant after = now.minus(settings.window());
        if (sharedAnswers()) {
            try {
                return maxAge.isZero() ? remembered(keys, now, shared.after(keys, after)) : recent(keys, now, maxAge);
            } catch (DataAccessException e) {
                sharedFailed(e);
                if (DatabaseUnavailable.isConnectionFault(e)) {
                    // Out of reach: this request would only wait for it again (ADR 0021). Answered 503, unchecked.
                    throw new AuthenticationServiceException("The database is out of reach", e);
                }
            }
        }
        return local.after(keys, after);
    }

    /** The keys' shared failures as read within {@code maxAge}, or read now (one query for every key). */
    private Map<String, List<Instant>> recent(List<String> keys, Instant now, Duration maxAge) {
        Map<String, List<Instant>> failures = new HashMap<>();
        for (String key : keys) {
            Read read = lastRead.getIfPresent(key);
            if (read == null || read.at().plus(maxAge).isBefore(now)) {
                return remembered(keys, now, shared.after(keys, now.minus(settings.window())));
            }
            if (!read.failures().isEmpty()) {
                failures.put(key, read.failures());
            }
        }
        return failures;
    }

    private Map<String, List<Instant>> remembered(List<String> keys, Instant now, Map<String, List<Instant>> read) {
        for (String key : keys) {
            lastRead.put(key, new Read(now, List.copyOf(read.getOrDefault(key, List.of()))));
        }
        return read;
    }

    private boolean sharedAnswers() {
        return shared != null && System.nanoTime() - sharedAwayUntil >= 0;
    }

    private void sharedFailed(DataAccessException e) {
        sharedAwayUntil = System.nanoTime() + settings.sharedRetry().toNanos();
        log.warn(
                "Sign-in failures cannot be read or written in the database ({}); counting on this node alone for {}",
                e.getMostSpecificCause().getClass().getSimpleName(),
                settings.sharedRetry());
    }

    private Duration waitFor(List<Instant> times, int limit, Instant now) {
        if (times == null || times.size() < limit) {
            return Duration.ZERO;
        }
        // Refused until the oldest of the last `limit` failures leaves the window.
        Instant decisive = times.get(times.size() - limit);
        Duration wait = Duration.between(now, decisive.plus(settings.window()));
        return wait.isNegative() || wait.isZero() ? Duration.ZERO : wait;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String userKey(String username) {
        // InMemoryUserDetailsManager ignores case in user names; so does the count.
        return fitted("user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT)));
    }

    static String addressKey(String address) {
        return fitted("address:" + (address == null ? "unknown" : address));
    }

    private static String fitted(String key) {
        if (key.length() <= LONGEST_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, key.indexOf(':') + 1) + "sha256:"
                    + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
