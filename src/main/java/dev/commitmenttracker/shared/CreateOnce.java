package dev.commitmenttracker.shared;

import java.util.function.BooleanSupplier;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * Creates an aggregate under a client-chosen id at most once. A repeat of the same request is answered as the
 * first was; a different request under a taken id is refused. When the store refuses the create, the store is
 * asked again whether the id is really taken: Axon reports some SQL faults (a missing table, say) as "cannot
 * reuse aggregate identifier", and those are database faults, not duplicates. A database out of reach is not asked
 * again.
 */
public final class CreateOnce {

    private CreateOnce() {}

    /**
     * @param exists      whether the id is already recorded
     * @param create      sends the create command
     * @param requireSame refuses (throws) unless the recorded aggregate is what this request would have made
     * @return true when this call created it, false when it was already there
     */
    public static boolean create(BooleanSupplier exists, Runnable create, Runnable requireSame) {
        if (exists.getAsBoolean()) {
            requireSame.run();
            return false;
        }
        try {
            create.run();
            return true;
        } catch (RuleViolation refused) {
            throw refused;
        } catch (RuntimeException failure) {
            if (!(failure instanceof EventStoreException) && !DatabaseUnavailable.isDatabaseFault(failure)) {
                throw failure;
            }
            if (DatabaseUnavailable.isConnectionFault(failure)) {
                // out of reach: asking again would only hold the request past its 2 s (ADR 0021)
                throw new DatabaseUnavailable("The database could not be reached to record a new aggregate", failure);
            }
            if (exists.getAsBoolean()) {
                requireSame.run();
                return false;
            }
            throw new DatabaseUnavailable("The event store refused a new aggregate that it does not hold", failure);
        }
    }
}
