package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * Inputs on which the parser used to take minutes or hours (a step quadratic or cubic in the length of a
 * line or sentence) now give the draft they should. Each would not finish within the build on the old
 * parser; here only the result is asserted (speed is measured in {@link ImportParseBenchmark}).
 */
class AdversarialInputTest {

    private static final String SPACES = " ".repeat(40_000);
    private static final int TIMES = 20_000;

    private final ResponseDocumentParser parser = new ResponseDocumentParser();

    private static String response(String introduction, String issues) {
        return "CPS response to Wessex Area Assurance Inspection, 14 March 2019\n\n"
                + "HMCPSI has published its report on CPS Wessex. " + introduction + "\n\n"
                + "Issues to address\n\n" + issues;
    }

    private static List<String> texts(List<CommitmentDraft> commitments) {
        return commitments.stream().map(CommitmentDraft::text).toList();
    }

    @Test
    void runsOfFortyThousandSpacesInsideLinesAreReadAsText() {
        String document = response(
                "\n\nCasework Quality:" + SPACES + "Fair" + SPACES + "\nPublic Confidence" + SPACES + "x",
                "1. Reviews need a clear trial strategy" + SPACES + "in every case\n\n"
                        + "CPS Response:" + SPACES + "\n\n"
                        + "The Area will run" + SPACES + "workshops for all prosecutors.\n"
                        + SPACES + "\n");

        ResponseDraft draft = parser.parse(document, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.ratings()).isEqualTo(Map.of("Casework Quality", "Fair"));
        assertThat(draft.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.text()).isEqualTo("Reviews need a clear trial strategy" + SPACES + "in every case");
            assertThat(texts(issue.commitments()))
                    .containsExactly("The Area will run" + SPACES + "workshops for all prosecutors.");
        });
    }

    @Test
    void aSentenceNamingManagersTwentyThousandTimesGetsItsOwners() {
        String document = response(
                "",
                "1. Reviews need a clear trial strategy.\n\n"
                        + "CPS Response: We will check reviews with " + "managers, ".repeat(TIMES) + "and SDCPs. "
                        + "We will report to " + "managers, ".repeat(TIMES) + "and the DCCP.\n");

        List<CommitmentDraft> commitments = parser.parse(document, DocumentFormat.PLAIN_TEXT)
                .issues()
                .get(0)
                .commitments();

        assertThat(commitments).hasSize(2);
        assertThat(commitments.get(0).owners())
                .containsExactly(OwnerRole.AREA, OwnerRole.SENIOR_MANAGER, OwnerRole.SDCP);
        assertThat(commitments.get(1).owners())
                .as("people reported to are not owners")
                .containsExactly(OwnerRole.AREA);
    }

    @Test
    void aLongSentenceWithoutAFullStopIsOneCommitment() {
        String clause = "the panel which has appointed a lead and checked each check e.g. Files ";
        String document = response(
                "",
                "1. Reviews need a clear trial strategy.\n\n"
                        + "CPS Response: " + "The file is used which has appointed ".repeat(TIMES) + "\n\n"
                        + "CPS Response: We will ask " + clause.repeat(TIMES) + "\n");

        IssueDraft issue =
                parser.parse(document, DocumentFormat.PLAIN_TEXT).issues().get(0);

        assertThat(issue.commitments()).singleElement().satisfies(commitment -> {
            assertThat(commitment.text()).isEqualTo(("We will ask " + clause.repeat(TIMES)).strip());
            assertThat(commitment.assurance()).isEmpty();
        });
    }

    @Test
    void aCheckNamedTwentyThousandTimesIsReadOnce() {
        String document = response(
                "",
                "1. Reviews need a clear trial strategy.\n\n" + "CPS Response: We will run a dip check "
                        + "and a full check ".repeat(TIMES) + "each month.\n");

        CommitmentDraft commitment = parser.parse(document, DocumentFormat.PLAIN_TEXT)
                .issues()
                .get(0)
                .commitments()
                .get(0);

        assertThat(commitment.assurance()).containsExactly(AssuranceMethod.DIP_SAMPLE, AssuranceMethod.FULL_CHECK);
    }

    @Test
    void twentyThousandNumberedItemsLeaveTheRealIssues() {
        String document = response(
                "",
                "1. The Area should review files.\n\n".repeat(TIMES)
                        + "1. Reviews need a clear trial strategy.\n\nCPS Response: We will check reviews.\n\n"
                        + "2. Letters to victims are late.\n\nCPS Response: We will send letters on time.\n");

        ResponseDraft draft = parser.parse(document, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.issues())
                .extracting(IssueDraft::number, IssueDraft::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Reviews need a clear trial strategy."),
                        org.assertj.core.groups.Tuple.tuple(2, "Letters to victims are late."));
        assertThat(texts(draft.issues().get(1).commitments())).containsExactly("We will send letters on time.");
    }

    @Test
    void twentyThousandBulletsEachAnsweredByALabelAreTwentyThousandIssues() {
        String document = response("", "- Files need a review\nCPS Response: We will check files.\n".repeat(TIMES));

        ResponseDraft draft = parser.parse(document, DocumentFormat.PLAIN_TEXT);

        assertThat(draft.issues()).hasSize(TIMES);
        assertThat(draft.issues().get(TIMES - 1).number()).isEqualTo(TIMES);
        assertThat(texts(draft.issues().get(TIMES - 1).commitments())).containsExactly("We will check files.");
    }

    @Test
    void twentyThousandDatesInTheIntroductionLeaveTheTitlesDate() {
        ResponseDraft draft = parser.parse(
                response(
                        "May 2022, 3 June 2021, ".repeat(TIMES),
                        "1. Reviews need a clear trial strategy.\n\nCPS Response: We will check reviews.\n"),
                DocumentFormat.PLAIN_TEXT);

        assertThat(draft.published()).isEqualTo("2019-03-14");
    }

    @Test
    void longListsCellsAndNestingInHtmlAreRendered() {
        String html = "<h1>CPS response to Wessex Area Assurance Inspection, 14 March 2019</h1>"
                + "<p>HMCPSI has published its report on CPS Wessex.</p>"
                + "<ol>" + "<li></li>".repeat(TIMES) + "</ol>"
                + "<table><tr>" + "<td>x</td>".repeat(TIMES) + "</tr></table>"
                + "<pre>" + "\n".repeat(TIMES) + "</pre>" + "<br>".repeat(TIMES)
                + "<h2>Issues to address</h2><ol><li>Reviews need a clear trial strategy.</li></ol>"
                + "<div>".repeat(2_000) + "<p>CPS Response: We will check reviews.</p>" + "</div>".repeat(2_000);

        ResponseDraft draft = parser.parse(html, DocumentFormat.HTML);

        assertThat(draft.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.text()).isEqualTo("Reviews need a clear trial strategy.");
            assertThat(texts(issue.commitments())).containsExactly("We will check reviews.");
        });
    }

    @Test
    void aParseOnAnInterruptedThreadStops() {
        String document = AdversarialDocuments.NORMAL.of(200_000);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> parser.parse(document, DocumentFormat.MARKDOWN))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
