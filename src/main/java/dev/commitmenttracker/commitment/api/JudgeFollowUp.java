package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.FreeText;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record HMCPSI's follow-up judgement of a commitment. expectedVersion, when given, must be the current version. */
public record JudgeFollowUp(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String commitmentId,
        FollowUpGrade grade,
        @FreeText String note,
        @BusinessDate LocalDate judgedOn,
        @TargetAggregateVersion Long expectedVersion) {}
