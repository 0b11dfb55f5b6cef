package dev.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.support.MutableClock;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The throttle of several nodes over one store of failures (the database, ADR 0022): failures spread over the nodes
 * add up to one limit, a success on one node forgets them for all, a success without earlier failures writes nothing;
 * with the database out of reach the attempt that finds it so is refused unchecked (503), and then each node counts
 * alone, still refusing after its own limit instead of letting everyone through.
 */
class SharedLoginThrottleTest {

    static final String PASSWORD = "right horse battery";
    static final String HERE = "10.0.0.7";
    static final SecurityProperties.Throttle LIMITS = new SecurityProperties.Throttle(
            5, 20, Duration.ofMinutes(15), 1000L, Duration.ofSeconds(30), Duration.ofSeconds(1));

    final CredentialCacheTest.CountingEncoder encoder = new CredentialCacheTest.CountingEncoder();
    final MutableClock clock = new MutableClock();
    final Database database = new Database();
    final ThrottledAuthenticationProvider nodeA = node();
    final ThrottledAuthenticationProvider nodeB = node();

    /** The shared store, which the test can take away; it counts what it is asked to do. */
    static final class Database implements SignInFailures {
        final InMemorySignInFailures rows = new InMemorySignInFailures(20, Duration.ofMinutes(15), 1000);
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();
        /** The database answers, fails each statement (a refusal), or cannot be reached at all. */
        enum State {
            UP,
            FAILING,
            OUT_OF_REACH
        }

        volatile State state = State.UP;

        @Override
        public Map<String, List<Instant>> after(List<String> keys, Instant after) {
            reads.incrementAndGet();
            answerOrFail();
            return rows.after(keys, after);
        }

        @Override
        public void add(List<String> keys, Instant at, Instant expired) {
            writes.incrementAndGet();
            answerOrFail();
            rows.add(keys, at, expired);
        }

        @Override
        public void forget(String key) {
            writes.incrementAndGet();
            answerOrFail();
            rows.forget(key);
        }

        private void answerOrFail() {
            switch (state) {
                case UP -> {}
                case FAILING -> throw new DataAccessResourceFailureException("relation is locked");
                case OUT_OF_REACH ->
                    throw new DataAccessResourceFailureException(
                            "no connection",
                            new SQLTransientConnectionException("Connection is not available, request timed out"));
            }
        }
    }

    ThrottledAuthenticationProvider node() {
        return new ThrottledAuthenticationProvider(fullCheck(), new LoginThrottle(LIMITS, clock, database));
    }

    /** A node as the service builds it: the throttle in front of the credential cache in front of bcrypt. */
    ThrottledAuthenticationProvider cachingNode() {
        CredentialCache cache = new CredentialCache(
                new SecurityProperties.CredentialCacheSettings(Duration.ofMinutes(5), 100L), Ticker.systemTicker());
        return new ThrottledAuthenticationProvider(
                new CachingAuthenticationProvider(fullCheck(), cache), new LoginThrottle(LIMITS, clock, database));
    }

    DaoAuthenticationProvider fullCheck() {
        TrackerUsers users = new TrackerUsers(
                List.of(new UserAccount(
                                "manager.wessex",
                                encoder.encode(PASSWORD),
                                Set.of(TrackerRole.AREA_MANAGER),
                                Set.of(AreaCode.WESSEX))
                        .toUserDetails()),
                username -> {});
        DaoAuthenticationProvider fullCheck = new DaoAuthenticationProvider(users);
        fullCheck.setPasswordEncoder(encoder);
        return fullCheck;
    }

    boolean signIn(ThrottledAuthenticationProvider node, String password, String address) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated("manager.wessex", password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return node.authenticate(attempt).isAuthenticated();
    }

    void failOn(ThrottledAuthenticationProvider node, int times) {
        for (int i = 0; i < times; i++) {
            String wrong = "wrong " + i;
            assertThatThrownBy(() -> signIn(node, wrong, HERE)).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void givenFailuresSpreadOverTwoNodes_whenTheyReachTheLimit_thenBothNodesRefuseUnchecked() {
        failOn(nodeA, 3);
        failOn(nodeB, 2);
        int checks = encoder.matches.get();

        assertThatThrownBy(() -> signIn(nodeA, PASSWORD, HERE)).isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> signIn(nodeB, PASSWORD, "10.0.0.8")).isInstanceOf(LoginThrottledException.class);
        assertThat(encoder.matches.get()).as("no bcrypt while throttled").isEqualTo(checks);
    }

    @Test
    void givenFourFailuresOnA_whenTheRightPasswordOnB_thenAForgetsThemToo() {
        failOn(nodeA, 4);
        assertThat(signIn(nodeB, PASSWORD, HERE)).isTrue();

        failOn(nodeA, 4);

        assertThat(signIn(nodeA, PASSWORD, HERE)).isTrue();
    }

    @Test
    void givenNoFailures_whenSignedIn_thenTheStoreIsReadOnceAndNotWritten() {
        assertThat(signIn(nodeA, PASSWORD, HERE)).isTrue();
        assertThat(signIn(nodeB, PASSWORD, HERE)).isTrue();

        assertThat(database.reads).hasValue(2);
        assertThat(database.writes).hasValue(0);
    }

    @Test
    void givenCachedCredentials_whenTheClientGoesOnSigningIn_thenTheStoreIsReadOncePerRecheckNotOncePerRequest() {
        ThrottledAuthenticationProvider api = cachingNode();
        assertThat(signIn(api, PASSWORD, HERE)).isTrue();
        int afterFirst = database.reads.get();

        for (int i = 0; i < 50; i++) {
            assertThat(signIn(api, PASSWORD, HERE)).isTrue();
        }
        assertThat(database.reads).as("within recheck-after of the first read").hasValue(afterFirst);
        assertThat(encoder.matches).as("bcrypt once, then the cache").hasValue(1);

        clock.advance(Duration.ofMillis(1001));
        assertThat(signIn(api, PASSWORD, HERE)).isTrue();
        assertThat(database.reads)
                .as("read again once recheck-after has passed")
                .hasValue(afterFirst + 1);
    }

    @Test
    void givenCachedCredentials_whenAnotherNodeReachesTheLimit_thenTheCachedPasswordIsRefusedWithinRecheckAfter() {
        ThrottledAuthenticationProvider api = cachingNode();
        assertThat(signIn(api, PASSWORD, HERE)).isTrue();

        failOn(nodeB, 5);
        clock.advance(Duration.ofMillis(1001));

        assertThatThrownBy(() -> signIn(api, PASSWORD, HERE))
                .as("the right, cached password: the throttle still holds once the counts are read again")
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void givenCachedCredentials_whenThisNodeReachesTheLimit_thenEvenTheCachedPasswordIsRefusedAtOnce() {
        ThrottledAuthenticationProvider api = cachingNode();
        assertThat(signIn(api, PASSWORD, HERE)).isTrue();

        failOn(api, 5);

        assertThatThrownBy(() -> signIn(api, PASSWORD, HERE))
                .as("a guesser cannot tell the right password from the cache while throttled")
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void givenTheDatabaseOutOfReach_whenASignIn_thenRefusedUncheckedOnce_andThenThisNodeCountsAlone() {
        failOn(nodeA, 2);
        database.state = Database.State.OUT_OF_REACH;
        int checks = encoder.matches.get();

        assertThatThrownBy(() -> signIn(nodeA, PASSWORD, HERE))
                .as("the request would wait for the database again: answered 503 at once")
                .isInstanceOf(AuthenticationServiceException.class);
        assertThat(encoder.matches.get()).isEqualTo(checks);

        failOn(nodeA, 3);
        assertThatThrownBy(() -> signIn(nodeA, PASSWORD, HERE))
                .as("2 failures before the outage and 3 during it: still refused on this node")
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> signIn(nodeB, PASSWORD, HERE)).isInstanceOf(AuthenticationServiceException.class);
        assertThat(signIn(nodeB, PASSWORD, HERE))
                .as("node B has seen no failure of its own: it lets the right password in")
                .isTrue();
    }

    @Test
    void givenTheDatabaseFailing_whenSignInsGoOn_thenItIsAskedOncePerPauseNotOncePerAttempt() {
        database.state = Database.State.FAILING;
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(nodeA, PASSWORD, HERE)).isTrue();
        }
        assertThat(database.reads).hasValue(1);

        database.state = Database.State.UP;
        assertThat(signIn(nodeB, PASSWORD, HERE)).isTrue();
        assertThat(database.reads).as("node B has not met the failure").hasValue(2);
    }

    @Test
    void aUserNameLongerThanTheColumnIsCountedUnderItsDigest() {
        String longName = "x".repeat(5000);

        assertThat(LoginThrottle.userKey(longName))
                .hasSizeLessThanOrEqualTo(LoginThrottle.LONGEST_KEY)
                .startsWith("user:sha256:")
                .isEqualTo(LoginThrottle.userKey(longName.toUpperCase()))
                .isNotEqualTo(LoginThrottle.userKey(longName + "y"));
    }
}
