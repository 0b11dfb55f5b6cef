package dev.commitmenttracker.reporting.slippage;

import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Per Area: how many of its commitments had their due date revised, and how many slipped. */
@Entity(name = "SlippageTally")
@Table(name = "report_slippage_tally")
class SlippageTally {

    @Id
    @Enumerated(EnumType.STRING)
    AreaCode area;

    int revised;
    int slipped;

    protected SlippageTally() {}

    SlippageTally(AreaCode area) {
        this.area = area;
    }

    void count(boolean wasRevised, boolean wasSlipped, boolean isRevised, boolean isSlipped) {
        revised += (isRevised ? 1 : 0) - (wasRevised ? 1 : 0);
        slipped += (isSlipped ? 1 : 0) - (wasSlipped ? 1 : 0);
    }

    AreaSlippage toAreaSlippage() {
        return new AreaSlippage(area, revised, slipped);
    }
}
