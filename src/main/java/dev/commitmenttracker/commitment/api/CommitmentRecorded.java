package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The unit committed to an action in its response to an inspection, answering the finding named by
 * {@code findingKind} and {@code issueNumber}, if any. Revision 2 added {@code findingKind}; revision 1 is upcast with
 * ISSUE_TO_ADDRESS where it names an issue number.
 */
@Revision("2")
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
        Integer targetCompliance,
        FindingKind findingKind)
        implements CommitmentEvent {

    /** A commitment answering an issue to address, or no finding: the shape of revision 1. */
    public CommitmentRecorded(
            String commitmentId,
            AreaCode area,
            List<AreaCode> jointWith,
            String inspectionId,
            Integer issueNumber,
            Theme theme,
            String text,
            LocalDate committedOn,
            LocalDate dueDate,
            Integer targetCompliance) {
        this(
                commitmentId,
                area,
                jointWith,
                inspectionId,
                issueNumber,
                theme,
                text,
                committedOn,
                dueDate,
                targetCompliance,
                issueNumber == null ? null : FindingKind.ISSUE_TO_ADDRESS);
    }

    /** {@link #answersKind()} by its name, for those who may not know the inspection contract (the read side). */
    public String answersKindName() {
        FindingKind kind = answersKind();
        return kind == null ? null : kind.name();
    }

    /** The kind of finding answered: an issue to address when a number is named without a kind. */
    public FindingKind answersKind() {
        return issueNumber == null ? null : findingKind == null ? FindingKind.ISSUE_TO_ADDRESS : findingKind;
    }

    @Override
    public LocalDate businessDate() {
        return committedOn;
    }
}
