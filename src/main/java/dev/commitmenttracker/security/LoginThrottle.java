package dev.commitmenttracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Failed password sign-ins, counted per user name and per client address over a sliding window
 * ({@code tracker.security.throttle}). Once a user name has {@code user-failures} failures in the window, or an address
 * {@code address-failures}, {@link #refusal} says how long until the next attempt is checked at all. A success forgets
 * the user name's failures (not the address's). Held in memory, per node (ADR 0018): a cluster of N nodes lets at most N
 * times the limit through, and a restart forgets.
 */
public final class LoginThrottle {

    private final SecurityProperties.Throttle settings;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> failures;

    public LoginThrottle(SecurityProperties.Throttle settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .expireAfterAccess(settings.window())
                .maximumSize(settings.maxKeys())
                .build();
    }

    /** How long until this user name from this address may try again, if it may not now. */
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(
                waitFor(userKey(username), settings.userFailures(), now),
                waitFor(addressKey(address), settings.addressFailures(), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A password check failed for this user name from this address. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    /** A password check passed: the user name's failures are forgotten. */
    public void succeeded(String username) {
        failures.invalidate(userKey(username));
    }

    private void record(String key, Instant at) {
        Deque<Instant> times = failures.get(key, ignored -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(at);
            // Only the most recent failures up to the limit can decide a refusal.
            while (times.size() > Math.max(settings.userFailures(), settings.addressFailures())) {
                times.removeFirst();
            }
        }
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant windowStart = now.minus(settings.window());
            times.removeIf(at -> !at.isAfter(windowStart));
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            // Refused until the oldest of the last `limit` failures leaves the window.
            Instant decisive =
                    times.stream().skip(times.size() - limit).findFirst().orElseThrow();
            return Duration.between(now, decisive.plus(settings.window()));
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        // InMemoryUserDetailsManager ignores case in user names; so does the count.
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
