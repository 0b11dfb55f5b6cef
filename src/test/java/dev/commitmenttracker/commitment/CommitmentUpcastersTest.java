package dev.commitmenttracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.support.StoredEvents;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CommitmentRecorded and FollowUpJudged stored at revision 1 read as revision 2. */
class CommitmentUpcastersTest {

    /** Payloads as the code before revision 2 stored them (serialized by that code's event serializer). */
    static final String RECORDED_REVISION_1 =
            "{\"commitmentId\":\"22222222-2222-4222-8222-222222222222\",\"area\":\"LONDON_NORTH\",\"jointWith\":[],"
                    + "\"inspectionId\":\"11111111-1111-4111-8111-111111111111\",\"issueNumber\":1,"
                    + "\"theme\":\"case-analysis-strategy\",\"text\":\"Run monthly dip samples of charging advice.\","
                    + "\"committedOn\":\"2024-04-01\",\"dueDate\":\"2024-12-31\",\"targetCompliance\":80}";

    static final String JUDGED_REVISION_1 = "{\"commitmentId\":\"22222222-2222-4222-8222-222222222222\","
            + "\"grade\":\"REASONABLE_PROGRESS\",\"note\":\"Sampling started.\",\"judgedOn\":\"2025-02-01\"}";

    @Test
    void givenARevision1CommitmentNamingAnIssue_whenRead_thenItAnswersAnIssueToAddress() {
        Object read = StoredEvents.read(
                CommitmentRecorded.class.getName(), "1", RECORDED_REVISION_1, new CommitmentRecordedUpcaster());

        assertThat(read)
                .isEqualTo(new CommitmentRecorded(
                        "22222222-2222-4222-8222-222222222222",
                        AreaCode.LONDON_NORTH,
                        List.of(),
                        "11111111-1111-4111-8111-111111111111",
                        1,
                        Theme.CASE_ANALYSIS_STRATEGY,
                        "Run monthly dip samples of charging advice.",
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 12, 31),
                        80,
                        FindingKind.ISSUE_TO_ADDRESS));
    }

    @Test
    void givenARevision1CommitmentNamingNoIssue_whenRead_thenItAnswersNoFinding() {
        String noIssue = RECORDED_REVISION_1.replace("\"issueNumber\":1", "\"issueNumber\":null");

        CommitmentRecorded read = (CommitmentRecorded)
                StoredEvents.read(CommitmentRecorded.class.getName(), "1", noIssue, new CommitmentRecordedUpcaster());

        assertThat(read.findingKind()).isNull();
        assertThat(read.answersKind()).isNull();
    }

    @Test
    void givenARevision1Judgement_whenRead_thenItCameFromNoFollowUpInspection() {
        Object read =
                StoredEvents.read(FollowUpJudged.class.getName(), "1", JUDGED_REVISION_1, new FollowUpJudgedUpcaster());

        assertThat(read)
                .isEqualTo(new FollowUpJudged(
                        "22222222-2222-4222-8222-222222222222",
                        FollowUpGrade.REASONABLE_PROGRESS,
                        "Sampling started.",
                        LocalDate.of(2025, 2, 1),
                        null));
    }

    @Test
    void givenARevision2Judgement_whenRead_thenItNamesItsFollowUpInspection() {
        String revision2 =
                JUDGED_REVISION_1.replace("}", ",\"followUpInspectionId\":\"33333333-3333-4333-8333-333333333333\"}");

        FollowUpJudged read = (FollowUpJudged)
                StoredEvents.read(FollowUpJudged.class.getName(), "2", revision2, new FollowUpJudgedUpcaster());

        assertThat(read.followUpInspectionId()).isEqualTo("33333333-3333-4333-8333-333333333333");
    }
}
