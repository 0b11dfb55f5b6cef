package dev.commitmenttracker.importing;

import java.util.concurrent.CancellationException;

/**
 * Lets a parse stop when its thread is interrupted (its time is up): the parser checks at its loop
 * boundaries, and each step between two checks is linear in the text it reads.
 */
final class Interruption {

    private Interruption() {}

    /** Throws when the current thread has been interrupted, leaving the interrupt status set. */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the parse was stopped");
        }
    }
}
