package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The missed checks of commitments with an assurance plan, as of a day.
 *
 * <p>placeholder until the cadence branch merges
 */
@Component
public class MissedChecks {

    public List<MissedCheck> all(LocalDate today) {
        return List.of();
    }

    public List<MissedCheck> inArea(AreaCode area, LocalDate today) {
        return List.of();
    }

    public List<MissedCheck> ofCommitment(String commitmentId, LocalDate today) {
        return List.of();
    }
}
