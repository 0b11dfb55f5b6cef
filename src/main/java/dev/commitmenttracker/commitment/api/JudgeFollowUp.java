package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.FreeText;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record HMCPSI's follow-up judgement of a commitment. expectedVersion, when given, must be the current version.
 * {@code followUpInspectionId}, when given, names the follow-up inspection the grade comes from: the commitment takes
 * one judgement per follow-up inspection, so a repeat changes nothing.
 */
public record JudgeFollowUp(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String commitmentId,
        FollowUpGrade grade,
        @FreeText String note,
        @BusinessDate LocalDate judgedOn,
        @TargetAggregateVersion Long expectedVersion,
        @OneLine(max = Limits.ID) String followUpInspectionId) {

    /** A judgement recorded by itself. */
    public JudgeFollowUp(
            String commitmentId, FollowUpGrade grade, String note, LocalDate judgedOn, Long expectedVersion) {
        this(commitmentId, grade, note, judgedOn, expectedVersion, null);
    }
}
