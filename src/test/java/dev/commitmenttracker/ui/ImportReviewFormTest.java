package dev.commitmenttracker.ui;

import static dev.commitmenttracker.ui.FormInputTest.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.importing.CommitmentDraft;
import dev.commitmenttracker.importing.DefaultDue;
import dev.commitmenttracker.importing.DraftWarning;
import dev.commitmenttracker.importing.FollowsUp;
import dev.commitmenttracker.importing.IssueDraft;
import dev.commitmenttracker.importing.ResponseDraft;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review form of an import read back into a draft: corrections kept, removed and blank rows left out, rows added. */
class ImportReviewFormTest {

    @Test
    void theReviewedDraftKeepsCorrectionsAndLeavesOutRemovedAndBlankRows() {
        ResponseDraft draft = ImportPages.reviewed(form(
                "area",
                "Wessex",
                "published",
                "2019-03",
                "kind",
                "area-assurance-inspection",
                "ratingCount",
                "2",
                "ratings[0].domain",
                "Casework Quality",
                "ratings[0].rating",
                "Fair",
                "generalCount",
                "1",
                "general_commitments[0].text",
                "",
                "issueCount",
                "3",
                "issues[0].number",
                "1",
                "issues[0].text",
                "Case analysis is weak.",
                "issues[0].theme",
                "CASE_ANALYSIS_STRATEGY",
                "issues[0].joint_with",
                "London South",
                "issues[0].commitmentCount",
                "3",
                "issues[0].commitments[0].text",
                "Lawyers will be trained.",
                "issues[0].commitments[0].owners",
                "DCCP",
                "issues[0].commitments[0].assurance",
                "IQA",
                "issues[0].commitments[0].assurance",
                "DIP_SAMPLE",
                "issues[0].commitments[1].text",
                "A sentence read wrongly.",
                "issues[0].commitments[1].drop",
                "yes",
                "issues[0].commitments[2].text",
                "Managers will sample reviews monthly.",
                "issues[0].commitments[2].also_named",
                "ABM",
                "issues[0].commitments[2].also_named",
                "LEGAL_MANAGER",
                "issues[1].number",
                "2",
                "issues[1].text",
                "Dropped issue.",
                "issues[1].drop",
                "yes",
                "issues[1].commitmentCount",
                "1",
                "issues[1].commitments[0].text",
                "Lost with its issue.",
                "issues[2].number",
                "3",
                "issues[2].text",
                "",
                "issues[2].commitmentCount",
                "1"));

        assertThat(draft.area()).isEqualTo("Wessex");
        assertThat(draft.published()).isEqualTo("2019-03");
        assertThat(draft.ratings()).containsExactly(java.util.Map.entry("Casework Quality", "Fair"));
        assertThat(draft.generalCommitments()).isEmpty();
        assertThat(draft.issues()).hasSize(1);
        assertThat(draft.issues().get(0).theme()).isEqualTo(Theme.CASE_ANALYSIS_STRATEGY);
        assertThat(draft.issues().get(0).jointWith()).containsExactly("London South");
        assertThat(draft.issues().get(0).commitments())
                .containsExactly(
                        new CommitmentDraft(
                                "Lawyers will be trained.",
                                List.of(OwnerRole.DCCP),
                                List.of(AssuranceMethod.IQA, AssuranceMethod.DIP_SAMPLE)),
                        new CommitmentDraft(
                                "Managers will sample reviews monthly.",
                                List.of(OwnerRole.ABM, OwnerRole.LEGAL_MANAGER),
                                List.of()));
    }

    @Test
    void everyRoleACommitmentNamesIsKeptTheAssignedOwnerFirst() {
        ResponseDraft draft = ImportPages.reviewed(form(
                "area",
                "Wessex",
                "published",
                "2019-03",
                "kind",
                "area-assurance-inspection",
                "ratingCount",
                "0",
                "generalCount",
                "1",
                "general_commitments[0].text",
                "The ABM and the legal managers will review the rota.",
                "general_commitments[0].owners",
                "LEGAL_MANAGER",
                "general_commitments[0].also_named",
                "ABM",
                "general_commitments[0].also_named",
                "LEGAL_MANAGER",
                "issueCount",
                "0"));

        assertThat(draft.generalCommitments().get(0).owners()).containsExactly(OwnerRole.LEGAL_MANAGER, OwnerRole.ABM);
    }

    @Test
    void aFindingsKindAddresseeAndEachCommitmentsDueDateAndStatusAreReadFromTheForm() {
        ResponseDraft draft = ImportPages.reviewed(form(
                "area",
                "NATIONAL",
                "title",
                "The CPS response to the inspection of witness care",
                "published",
                "2023-06-01",
                "kind",
                "thematic",
                "default_due_date.date",
                "2024-06-30",
                "generalCount",
                "1",
                "general_commitments[0].text",
                "We have published new guidance for witness care units.",
                "general_commitments[0].status",
                "done",
                "issueCount",
                "2",
                "issues[0].number",
                "1",
                "issues[0].kind",
                "ASPECT_FOR_IMPROVEMENT",
                "issues[0].text",
                "Witnesses are not told of trial dates early enough.",
                "issues[0].commitmentCount",
                "2",
                "issues[0].commitments[0].text",
                "We will tell witnesses of a trial date within five days.",
                "issues[0].commitments[0].due_date",
                "2024-01-31",
                "issues[0].commitments[1].text",
                "The inspection looked at 120 cases.",
                "issues[0].commitments[1].status",
                "context",
                "issues[1].number",
                "2",
                "issues[1].kind",
                "RECOMMENDATION",
                "issues[1].text",
                "Police forces should give witness details at charge.",
                "issues[1].for_cps",
                "no",
                "issues[1].addressed_to",
                "Police forces",
                "issues[1].commitmentCount",
                "0"));

        assertThat(draft.title()).isEqualTo("The CPS response to the inspection of witness care");
        assertThat(draft.defaultDueDate().date()).isEqualTo("2024-06-30");
        assertThat(draft.defaultDueDate().rule()).isEqualTo(ImportPages.SET_IN_REVIEW);
        assertThat(draft.generalCommitments().get(0).status()).isEqualTo(CommitmentDraft.DONE);
        IssueDraft first = draft.issues().get(0);
        assertThat(first.kind()).isEqualTo(FindingKind.ASPECT_FOR_IMPROVEMENT);
        assertThat(first.forCps())
                .as("for the CPS unless the form says otherwise")
                .isTrue();
        assertThat(first.commitments())
                .extracting(CommitmentDraft::dueDate, CommitmentDraft::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2024-01-31", CommitmentDraft.OPEN),
                        org.assertj.core.groups.Tuple.tuple(null, CommitmentDraft.CONTEXT));
        IssueDraft second = draft.issues().get(1);
        assertThat(second.kind()).isEqualTo(FindingKind.RECOMMENDATION);
        assertThat(second.forCps()).isFalse();
        assertThat(second.addressedTo()).isEqualTo("Police forces");
    }

    @Test
    void aFormSayingNeitherYesNorNoForTheCpsIsRefusedOnThatField() {
        assertThatThrownBy(() -> ImportPages.reviewed(form(
                        "issueCount",
                        "1",
                        "issues[0].number",
                        "1",
                        "issues[0].text",
                        "A finding.",
                        "issues[0].for_cps",
                        "maybe")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.code()).isEqualTo("validation.unknown-value");
                    assertThat(refused.field()).isEqualTo("issues[0].for_cps");
                });
    }

    @Test
    void whatTheFormDoesNotEditIsCarriedOverAndTheDefaultDueKeepsItsRuleUntilItsDateIsChanged() {
        ResponseDraft stored = new ResponseDraft(
                "CPS Headquarters (national)",
                null,
                "Response",
                "2025-02-01",
                "follow-up",
                Map.of(),
                new FollowsUp("The earlier inspection", "2023-05"),
                new DefaultDue("2025-08-01", "follow-up: 6 months after publication"),
                List.of(new DraftWarning(DraftWarning.NO_GRADES, "No grade was read.")),
                List.of(),
                List.of(
                        new IssueDraft(
                                1,
                                "Recommendation one.",
                                null,
                                List.of(),
                                List.of(),
                                FindingKind.RECOMMENDATION,
                                true,
                                null,
                                FollowUpGrade.ACHIEVED),
                        new IssueDraft(
                                1,
                                "Aspect one.",
                                null,
                                List.of(),
                                List.of(),
                                FindingKind.ASPECT_FOR_IMPROVEMENT,
                                true,
                                null,
                                FollowUpGrade.NOT_ACHIEVED)));
        ResponseDraft sameDue = ImportPages.reviewed(form(
                "area",
                "NATIONAL",
                "published",
                "2025-02-01",
                "kind",
                "follow-up",
                "default_due_date.date",
                "2025-08-01",
                "issueCount",
                "2",
                "issues[0].number",
                "1",
                "issues[0].kind",
                "ASPECT_FOR_IMPROVEMENT",
                "issues[0].text",
                "Aspect one.",
                "issues[1].number",
                "1",
                "issues[1].kind",
                "RECOMMENDATION",
                "issues[1].text",
                "Recommendation one."));

        ResponseDraft kept = ImportPages.keepingWhatTheFormDoesNotShow(sameDue, stored);

        assertThat(kept.followsUp()).isEqualTo(stored.followsUp());
        assertThat(kept.warnings()).isEqualTo(stored.warnings());
        assertThat(kept.defaultDueDate()).isEqualTo(stored.defaultDueDate());
        assertThat(kept.issues())
                .as("each finding keeps its own grade: numbers repeat across kinds")
                .extracting(IssueDraft::grade)
                .containsExactly(FollowUpGrade.NOT_ACHIEVED, FollowUpGrade.ACHIEVED);

        ResponseDraft kindChanged = ImportPages.keepingWhatTheFormDoesNotShow(
                ImportPages.reviewed(form(
                        "issueCount",
                        "1",
                        "issues[0].number",
                        "2",
                        "issues[0].kind",
                        "ISSUE_TO_ADDRESS",
                        "issues[0].text",
                        "Two.")),
                wessexFollowUp(
                        null,
                        List.of(new IssueDraft(
                                2,
                                "Two.",
                                null,
                                List.of(),
                                List.of(),
                                FindingKind.RECOMMENDATION,
                                true,
                                null,
                                FollowUpGrade.ACHIEVED))));
        assertThat(kindChanged.issues().get(0).grade())
                .as("a finding whose kind was changed keeps its grade when its number is its own")
                .isEqualTo(FollowUpGrade.ACHIEVED);

        ResponseDraft changedDue = ImportPages.keepingWhatTheFormDoesNotShow(
                ImportPages.reviewed(form("default_due_date.date", "2025-12-31")), stored);
        assertThat(changedDue.defaultDueDate()).isEqualTo(new DefaultDue("2025-12-31", ImportPages.SET_IN_REVIEW));
    }

    @Test
    void theEarlierInspectionChosenOnTheFormLinksTheReportTheResponseNamesAndNoneUnlinksIt() {
        ResponseDraft stored =
                wessexFollowUp(new FollowsUp("The 2023 inspection of bail", "2023-05", "inspection-a"), List.of());

        assertThat(ImportPages.keepingWhatTheFormDoesNotShow(
                                ImportPages.reviewed(form("follows_up.inspection_id", "inspection-b")), stored)
                        .followsUp())
                .as("another inspection chosen: the report as named is kept, linked to the choice")
                .isEqualTo(new FollowsUp("The 2023 inspection of bail", "2023-05", "inspection-b"));
        assertThat(ImportPages.keepingWhatTheFormDoesNotShow(
                                ImportPages.reviewed(form("follows_up.inspection_id", "")), stored)
                        .followsUp())
                .as("none chosen: unlinked, still naming the report")
                .isEqualTo(new FollowsUp("The 2023 inspection of bail", "2023-05", null));
        assertThat(ImportPages.keepingWhatTheFormDoesNotShow(ImportPages.reviewed(form("title", "T")), stored)
                        .followsUp())
                .as("a page without the choice (not a follow-up) leaves the link as stored")
                .isEqualTo(stored.followsUp());

        ResponseDraft namingNone = wessexFollowUp(null, List.of());
        assertThat(ImportPages.keepingWhatTheFormDoesNotShow(
                                ImportPages.reviewed(form("follows_up.inspection_id", "inspection-a")), namingNone)
                        .followsUp())
                .as("a response that names no report can still be linked")
                .isEqualTo(new FollowsUp(null, null, "inspection-a"));
        assertThat(ImportPages.keepingWhatTheFormDoesNotShow(
                                ImportPages.reviewed(form("follows_up.inspection_id", "")), namingNone)
                        .followsUp())
                .isNull();
    }

    /** A Wessex follow-up published 2025-02-01, following up this report, with these findings. */
    private static ResponseDraft wessexFollowUp(FollowsUp followsUp, List<IssueDraft> issues) {
        return new ResponseDraft(
                "Wessex",
                null,
                null,
                "2025-02-01",
                "follow-up",
                Map.of(),
                followsUp,
                null,
                List.of(),
                List.of(),
                issues);
    }

    @Test
    void aRefusalNamingARowOfThePageLinksToItsInputAndOneNamingNoInputIsNotLinked() {
        org.springframework.ui.Model model = new org.springframework.ui.ExtendedModelMap();
        ImportPages.showProblem(
                model,
                RuleViolation.invalid(
                        "validation.not-a-date", "issues[1].commitments[0].due_date", "Give the date as 2024-03-31."));
        assertThat(model.getAttribute("problems"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting("href")
                .containsExactly("#import-issues-1-commitments-0-due_date");
        assertThat(model.getAttribute("errors"))
                .isEqualTo(Map.of("import-issues-1-commitments-0-due_date", "Give the date as 2024-03-31."));

        ImportPages.showProblem(
                model, RuleViolation.invalid("validation.too-many", "issues", "A draft has at most 300 findings."));
        assertThat(model.getAttribute("problems"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting("href")
                .containsExactly((Object) null);

        ImportPages.showProblem(
                model, RuleViolation.forbidden("auth.area-forbidden", "You may command only your own Areas."));
        assertThat(model.getAttribute("problems"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting("href")
                .as("a unit the user may not record for is shown on the unit")
                .containsExactly("#import-area");
    }
}
