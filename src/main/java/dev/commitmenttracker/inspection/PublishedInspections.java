package dev.commitmenttracker.inspection;

import dev.commitmenttracker.inspection.api.InspectionState;
import java.util.Optional;

/**
 * The inspections already recorded, as the Inspection aggregate looks up the one a follow-up inspection follows up.
 * Axon hands it to the command handler as a resource (the Spring bean, or an in-memory one in aggregate tests).
 */
public interface PublishedInspections {

    /** The inspection recorded under this id, whoever asks. */
    Optional<InspectionState> find(String inspectionId);
}
