package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.shared.AssuranceMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One plan recorded for a commitment; the one with the highest sequence is in force. Written once. */
@Entity(name = "AssurancePlanRow")
@Table(name = "report_assurance_plan")
class AssurancePlanRow {

    @Id
    String id;

    @Column(name = "commitment_id")
    String commitmentId;

    long sequence;

    @Enumerated(EnumType.STRING)
    AssuranceMethod method;

    @Enumerated(EnumType.STRING)
    Cadence cadence;

    @Column(name = "starts_on")
    LocalDate startsOn;

    @Column(name = "planned_on")
    LocalDate plannedOn;

    protected AssurancePlanRow() {}

    AssurancePlanRow(AssurancePlanRecorded event, long sequence) {
        id = event.commitmentId() + "/" + sequence;
        commitmentId = event.commitmentId();
        this.sequence = sequence;
        method = event.method();
        cadence = event.cadence();
        startsOn = event.startsOn();
        plannedOn = event.plannedOn();
    }

    AssurancePlan plan() {
        return new AssurancePlan(method, cadence, startsOn);
    }
}
