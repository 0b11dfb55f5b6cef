package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings numbered as reports publish them, and what the draft says about each (given a response, when parsed). */
class NumberingStylesTest {

    private final ResponseDocumentParser parser = new ResponseDocumentParser();

    private static final String TITLE = """
            CPS response to the HMCPSI thematic inspection of stalking cases, 4 March 2024

            """;

    private ResponseDraft parse(String body, DocumentFormat format) {
        return parser.parse(TITLE + body, format);
    }

    private static List<Integer> numbers(ResponseDraft draft) {
        return draft.issues().stream().map(IssueDraft::number).toList();
    }

    @Test
    void recommendationWordWithTheTextOnTheNextLine() {
        ResponseDraft draft = parse("""
                Recommendation 1
                The CPS should train prosecutors on stalking.

                CPS response: We will train all prosecutors by June 2024.

                Recommendation 2
                The CPS should publish guidance.

                CPS response: The Strategy and Policy Directorate will publish guidance.
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(numbers(draft)).containsExactly(1, 2);
        assertThat(draft.issues()).allSatisfy(i -> assertThat(i.kind()).isEqualTo(FindingKind.RECOMMENDATION));
        assertThat(draft.issues().get(0).text()).isEqualTo("The CPS should train prosecutors on stalking.");
        assertThat(draft.issues().get(0).commitments().get(0).dueDate()).isEqualTo("2024-06-30");
        assertThat(draft.areaCode()).contains(AreaCode.NATIONAL);
    }

    @Test
    void issueToAddressAndAspectForImprovementWordsKeepTheirKinds() {
        ResponseDraft draft = parse("""
                Issue to address 1: The CPS should review its stalking flag.

                CPS response: We will review the flag.

                Aspect for improvement 2: Letters to victims should be clearer.

                CPS response: We will rewrite the letters.
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.issues())
                .extracting(IssueDraft::kind)
                .containsExactly(FindingKind.ISSUE_TO_ADDRESS, FindingKind.ASPECT_FOR_IMPROVEMENT);
    }

    @Test
    void plainNumbersUnderARecommendationsHeading() {
        ResponseDraft draft = parse("""
                Recommendations

                1. The CPS should train prosecutors on stalking.

                CPS response: We will train all prosecutors.

                2. The CPS should publish guidance.

                CPS response: We have published guidance.
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(numbers(draft)).containsExactly(1, 2);
        assertThat(draft.issues().get(1).kind()).isEqualTo(FindingKind.RECOMMENDATION);
        assertThat(draft.issues().get(1).commitments().get(0).status()).isEqualTo(CommitmentDraft.DONE);
        assertThat(draft.issues().get(0).commitments().get(0).status()).isEqualTo(CommitmentDraft.OPEN);
    }

    @Test
    void letteredRecommendationsAreNumberedInOrder() {
        ResponseDraft draft = parse("""
                (a) The CPS should train prosecutors on stalking.

                CPS response: We will train all prosecutors.

                (b) The CPS should publish guidance.

                CPS response: We will publish guidance.
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(numbers(draft)).containsExactly(1, 2);
    }

    @Test
    void aMarkdownTableWithAResponseColumn() {
        ResponseDraft draft = parse("""
                | Recommendation | CPS response |
                |---|---|
                | 1. The CPS should train prosecutors on stalking. | We will train all prosecutors. |
                | 2. The police should record stalking correctly. | This is for the police. |
                """, DocumentFormat.MARKDOWN);

        assertThat(numbers(draft)).containsExactly(1, 2);
        assertThat(draft.issues().get(0).commitments())
                .extracting(CommitmentDraft::text)
                .containsExactly("We will train all prosecutors.");
        assertThat(draft.issues().get(1).forCps()).isFalse();
        assertThat(draft.issues().get(1).addressedTo()).isEqualTo("The police");
        assertThat(draft.issues().get(1).commitments()).isEmpty();
    }

    @Test
    void anHtmlTableWithParagraphsInItsCells() {
        ResponseDraft draft = parser.parse("""
                <html><body><nav>CPS Wessex</nav><main>
                <h1>CPS response to the HMCPSI thematic inspection of stalking cases</h1>
                <p>Published 4 March 2024</p>
                <table><tr><th>Recommendation</th><th>Response</th></tr>
                <tr><td>1. The CPS should train prosecutors on stalking.</td>
                <td><p>We accept this.</p><p>We will train all prosecutors.</p></td></tr>
                </table></main><footer>We will reply within ten days to every enquiry we receive.</footer></body></html>
                """, DocumentFormat.HTML);

        assertThat(numbers(draft)).containsExactly(1);
        assertThat(draft.issues().get(0).commitments())
                .extracting(CommitmentDraft::text)
                .containsExactly("We will train all prosecutors.");
        assertThat(draft.generalCommitments()).isEmpty();
        assertThat(draft.areaCode()).contains(AreaCode.NATIONAL);
    }

    @Test
    void boldRecommendationFollowedByTheResponse() {
        ResponseDraft draft = parse("""
                **Recommendation 1: The CPS should train prosecutors on stalking.**

                We will train all prosecutors.

                **Recommendation 2: The CPS should publish guidance.**

                We will publish guidance by the end of 2024.
                """, DocumentFormat.MARKDOWN);

        assertThat(numbers(draft)).containsExactly(1, 2);
        assertThat(draft.issues().get(0).text()).isEqualTo("The CPS should train prosecutors on stalking.");
        assertThat(draft.issues().get(1).commitments().get(0).dueDate()).isEqualTo("2024-12-31");
    }

    @Test
    void aFollowUpReadsTheGradeOfEachRecommendation() {
        ResponseDraft draft = parser.parse("""
                CPS response to the HMCPSI follow-up inspection of stalking cases

                Published 4 March 2025

                This follow-up inspection of the 2023 inspection of stalking cases, published in June 2023, graded each recommendation.

                1. The CPS should train prosecutors on stalking.

                Inspectors' assessment: Partially achieved

                CPS response: We will train the remaining prosecutors.
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.kind()).isEqualTo("follow-up");
        assertThat(draft.issues().get(0).grade()).isEqualTo(FollowUpGrade.PARTIALLY_ACHIEVED);
        assertThat(draft.followsUp().title()).isEqualTo("2023 inspection of stalking cases");
        assertThat(draft.followsUp().published()).isEqualTo("2023-06");
        assertThat(draft.defaultDueDate().date()).isEqualTo("2025-09-04");
    }

    @Test
    void aCpsDirectResponseIsUnderCpsDirect() {
        ResponseDraft draft = parser.parse("""
                CPSD response to the HMCPSI inspection of charging advice, May 2023

                1. Advice should be recorded fully.

                CPS response: The Head of CPS Direct will issue guidance.
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.areaCode()).contains(AreaCode.CPS_DIRECT);
        assertThat(draft.issues().get(0).commitments().get(0).owners())
                .containsExactly(dev.commitmenttracker.shared.OwnerRole.HEAD_OF_UNIT);
    }

    @Test
    void textThatStopsMidSentenceIsFlagged() {
        ResponseDraft draft = parse("""
                1. The CPS should train prosecutors on stalking.

                CPS response: We will train all prosecutors and we will write to every Area about the
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.warnings()).extracting(DraftWarning::code).contains(DraftWarning.CUT_SHORT);
    }

    @Test
    void aSignOffOnOneLineIsNotTextCutShort() {
        ResponseDraft draft = parse("""
                1. The CPS should train prosecutors on stalking.

                CPS response: We will train all prosecutors by March.

                Lena Example, Chief Crown Prosecutor, CPS London North
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.warnings()).extracting(DraftWarning::code).doesNotContain(DraftWarning.CUT_SHORT);
    }

    @Test
    void textCutShortAfterACommaSeparatedListIsStillFlagged() {
        ResponseDraft draft = parse("""
                1. The CPS should train prosecutors on stalking.

                CPS response: We will train prosecutors, paralegals, and Victim Liaison Unit staff on the new
                """, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.warnings()).extracting(DraftWarning::code).contains(DraftWarning.CUT_SHORT);
    }
}
