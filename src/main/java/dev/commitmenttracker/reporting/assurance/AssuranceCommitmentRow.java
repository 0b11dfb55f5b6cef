package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.reporting.processing.FoldedCommitment;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A commitment as missed checks need it: where it stands (status, owner, due date, by the write side's fold), whether
 * it has a plan, and the spans it was closed or withdrawn.
 */
@Entity(name = "AssuranceCommitmentRow")
@Table(name = "report_assurance_commitment")
class AssuranceCommitmentRow extends FoldedCommitment {

    /** Whether any plan was recorded: only planned commitments are read for missed checks. */
    boolean planned;

    /** Closed or withdrawn spans, "from/until;..." with until empty while in force. */
    String pauses;

    protected AssuranceCommitmentRow() {}

    AssuranceCommitmentRow(CommitmentRecorded event, long sequence) {
        super(event, sequence);
        pauses = "";
    }

    @Override
    public boolean fold(CommitmentEvent event, long sequence) {
        if (!super.fold(event, sequence)) {
            return false;
        }
        switch (event) {
            case CommitmentClosed e -> pauses = encode(append(pauses(), new CommitmentState.Pause(e.closedOn(), null)));
            case CommitmentWithdrawn e ->
                pauses = encode(append(pauses(), new CommitmentState.Pause(e.withdrawnOn(), null)));
            case CommitmentReopened e -> pauses = encode(reopened(pauses(), e.reopenedOn()));
            default -> {
                // nothing else pauses or resumes the checks
            }
        }
        return true;
    }

    void markPlanned() {
        planned = true;
    }

    Theme theme() {
        return theme;
    }

    OwnerRole ownerRole() {
        return ownerRole;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    List<CommitmentState.Pause> pauses() {
        List<CommitmentState.Pause> decoded = new ArrayList<>();
        if (pauses == null || pauses.isEmpty()) {
            return decoded;
        }
        for (String span : pauses.split(";")) {
            int slash = span.indexOf('/');
            String until = span.substring(slash + 1);
            decoded.add(new CommitmentState.Pause(
                    LocalDate.parse(span.substring(0, slash)), until.isEmpty() ? null : LocalDate.parse(until)));
        }
        return decoded;
    }

    private static List<CommitmentState.Pause> append(List<CommitmentState.Pause> pauses, CommitmentState.Pause pause) {
        pauses.add(pause);
        return pauses;
    }

    private static List<CommitmentState.Pause> reopened(List<CommitmentState.Pause> pauses, LocalDate on) {
        if (!pauses.isEmpty() && pauses.get(pauses.size() - 1).until() == null) {
            CommitmentState.Pause last = pauses.remove(pauses.size() - 1);
            pauses.add(new CommitmentState.Pause(last.from(), on));
        }
        return pauses;
    }

    private static String encode(List<CommitmentState.Pause> pauses) {
        StringBuilder text = new StringBuilder();
        for (CommitmentState.Pause pause : pauses) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(pause.from()).append('/').append(pause.until() == null ? "" : pause.until());
        }
        return text.toString();
    }
}
