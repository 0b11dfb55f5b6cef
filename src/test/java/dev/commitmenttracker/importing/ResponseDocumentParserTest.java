package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.UnitKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseDocumentParserTest {

    private final ResponseDocumentParser parser = new ResponseDocumentParser();

    private static String response(String issues) {
        return """
                CPS response to East of England Area Inspection Programme Baseline Report, June 2023

                HMCPSI has today published its report on CPS East of England.

                Issues to address

                """ + issues;
    }

    private static List<String> texts(List<CommitmentDraft> commitments) {
        return commitments.stream().map(CommitmentDraft::text).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CPS Response:",
                "CPS response:",
                "cps RESPONSE:",
                "**CPS Response:**",
                "**CPS response**:",
                "__CPS Response:__",
                "CPS Area response:"
            })
    void readsTheResponseLabelInAnyCaseWithOrWithoutBold(String label) {
        ResponseDraft draft = parser.parse(response("""
                1. Reviews need to set out a clear trial strategy.

                %s The Area will run trial strategy workshops for all prosecutors.
                """.formatted(label)), DocumentFormat.MARKDOWN);

        assertThat(texts(draft.issues().get(0).commitments()))
                .containsExactly("The Area will run trial strategy workshops for all prosecutors.");
    }

    @Test
    void readsAResponseLabelOnItsOwnLine() {
        ResponseDraft draft = parser.parse(response("""
                1. Reviews need to set out a clear trial strategy.

                CPS Response:

                The Area will run trial strategy workshops for all prosecutors.
                """), DocumentFormat.PLAIN_TEXT);

        assertThat(texts(draft.issues().get(0).commitments()))
                .containsExactly("The Area will run trial strategy workshops for all prosecutors.");
    }

    @Test
    void listsAResponseToTwoIssuesUnderBoth() {
        ResponseDraft draft = parser.parse(response("""
                1. Reviews in magistrates' courts cases are not timely.
                2. Crown Court reviews need a clear trial strategy.

                **CPS Response to 1 and 2:** Legal managers will review the allocation of cases every week. \
                The DCCP will report timeliness to the Casework Quality Board.

                3. Letters to victims are late.

                **CPS Response:** The Area will send every letter within the national time limits.
                """), DocumentFormat.MARKDOWN);

        assertThat(draft.issues()).extracting(IssueDraft::number).containsExactly(1, 2, 3);
        List<String> answer = List.of(
                "Legal managers will review the allocation of cases every week.",
                "The DCCP will report timeliness to the Casework Quality Board.");
        assertThat(texts(draft.issues().get(0).commitments())).isEqualTo(answer);
        assertThat(texts(draft.issues().get(1).commitments())).isEqualTo(answer);
        assertThat(texts(draft.issues().get(2).commitments()))
                .containsExactly("The Area will send every letter within the national time limits.");
    }

    @Test
    void readsJointWithNotesOnTheResponse() {
        ResponseDraft draft = parser.parse(response("""
                1. The shared business centre duplicates work done in the Area.

                CPS response (joint with CPS West Midlands): Both ABMs will review the business centre's tasks.

                2. Disclosure record sheets are incomplete.

                CPS response: (joint with CPS South East and CPS Wessex): Disclosure champions will check \
                a sample of record sheets each month.

                3. Staff do not see performance data.

                CPS response: The Area Performance Manager will publish monthly results.
                """), DocumentFormat.PLAIN_TEXT);

        assertThat(draft.issues())
                .extracting(IssueDraft::jointWith)
                .containsExactly(List.of("West Midlands"), List.of("South East", "Wessex"), List.of());
        assertThat(draft.issues().get(0).commitments().get(0).owners()).containsExactly(OwnerRole.ABM);
    }

    @Test
    void takesIssueTextFromTheNumberedHeadingWithoutNumberOrMarkup() {
        ResponseDraft draft = parser.parse(response("""
                ## 1. Reviews need to set out a clear trial strategy

                **CPS Response:** The Area will run trial strategy workshops for all prosecutors.

                **2. Letters to victims are late.**

                **CPS Response:** The Area will send every letter within the national time limits.
                """), DocumentFormat.MARKDOWN);

        assertThat(draft.issues())
                .extracting(IssueDraft::text)
                .containsExactly("Reviews need to set out a clear trial strategy", "Letters to victims are late.");
    }

    @Test
    void readsIssuesNumberedWithTheWordIssue() {
        ResponseDraft draft = parser.parse(response("""
                Issue 1: Reviews need to set out a clear trial strategy.

                CPS Response: The Area will run trial strategy workshops for all prosecutors.

                Issue 2
                Letters to victims are late.

                CPS Response: The Area will send every letter within the national time limits.
                """), DocumentFormat.PLAIN_TEXT);

        assertThat(draft.issues())
                .extracting(IssueDraft::number, IssueDraft::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Reviews need to set out a clear trial strategy."),
                        org.assertj.core.groups.Tuple.tuple(2, "Letters to victims are late."));
    }

    @Test
    void readsBulletedIssuesEachAnsweredByALabel() {
        ResponseDraft draft = parser.parse(response("""
                  • Reviews need to set out a clear trial strategy.

                CPS Response: The Area will run trial strategy workshops for all prosecutors.

                  • Letters to victims are late.

                CPS Response: The Area will send every letter within the national time limits.
                """), DocumentFormat.PLAIN_TEXT);

        assertThat(draft.issues())
                .extracting(IssueDraft::text)
                .containsExactly("Reviews need to set out a clear trial strategy.", "Letters to victims are late.");
        assertThat(texts(draft.issues().get(1).commitments()))
                .containsExactly("The Area will send every letter within the national time limits.");
    }

    @Test
    void pairsANumberedListOfIssuesWithTheResponsesThatFollowInOrder() {
        ResponseDraft draft = parser.parse(response("""
                1. Reviews need to set out a clear trial strategy.
                2. Letters to victims are late.

                CPS Response: The Area will run trial strategy workshops for all prosecutors.

                CPS Response: The Area will send every letter within the national time limits.
                """), DocumentFormat.PLAIN_TEXT);

        assertThat(draft.issues()).extracting(IssueDraft::number).containsExactly(1, 2);
        assertThat(texts(draft.issues().get(1).commitments()))
                .containsExactly("The Area will send every letter within the national time limits.");
    }

    @Test
    void keepsNumberedStepsInsideAResponseOutOfTheIssueNumbering() {
        ResponseDraft draft = parser.parse(response("""
                ### 1. Reviews need to set out a clear trial strategy.

                **CPS Response:** The Area will act in two steps:

                1. The Area will run trial strategy workshops for all prosecutors.
                2. Legal managers will check two reviews per lawyer each month.

                ### 2. Letters to victims are late.

                **CPS Response:** The Area will send every letter within the national time limits.
                """), DocumentFormat.MARKDOWN);

        assertThat(draft.issues())
                .extracting(IssueDraft::text)
                .containsExactly("Reviews need to set out a clear trial strategy.", "Letters to victims are late.");
        assertThat(texts(draft.issues().get(0).commitments()))
                .containsExactly(
                        "The Area will act in two steps:",
                        "The Area will run trial strategy workshops for all prosecutors.",
                        "Legal managers will check two reviews per lawyer each month.");
    }

    @Test
    void joinsHardWrappedLinesOfASentence() {
        ResponseDraft draft = parser.parse(response("""
                1. Reviews need to set out a clear trial strategy.

                CPS Response: From next month the Deputy Chief Crown Prosecutor will chair a meeting of the
                Crown Court team leaders to look at ten reviews. Findings will go to the Casework Quality Committee.

                Next steps
                The Area will report progress every quarter.
                """), DocumentFormat.PLAIN_TEXT);

        assertThat(texts(draft.issues().get(0).commitments()))
                .containsExactly(
                        "From next month the Deputy Chief Crown Prosecutor will chair a meeting of the\n"
                                + "Crown Court team leaders to look at ten reviews.",
                        "Findings will go to the Casework Quality Committee.",
                        "The Area will report progress every quarter.");
    }

    @Test
    void keepsASentenceThatRunsOnAcrossABlankLineWhole() {
        ResponseDraft draft = parser.parse(response("""
                1. Staff in the satellite office feel isolated.

                CPS response: Senior managers will visit the satellite office every fortnight, supported by

                termly visits from the HR Business Partner.
                """), DocumentFormat.PLAIN_TEXT);

        assertThat(texts(draft.issues().get(0).commitments()))
                .containsExactly("Senior managers will visit the satellite office every fortnight, supported by\n\n"
                        + "termly visits from the HR Business Partner.");
    }

    @Test
    void keepsCommitmentsBeforeTheIssuesAsGeneralAndLeavesOutAgreementAndFindings() {
        ResponseDraft draft = parser.parse("""
                CPS response to Wessex Area Inspection Programme Baseline Report, May 2024

                Inspectors found that the Area adds value in its rape casework. We welcome the report.
                The Area remains committed to improving its service to victims.

                Issues to address

                The Area has adopted a casework quality plan for each unit.

                1. Reviews need to set out a clear trial strategy.

                CPS Response: The Area agrees with this finding. Legal managers will check one review \
                per lawyer each month. The purpose of these checks is to raise quality.
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.generalCommitments())
                .extracting(CommitmentDraft::text)
                .containsExactly(
                        "The Area remains committed to improving its service to victims.",
                        "The Area has adopted a casework quality plan for each unit.");
        CommitmentDraft check = draft.issues().get(0).commitments().get(0);
        assertThat(draft.issues().get(0).commitments()).hasSize(1);
        assertThat(check.owners()).containsExactly(OwnerRole.LEGAL_MANAGER);
        assertThat(check.assurance()).containsExactly(AssuranceMethod.MANAGER_QUALITY_CHECK);
    }

    @Test
    void acceptsAResponseWithoutNumberedIssuesAsGeneralCommitments() {
        ResponseDraft draft = parser.parse("""
                CPS response to the HMCPSI inspection of CPS Cymru Wales, 3 March 2024

                We welcome the report. The Area will publish an improvement plan within three months.
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.area()).isEqualTo("Cymru Wales");
        assertThat(draft.areaCode()).contains(AreaCode.CYMRU_WALES);
        assertThat(draft.issues()).isEmpty();
        assertThat(draft.generalCommitments())
                .extracting(CommitmentDraft::text)
                .containsExactly("The Area will publish an improvement plan within three months.");
    }

    @Test
    void aResponseWithNeitherIssuesNorCommitmentsIsADraftWithWarnings() {
        // given a real response that only welcomes the report
        ResponseDraft draft = parser.parse("""
                CPS response to the HMCPSI inspection of CPS Wessex

                We welcome the report and thank the inspectors.
                """, DocumentFormat.PLAIN_TEXT);

        // then it is not refused: the header is kept and the reviewer is told what is missing
        assertThat(draft.area()).isEqualTo("Wessex");
        assertThat(draft.issues()).isEmpty();
        assertThat(draft.generalCommitments()).isEmpty();
        assertThat(draft.warnings())
                .extracting(DraftWarning::code)
                .contains(DraftWarning.NO_FINDINGS, DraftWarning.NO_DATE, DraftWarning.NO_KIND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n\t\n", "\u00a0\n\u00a0"})
    void rejectsAnEmptyDocument(String empty) {
        assertThatThrownBy(() -> parser.parse(empty, DocumentFormat.PLAIN_TEXT))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ImportRejected.EMPTY);
                    assertThat(e.reason()).doesNotContain("\n");
                });
    }

    @Test
    void rejectsHtmlWithoutText() {
        assertThatThrownBy(() ->
                        parser.parse("<html><body><div> </div><script>x()</script></body></html>", DocumentFormat.HTML))
                .isInstanceOfSatisfying(
                        ImportRejected.class, e -> assertThat(e.code()).isEqualTo(ImportRejected.EMPTY));
    }

    @Test
    void rejectsTextThatIsNotAResponse() {
        assertThatThrownBy(() -> parser.parse("""
                Shopping list

                1. Bread
                2. Milk, two pints.
                """, DocumentFormat.PLAIN_TEXT))
                .isInstanceOfSatisfying(
                        ImportRejected.class, e -> assertThat(e.code()).isEqualTo(ImportRejected.NOT_A_RESPONSE));
    }

    @Test
    void aResponseThatNamesNoAreaIsNationalWithAWarning() {
        ResponseDraft draft =
                parser.parse(response("""
                1. Reviews need to set out a clear trial strategy.

                CPS Response: We will run workshops.
                """).replace("East of England", "Atlantis"), DocumentFormat.PLAIN_TEXT);

        assertThat(draft.areaCode()).contains(AreaCode.NATIONAL);
        assertThat(draft.unitKind()).isEqualTo(UnitKind.NATIONAL);
        assertThat(draft.warnings()).extracting(DraftWarning::code).contains(DraftWarning.NO_UNIT_NAMED);
        assertThat(draft.issues())
                .singleElement()
                .satisfies(issue -> assertThat(issue.commitments())
                        .singleElement()
                        .satisfies(c -> assertThat(c.owners()).containsExactly(OwnerRole.NATIONAL)));
    }

    @Test
    void rejectsBinaryContentAsUnreadable() {
        assertThatThrownBy(() -> parser.parse("PK\u0003\u0004\u0000\u0000binary", DocumentFormat.PLAIN_TEXT))
                .isInstanceOfSatisfying(
                        ImportRejected.class, e -> assertThat(e.code()).isEqualTo(ImportRejected.UNREADABLE));
    }
}
