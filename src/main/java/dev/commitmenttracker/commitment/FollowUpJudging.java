package dev.commitmenttracker.commitment;

import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.JudgeFollowUp;
import dev.commitmenttracker.config.ProcessorScaling;
import dev.commitmenttracker.config.ProjectionDeadLetters;
import dev.commitmenttracker.inspection.api.FindingGrade;
import dev.commitmenttracker.inspection.api.InspectionRecorded;
import dev.commitmenttracker.shared.FollowUpGrade;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records a follow-up inspection's grades as follow-up judgements: every commitment answering a graded finding of the
 * inspection followed up gets {@link JudgeFollowUp} with the grade, the follow-up's publication date and its id. It
 * keeps which commitments answer which finding ({@code follow_up_answer}) and which grades were given
 * ({@code follow_up_grade}), so a grade reaches a commitment whichever of the two is recorded first. Its own tracking
 * processor, whose refused events are parked in the dead-letter queue (ADR 0011), never skipped. At least once and
 * idempotent: the commitment takes one judgement per follow-up inspection, so a redelivery or a replay changes nothing.
 * A commitment made after the follow-up was published was not judged by it: no judgement is sent (the findings report
 * still shows the grade against the finding).
 */
@Component
@ProcessingGroup(FollowUpJudging.PROCESSING_GROUP)
class FollowUpJudging {

    static final String PROCESSING_GROUP = "follow-up-judgements";

    private static final Logger log = LoggerFactory.getLogger(FollowUpJudging.class);

    /**
     * A pooled processor split into segments like the projections (ADR 0017), with refused events parked (ADR 0011).
     * Its segments share the two tables, so each handler first locks the group's row in {@code projection_lock}: a
     * grade and an answer recorded at the same moment in two segments are then seen by whichever commits second.
     */
    @Configuration(proxyBeanMethods = false)
    static class Processor {

        @Bean
        ConfigurerModule followUpJudgementsProcessor(ProcessorScaling scaling) {
            return configurer -> {
                configurer
                        .eventProcessing()
                        .registerPooledStreamingEventProcessor(
                                PROCESSING_GROUP,
                                org.axonframework.config.Configuration::eventStore,
                                (config, builder) -> scaling.tune(builder));
                ProjectionDeadLetters.register(configurer.eventProcessing(), PROCESSING_GROUP);
            };
        }
    }

    private record Answer(String commitmentId, LocalDate committedOn) {}

    private record Grade(String followUpInspectionId, FollowUpGrade grade, String note, LocalDate judgedOn) {}

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    FollowUpJudging(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(InspectionRecorded event) {
        if (event.followsUp() == null || event.grades().isEmpty()) {
            return;
        }
        lockTheGroup();
        for (FindingGrade grade : event.grades()) {
            jdbc.update(
                    "insert into follow_up_grade (follow_up_inspection_id, finding_kind, finding_number, inspection_id,"
                            + " grade, note, judged_on) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                    event.inspectionId(),
                    grade.findingKind().name(),
                    grade.number(),
                    event.followsUp(),
                    grade.grade().name(),
                    grade.note(),
                    Date.valueOf(event.publishedOn()));
            Grade given = new Grade(event.inspectionId(), grade.grade(), grade.note(), event.publishedOn());
            List<Answer> answers = jdbc.query(
                    "select commitment_id, committed_on from follow_up_answer"
                            + " where inspection_id = ? and finding_kind = ? and finding_number = ? order by commitment_id",
                    (rs, row) -> new Answer(
                            rs.getString("commitment_id"),
                            rs.getDate("committed_on").toLocalDate()),
                    event.followsUp(),
                    grade.findingKind().name(),
                    grade.number());
            answers.forEach(answer -> judge(answer, given));
        }
    }

    @EventHandler
    void on(CommitmentRecorded event) {
        if (event.inspectionId() == null || event.issueNumber() == null) {
            return;
        }
        lockTheGroup();
        jdbc.update(
                "insert into follow_up_answer (commitment_id, inspection_id, finding_kind, finding_number, committed_on)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing",
                event.commitmentId(),
                event.inspectionId(),
                event.answersKind().name(),
                event.issueNumber(),
                Date.valueOf(event.committedOn()));
        List<Grade> grades = jdbc.query(
                "select follow_up_inspection_id, grade, note, judged_on from follow_up_grade"
                        + " where inspection_id = ? and finding_kind = ? and finding_number = ? order by judged_on",
                (rs, row) -> new Grade(
                        rs.getString("follow_up_inspection_id"),
                        FollowUpGrade.valueOf(rs.getString("grade")),
                        rs.getString("note"),
                        rs.getDate("judged_on").toLocalDate()),
                event.inspectionId(),
                event.answersKind().name(),
                event.issueNumber());
        Answer answer = new Answer(event.commitmentId(), event.committedOn());
        grades.forEach(grade -> judge(answer, grade));
    }

    /** Holds the group's row until this batch commits, so that no two segments read and write the tables at once. */
    private void lockTheGroup() {
        jdbc.queryForList(
                "select processing_group from projection_lock where processing_group = ? for update",
                String.class,
                PROCESSING_GROUP);
    }

    private void judge(Answer answer, Grade grade) {
        if (grade.judgedOn().isBefore(answer.committedOn())) {
            log.info(
                    "Follow-up inspection {} (published {}) did not judge commitment {}, made later ({}).",
                    grade.followUpInspectionId(),
                    grade.judgedOn(),
                    answer.commitmentId(),
                    answer.committedOn());
            return;
        }
        commands.sendAndWait(new JudgeFollowUp(
                answer.commitmentId(),
                grade.grade(),
                grade.note(),
                grade.judgedOn(),
                null,
                grade.followUpInspectionId()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from follow_up_answer");
        jdbc.update("delete from follow_up_grade");
    }
}
