package dev.commitmenttracker.ui;

import static dev.commitmenttracker.ui.FormInputTest.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.importing.CommitmentDraft;
import dev.commitmenttracker.importing.ResponseDraft;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.util.List;
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
}
