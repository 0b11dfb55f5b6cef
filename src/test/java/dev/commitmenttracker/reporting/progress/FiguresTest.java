package dev.commitmenttracker.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void derivedFiguresComeFromTheCountsByStatus() {
        Figures figures = new Figures(
                Map.of(
                        CommitmentStatus.COMMITTED,
                        2L,
                        CommitmentStatus.EVIDENCED,
                        1L,
                        CommitmentStatus.CLOSED,
                        3L,
                        CommitmentStatus.WITHDRAWN,
                        1L),
                0,
                0,
                0);

        assertThat(figures.total()).isEqualTo(7);
        assertThat(figures.byStatus())
                .containsKeys(CommitmentStatus.values())
                .containsEntry(CommitmentStatus.ASSIGNED, 0L);
        assertThat(figures.closed()).isEqualTo(3);
        assertThat(figures.evidencedOrClosed()).isEqualTo(4);
        assertThat(figures.withdrawn()).isEqualTo(1);
        assertThat(figures.open()).isEqualTo(3);
        assertThat(figures.percentClosed()).isEqualByComparingTo("42.9");
    }

    @Test
    void percentClosedIsZeroWithoutCommitmentsAndRoundsHalfUp() {
        assertThat(new Figures(Map.of(), 0, 0, 0).percentClosed()).isEqualTo(new BigDecimal("0.0"));
        assertThat(new Figures(Map.of(CommitmentStatus.CLOSED, 1L, CommitmentStatus.COMMITTED, 7L), 0, 0, 0)
                        .percentClosed())
                .isEqualByComparingTo("12.5");
        assertThat(new Figures(Map.of(CommitmentStatus.CLOSED, 2L, CommitmentStatus.COMMITTED, 1L), 0, 0, 0)
                        .percentClosed())
                .isEqualByComparingTo("66.7");
    }

    @Test
    void ragIsRedWhenAnythingIsOverdueEvenIfSomethingIsDueSoon() {
        assertThat(Rag.of(1, 3)).isEqualTo(Rag.RED);
        assertThat(new Figures(Map.of(CommitmentStatus.ASSIGNED, 2L), 1, 1, 1).rag())
                .isEqualTo(Rag.RED);
    }

    @Test
    void ragIsAmberWhenSomethingNotYetEvidencedIsDueWithinThirtyDays() {
        assertThat(Rag.of(0, 1)).isEqualTo(Rag.AMBER);
    }

    @Test
    void ragIsGreenWhenWhatIsDueSoonIsAlreadyEvidenced() {
        assertThat(new Figures(Map.of(CommitmentStatus.EVIDENCED, 1L), 0, 1, 0).rag())
                .isEqualTo(Rag.GREEN);
        assertThat(Rag.of(0, 0)).isEqualTo(Rag.GREEN);
    }
}
