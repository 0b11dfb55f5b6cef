package dev.commitmenttracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.config.AxonConfig;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/** A commitment's snapshot (the aggregate as JSON, by the event store's serializer) reads back as the state it was taken from. */
class CommitmentSnapshotTest {

    static final String ID = "c-1";
    static final LocalDate DAY = LocalDate.of(2022, 5, 10);

    /**
     * The shape of the state a snapshot holds, at the aggregate's current {@code @Revision}. When this changes, old
     * snapshots no longer describe the state: raise the revision on {@link Commitment} (snapshots of the old one are
     * then ignored, and the history folded instead) and write the new shape here.
     */
    static final String SHAPE_AT_REVISION_2 =
            "CommitmentState(id:String, area:AreaCode, jointWith:List<AreaCode>, inspectionId:String, "
                    + "issueNumber:Integer, theme:Theme, text:String, status:CommitmentStatus, ownerRole:OwnerRole, ownerName:String, "
                    + "committedOn:LocalDate, dueDate:LocalDate, targetCompliance:Integer, evidence:List<Evidence(method:AssuranceMethod, "
                    + "effectiveOn:LocalDate, sampleSize:Integer, compliantCount:Integer, summary:String, reference:String, recordedOn:LocalDate)>, "
                    + "progressNotes:List<ProgressNote(note:String, notedOn:LocalDate)>, dueDateRevisions:List<DueDateRevision(previousDueDate:LocalDate, "
                    + "dueDate:LocalDate, reason:String, revisedOn:LocalDate)>, closureRationale:String, closedOn:LocalDate, withdrawalReason:String, "
                    + "followUpJudgements:List<FollowUpJudgement(grade:FollowUpGrade, note:String, judgedOn:LocalDate, followUpInspectionId:String)>, latestAct:LatestAct(act:Act, "
                    + "on:LocalDate), latestClosure:Closure(rationale:String, closedOn:LocalDate), latestReopening:Reopening(reason:String, "
                    + "reopenedOn:LocalDate), assurancePlans:List<AssurancePlan(method:AssuranceMethod, cadence:Cadence, "
                    + "startsOn:LocalDate)>, pauses:List<Pause(from:LocalDate, until:LocalDate)>)";

    final Serializer serializer = AxonConfig.jackson();

    @Test
    void aSnapshotReadsBackAsTheStateItWasTakenFrom() {
        Commitment commitment = new Commitment();
        commitment.on(new CommitmentRecorded(
                ID,
                AreaCode.LONDON_NORTH,
                List.of(AreaCode.LONDON_SOUTH),
                "i-1",
                2,
                Theme.DISCLOSURE,
                "Sample disclosure schedules monthly.",
                DAY,
                DAY.plusMonths(10),
                85));
        commitment.on(new CommitmentAssigned(ID, OwnerRole.LEGAL_MANAGER, "A. Khan", DAY.plusDays(2)));
        commitment.on(new WorkStarted(ID, DAY.plusDays(20)));
        commitment.on(new ProgressNoted(ID, "First sample taken.", DAY.plusDays(40)));
        commitment.on(new EvidenceRecorded(
                ID, AssuranceMethod.DIP_SAMPLE, DAY.plusDays(50), 20, 18, "Dip sample.", "REF-1", DAY.plusDays(51)));
        commitment.on(new EvidenceRecorded(
                ID, AssuranceMethod.FULL_CHECK, DAY.plusDays(52), null, null, "Full check.", null, DAY.plusDays(52)));
        commitment.on(
                new DueDateRevised(ID, DAY.plusMonths(10), DAY.plusMonths(12), "Staff shortages.", DAY.plusDays(53)));
        commitment.on(new CommitmentClosed(ID, "Held above target.", DAY.plusDays(60)));
        commitment.on(new FollowUpJudged(ID, FollowUpGrade.REASONABLE_PROGRESS, "Good.", DAY.plusDays(61)));
        commitment.on(new CommitmentReopened(ID, "Fell again.", DAY.plusDays(90)));
        commitment.on(new AssurancePlanRecorded(
                ID, AssuranceMethod.DIP_SAMPLE, Cadence.MONTHLY, DAY.plusDays(91), DAY.plusDays(91)));
        commitment.on(new CommitmentWithdrawn(ID, "Superseded.", DAY.plusDays(100)));

        SerializedObject<byte[]> snapshot = serializer.serialize(commitment, byte[].class);
        Commitment loaded = serializer.deserialize(snapshot);

        assertThat(snapshot.getType().getName()).isEqualTo(Commitment.class.getName());
        assertThat(snapshot.getType().getRevision()).isEqualTo("2");
        assertThat(loaded.state()).isEqualTo(commitment.state());
        assertThat(serializer.serialize(loaded, byte[].class).getData()).isEqualTo(snapshot.getData());
        assertThat(new String(snapshot.getData())).contains("\"id\":\"" + ID + "\"");
    }

    @Test
    void aFreshlyRecordedCommitmentReadsBackToo() {
        Commitment commitment = new Commitment();
        commitment.on(new CommitmentRecorded(
                ID,
                AreaCode.WESSEX,
                List.of(),
                null,
                null,
                Theme.CASE_ANALYSIS_STRATEGY,
                "Call every witness.",
                DAY,
                null,
                null));

        Commitment loaded = serializer.deserialize(serializer.serialize(commitment, byte[].class));

        assertThat(loaded.state()).isEqualTo(commitment.state());
    }

    @Test
    void theSnapshotShapeIsPinnedToTheAggregatesRevision() {
        assertThat(Commitment.class.getAnnotation(Revision.class).value()).isEqualTo("2");
        assertThat(shape(CommitmentState.class)).isEqualTo(SHAPE_AT_REVISION_2);
    }

    private static String shape(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return ((Class<?>) parameterized.getRawType()).getSimpleName() + "<"
                    + java.util.Arrays.stream(parameterized.getActualTypeArguments())
                            .map(CommitmentSnapshotTest::shape)
                            .collect(Collectors.joining(", "))
                    + ">";
        }
        Class<?> type1 = (Class<?>) type;
        if (!type1.isRecord()) {
            return type1.getSimpleName();
        }
        return type1.getSimpleName() + "("
                + java.util.Arrays.stream(type1.getRecordComponents())
                        .map(CommitmentSnapshotTest::component)
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static String component(RecordComponent component) {
        return component.getName() + ":" + shape(component.getGenericType());
    }
}
