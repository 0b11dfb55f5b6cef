package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.shared.AssuranceMethod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How often a commitment sentence promises its check, in the words responses use for it. */
class CadenceDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Team leaders will look at a monthly sample of charging files.|MONTHLY",
                "Every month a legal manager will check five disclosure schedules.|MONTHLY",
                "The unit head reviews two case files each month.|MONTHLY",
                "A quarterly IQA round will cover RASSO files.|QUARTERLY",
                "Each quarter the board will look again at victim letters.|QUARTERLY",
                "The casework panel will meet weekly to go through listed trials.|WEEKLY",
                "Every six months the Area will repeat the file audit.|SIX_MONTHLY",
                "A six-monthly check of witness warnings will follow.|SIX_MONTHLY",
                "The bi-annual review of hate crime files will continue.|SIX_MONTHLY",
                "An annual audit of custody time limits will be carried out.|YEARLY",
                "Managers will check the log annually.|YEARLY",
                "A yearly report goes to the Area board.|YEARLY"
            })
    void findsTheRhythmTheSentenceNames(String sentence, Cadence expected) {
        assertThat(CadenceDetector.in(sentence)).isEqualTo(expected);
    }

    @Test
    void aSentenceWithoutARhythmHasNoCadence() {
        assertThat(CadenceDetector.in("Legal managers will dip sample disclosure decisions."))
                .isNull();
        assertThat(CadenceDetector.in("Prosecutors will be trained in the new guidance by March."))
                .isNull();
        assertThat(CadenceDetector.in(null)).isNull();
    }

    @Test
    void theFirstRhythmNamedWins() {
        assertThat(CadenceDetector.in("A weekly huddle will feed a quarterly report."))
                .isEqualTo(Cadence.WEEKLY);
    }

    @Test
    void aParsedDraftCarriesTheCadenceOfItsSentence() {
        ResponseDraft draft = new ResponseDocumentParser().parse("""
                        CPS response to East of England Area Inspection Programme Baseline Report, June 2023

                        HMCPSI has today published its report on CPS East of England.

                        Issues to address

                        1. Disclosure decisions are not always recorded well enough.

                        CPS Response: Legal managers will dip sample five disclosure schedules every month and feed back to each lawyer.
                        """, DocumentFormat.PLAIN_TEXT);
        List<CommitmentDraft> commitments = draft.issues().get(0).commitments();
        assertThat(commitments).hasSize(1);
        assertThat(commitments.get(0).assurance()).contains(AssuranceMethod.DIP_SAMPLE);
        assertThat(commitments.get(0).cadence()).isEqualTo(Cadence.MONTHLY);
    }
}
