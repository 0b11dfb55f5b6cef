package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An HTML response is rendered with jsoup into lines and paragraphs, then read by the same rules as text. */
class HtmlResponseTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>CPS response</title><script>var fake = "<p>1. Not an issue</p>";</script></head>
            <body>
            <nav><ul><li><a href="/ln">CPS London North</a></li><li><a href="/wx">CPS Wessex</a></li></ul></nav>
            <main>
              <h1>CPS response to East Midlands Area Inspection Programme Baseline Report, June 2023</h1>
              <p>HMCPSI has today (<time>14 June 2023</time>) published its baseline report on
                 CPS East Midlands.</p>
              <h2>Issues to address</h2>
              <ol>
                <li>The Area needs to improve the quality of its pre-charge reviews.</li>
                <li>Disclosure schedules need to be challenged more often.</li>
              </ol>
              <h3>1. The Area needs to improve the quality of its pre-charge reviews.</h3>
              <p><strong>CPS Response:</strong> The Area will introduce a pre-charge review checklist for
                 all lawyers. Legal managers will carry out a monthly <em>dip sample</em> of pre-charge reviews.</p>
              <h3>2. Disclosure schedules need to be challenged more often.</h3>
              <p><strong>CPS response (joint with CPS West Midlands):</strong> We have appointed a disclosure
                 champion in each team.</p>
              <ul><li>Disclosure champions will hold monthly surgeries for prosecutors.</li></ul>
            </main>
            <footer><p>Scroll to top</p></footer>
            </body></html>
            """;

    private final ResponseDocumentParser parser = new ResponseDocumentParser();

    @Test
    void rendersBlocksAsParagraphsAndListItemsAsLines() {
        String text = HtmlText.render(PAGE);

        assertThat(text)
                .contains("\n\nIssues to address\n\n")
                .contains("1. The Area needs to improve the quality of its pre-charge reviews.\n"
                        + "2. Disclosure schedules need to be challenged more often.")
                .contains("CPS Response: The Area will introduce a pre-charge review checklist for all lawyers.")
                .contains("  • Disclosure champions will hold monthly surgeries for prosecutors.")
                .doesNotContain("Not an issue", "London North", "<");
    }

    @Test
    void readsAnHtmlResponseLikeText() {
        ResponseDraft draft = parser.parse(PAGE, DocumentFormat.HTML);

        assertThat(draft.area()).isEqualTo("East Midlands");
        assertThat(draft.published()).isEqualTo("2023-06-14");
        assertThat(draft.inspectionKind()).contains(InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE);
        assertThat(draft.kind()).isEqualTo("area-inspection-programme-baseline");
        assertThat(draft.issues())
                .extracting(IssueDraft::number, IssueDraft::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                1, "The Area needs to improve the quality of its pre-charge reviews."),
                        org.assertj.core.groups.Tuple.tuple(
                                2, "Disclosure schedules need to be challenged more often."));
        assertThat(draft.issues().get(1).jointWith()).containsExactly("West Midlands");
        assertThat(draft.issues().get(1).theme()).isEqualTo(Theme.DISCLOSURE);

        List<CommitmentDraft> first = draft.issues().get(0).commitments();
        assertThat(first)
                .extracting(CommitmentDraft::text)
                .containsExactly(
                        "The Area will introduce a pre-charge review checklist for all lawyers.",
                        "Legal managers will carry out a monthly dip sample of pre-charge reviews.");
        assertThat(first.get(1).owners()).containsExactly(OwnerRole.LEGAL_MANAGER);
        assertThat(first.get(1).assurance()).containsExactly(AssuranceMethod.DIP_SAMPLE);

        assertThat(draft.issues().get(1).commitments())
                .extracting(CommitmentDraft::text, CommitmentDraft::owners)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "We have appointed a disclosure champion in each team.",
                                List.of(OwnerRole.AREA, OwnerRole.DISCLOSURE_CHAMPION)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Disclosure champions will hold monthly surgeries for prosecutors.",
                                List.of(OwnerRole.DISCLOSURE_CHAMPION)));
        assertThat(draft.generalCommitments()).isEmpty();
    }
}
