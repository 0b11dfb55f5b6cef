package dev.commitmenttracker.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where {@link LoginThrottle} keeps failed password checks: each failure is a time under a key (a user name or a client
 * address). {@link DatabaseSignInFailures} shares them between nodes; {@link InMemorySignInFailures} is one node's own.
 */
interface SignInFailures {

    /** The failure times of these keys later than {@code after}, oldest first; a key without any is absent. */
    Map<String, List<Instant>> after(List<String> keys, Instant after);

    /** A failure at {@code at} under each of these keys; failures at or before {@code expired} may be dropped. */
    void add(List<String> keys, Instant at, Instant expired);

    /** Every failure under this key is forgotten. */
    void forget(String key);
}
