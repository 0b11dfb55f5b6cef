package dev.commitmenttracker.security;

import dev.commitmenttracker.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;

/** A password sign-in refused without being checked, after too many failures ({@link LoginThrottle}). */
public final class LoginThrottledException extends AuthenticationException {

    /** The problem code of the refusal (429). */
    public static final String CODE = "auth.throttled";

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least one: the value of the Retry-After header. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** The refusal in words, for the problem's detail and the sign-in page. */
    public String detail() {
        long minutes = (retryAfterSeconds() + 59) / 60;
        return "Too many failed sign-ins for this user or from this address. Try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes.");
    }

    /** Answers 429 {@code auth.throttled} as problem+json, with Retry-After: the password was not checked. */
    public void writeTo(Problems problems, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, CODE, null, detail());
    }
}
