package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The Area committed to an action in its response to an inspection. */
@Revision("1")
public record CommitmentRecorded(
        String commitmentId,
        AreaCode area,
        List<AreaCode> jointWith,
        String inspectionId,
        Integer issueNumber,
        Theme theme,
        String text,
        LocalDate committedOn,
        LocalDate dueDate,
        Integer targetCompliance)
        implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return committedOn;
    }
}
