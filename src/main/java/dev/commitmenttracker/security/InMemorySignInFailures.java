package dev.commitmenttracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Failed sign-ins held by this node only: the last {@code keep} failure times of at most {@code maxKeys} keys, a key
 * forgotten once untouched for the window. The throttle's fallback while the database does not answer.
 */
final class InMemorySignInFailures implements SignInFailures {

    private final int keep;
    private final Cache<String, Deque<Instant>> failures;

    InMemorySignInFailures(int keep, Duration window, long maxKeys) {
        this.keep = keep;
        this.failures = Caffeine.newBuilder()
                .expireAfterAccess(window)
                .maximumSize(maxKeys)
                .build();
    }

    @Override
    public Map<String, List<Instant>> after(List<String> keys, Instant after) {
        Map<String, List<Instant>> found = new LinkedHashMap<>();
        for (String key : keys) {
            Deque<Instant> times = failures.getIfPresent(key);
            if (times == null) {
                continue;
            }
            synchronized (times) {
                List<Instant> recent =
                        times.stream().filter(at -> at.isAfter(after)).toList();
                if (!recent.isEmpty()) {
                    found.put(key, recent);
                }
            }
        }
        return found;
    }

    @Override
    public void add(List<String> keys, Instant at, Instant expired) {
        for (String key : keys) {
            Deque<Instant> times = failures.get(key, ignored -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(at);
                times.removeIf(time -> !time.isAfter(expired));
                // Only the most recent failures up to the limit can decide a refusal.
                while (times.size() > keep) {
                    times.removeFirst();
                }
            }
        }
    }

    @Override
    public void forget(String key) {
        failures.invalidate(key);
    }
}
