package dev.commitmenttracker.importing;

import java.time.Duration;

/**
 * Every parsing thread is taken and the queue is full: the import is refused for now, to be tried again
 * after {@link #retryAfter()}. Answered 429 with a {@code Retry-After} header, code {@value #CODE}.
 */
public class ImportBusy extends RuntimeException {

    /** The stable code of the refusal. */
    public static final String CODE = "import.busy";

    private final Duration retryAfter;

    public ImportBusy(Duration retryAfter) {
        super("Other documents are being read; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
        this.retryAfter = retryAfter;
    }

    /** How long a client should wait before sending the document again: one parse time limit. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
