package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.importing.EarlierInspections.Candidate;
import dev.commitmenttracker.importing.EarlierInspections.Resolution;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlierInspectionsTest {

    private static final LocalDate FOLLOW_UP_PUBLISHED = LocalDate.of(2025, 4, 3);

    private static final FollowsUp AS_NAMED =
            new FollowsUp("2022 inspection of custody time limit handling in the CPS", "2022-05");

    private static final Candidate CUSTODY_2022 = new Candidate(
            "custody-2022",
            "Custody time limits: an inspection of their handling in the CPS",
            LocalDate.of(2022, 5, 12));
    private static final Candidate DISCLOSURE_2022 = new Candidate(
            "disclosure-2022", "Disclosure of unused material in the Crown Court", LocalDate.of(2022, 5, 20));
    private static final Candidate CUSTODY_2019 =
            new Candidate("custody-2019", "Custody time limit handling", LocalDate.of(2019, 10, 1));

    private static Resolution resolve(FollowsUp named, Candidate... recorded) {
        return EarlierInspections.resolve(named, "CPS Headquarters (national)", FOLLOW_UP_PUBLISHED, List.of(recorded));
    }

    @Test
    void givenOneInspectionOfThatSubjectAndMonth_whenResolved_thenItIsLinkedWithoutWarning() {
        Resolution resolution = resolve(AS_NAMED, DISCLOSURE_2022, CUSTODY_2019, CUSTODY_2022);

        assertThat(resolution.inspectionId()).isEqualTo("custody-2022");
        assertThat(resolution.warning()).isNull();
    }

    @Test
    void givenOnlyAnInspectionOfThatSubjectInAnotherYear_whenResolved_thenNoneIsLinkedAndTheReviewerIsWarned() {
        Resolution resolution = resolve(AS_NAMED, CUSTODY_2019, DISCLOSURE_2022);

        assertThat(resolution.inspectionId()).isNull();
        assertThat(resolution.warning().code()).isEqualTo(DraftWarning.FOLLOWS_UP_NOT_FOUND);
        assertThat(resolution.warning().message())
                .contains("2022 inspection of custody time limit handling in the CPS")
                .contains("follows_up.inspection_id");
    }

    @Test
    void givenTwoInspectionsMatching_whenResolved_thenNoneIsLinkedAndBothAreNamedInTheWarning() {
        Candidate sameMonthAgain =
                new Candidate("custody-2022-annex", "Custody time limit handling: annex", LocalDate.of(2022, 5, 30));

        Resolution resolution = resolve(AS_NAMED, CUSTODY_2022, sameMonthAgain);

        assertThat(resolution.inspectionId()).isNull();
        assertThat(resolution.warning().code()).isEqualTo(DraftWarning.FOLLOWS_UP_AMBIGUOUS);
        assertThat(resolution.warning().message()).contains("custody-2022 ").contains("custody-2022-annex");
    }

    @Test
    void givenOnlyATitle_whenResolved_thenTheTitleDecides() {
        FollowsUp undated = new FollowsUp("the inspection of custody time limits", null);

        assertThat(resolve(undated, CUSTODY_2022, DISCLOSURE_2022).inspectionId())
                .isEqualTo("custody-2022");
        assertThat(resolve(undated, CUSTODY_2022, CUSTODY_2019, DISCLOSURE_2022)
                        .warning()
                        .code())
                .as("two custody inspections and no date to choose between them")
                .isEqualTo(DraftWarning.FOLLOWS_UP_AMBIGUOUS);
    }

    @Test
    void givenOnlyADay_whenResolved_thenTheDateDecides() {
        Resolution resolution = resolve(new FollowsUp(null, "2022-05-20"), CUSTODY_2022, DISCLOSURE_2022);

        assertThat(resolution.inspectionId()).isEqualTo("disclosure-2022");
    }

    @Test
    void givenAnInspectionPublishedOnOrAfterTheFollowUp_whenResolved_thenItIsNotEarlier() {
        Candidate sameDay = new Candidate("same-day", "Custody time limit handling", FOLLOW_UP_PUBLISHED);

        Resolution resolution = resolve(new FollowsUp("custody time limit handling report", null), sameDay);

        assertThat(resolution.inspectionId()).isNull();
        assertThat(resolution.warning().code()).isEqualTo(DraftWarning.FOLLOWS_UP_NOT_FOUND);
    }

    @Test
    void givenAnEarlierFollowUpOfTheSameSubject_whenResolved_thenTheInspectionThatMadeTheFindingsIsLinked() {
        Candidate firstFollowUp = new Candidate(
                "follow-up-2023", "Follow-up of custody time limit handling", LocalDate.of(2023, 9, 1), true);

        Resolution resolution = resolve(
                new FollowsUp("the inspection of custody time limit handling", null), CUSTODY_2022, firstFollowUp);

        assertThat(resolution.inspectionId()).isEqualTo("custody-2022");
    }

    @Test
    void givenAResponseThatNamesNoEarlierReport_whenResolved_thenTheReviewerIsAskedToSetIt() {
        Resolution resolution = resolve(null, CUSTODY_2022);

        assertThat(resolution.inspectionId()).isNull();
        assertThat(resolution.warning().code()).isEqualTo(DraftWarning.FOLLOWS_UP_NOT_FOUND);
        assertThat(resolution.warning().message()).contains("does not name");
    }

    @Test
    void subjectWordsLeaveOutTheInspectorateYearsAndPlurals() {
        assertThat(EarlierInspections.subject("HMCPSI's 2022 inspection of custody time limits in the CPS"))
                .containsExactlyInAnyOrder("custody", "time", "limit");
    }
}
