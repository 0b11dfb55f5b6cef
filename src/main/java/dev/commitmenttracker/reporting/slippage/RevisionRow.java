package dev.commitmenttracker.reporting.slippage;

import dev.commitmenttracker.commitment.api.DueDateRevised;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One revision of a commitment's due date, with its reason. */
@Entity(name = "RevisionRow")
@Table(name = "report_slippage_revision")
class RevisionRow {

    @Id
    String id;

    @Column(name = "commitment_id")
    String commitmentId;

    @Column(name = "revision_number")
    int number;

    @Column(name = "previous_due_date")
    LocalDate previousDueDate;

    @Column(name = "due_date")
    LocalDate dueDate;

    String reason;

    @Column(name = "revised_on")
    LocalDate revisedOn;

    protected RevisionRow() {}

    RevisionRow(DueDateRevised event, long sequence, int number) {
        this.id = event.commitmentId() + "/" + sequence;
        this.commitmentId = event.commitmentId();
        this.number = number;
        this.previousDueDate = event.previousDueDate();
        this.dueDate = event.dueDate();
        this.reason = event.reason();
        this.revisedOn = event.revisedOn();
    }

    SlippedCommitment.Revision toRevision() {
        return new SlippedCommitment.Revision(number, previousDueDate, dueDate, reason, revisedOn);
    }
}
