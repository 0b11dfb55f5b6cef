package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record HMCPSI's follow-up judgement of a commitment. expectedVersion, when given, must be the current version. */
public record JudgeFollowUp(@TargetAggregateIdentifier String commitmentId, FollowUpGrade grade, String note, LocalDate judgedOn,
                            @TargetAggregateVersion Long expectedVersion) {
}
