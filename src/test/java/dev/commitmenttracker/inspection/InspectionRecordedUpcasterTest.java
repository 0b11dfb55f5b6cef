package dev.commitmenttracker.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionRecorded;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.support.StoredEvents;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An InspectionRecorded stored at revision 1 reads as revision 2: its findings issues to address for the CPS. */
class InspectionRecordedUpcasterTest {

    /** The payload as the code before revision 2 stored it (serialized by that code's event serializer). */
    static final String REVISION_1 =
            "{\"inspectionId\":\"11111111-1111-4111-8111-111111111111\",\"area\":\"LONDON_NORTH\","
                    + "\"kind\":\"AREA_INSPECTION_PROGRAMME_BASELINE\",\"title\":\"Baseline inspection\","
                    + "\"publishedOn\":\"2024-03-05\",\"ratings\":{\"Casework quality\":\"FAIR\"},"
                    + "\"issues\":[{\"number\":1,\"text\":\"Charging advice should set out a case strategy.\","
                    + "\"theme\":\"case-analysis-strategy\"}]}";

    @Test
    void givenARevision1Row_whenRead_thenEveryFindingIsAnIssueToAddressForTheCpsAndNothingIsFollowedUp() {
        Object read = StoredEvents.read(
                InspectionRecorded.class.getName(), "1", REVISION_1, new InspectionRecordedUpcaster());

        assertThat(read)
                .isEqualTo(new InspectionRecorded(
                        "11111111-1111-4111-8111-111111111111",
                        AreaCode.LONDON_NORTH,
                        InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
                        "Baseline inspection",
                        LocalDate.of(2024, 3, 5),
                        Map.of("Casework quality", Rating.FAIR),
                        List.of(new IssueToAddress(
                                1,
                                "Charging advice should set out a case strategy.",
                                Theme.CASE_ANALYSIS_STRATEGY,
                                FindingKind.ISSUE_TO_ADDRESS,
                                true,
                                null)),
                        null,
                        List.of()));
    }

    @Test
    void givenARevision2Row_whenRead_thenReadAsStored() {
        String revision2 = REVISION_1
                .replace(
                        "\"theme\":\"case-analysis-strategy\"}]",
                        "\"theme\":\"case-analysis-strategy\",\"kind\":\"RECOMMENDATION\",\"forCps\":false,"
                                + "\"addressedTo\":\"Police forces\"}]")
                .replace("}]}", "}],\"followsUp\":null,\"grades\":[]}");

        InspectionRecorded read = (InspectionRecorded)
                StoredEvents.read(InspectionRecorded.class.getName(), "2", revision2, new InspectionRecordedUpcaster());

        assertThat(read.issues())
                .containsExactly(new IssueToAddress(
                        1,
                        "Charging advice should set out a case strategy.",
                        Theme.CASE_ANALYSIS_STRATEGY,
                        FindingKind.RECOMMENDATION,
                        false,
                        "Police forces"));
    }
}
