package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.commitmenttracker.inspection.api.InspectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseHeaderTest {

    private static ResponseHeader header(String text) {
        return ResponseHeader.read(Line.split(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "25/10/2018                  | 2018-10-25",
                "12 October 2021             | 2021-10-12",
                "1st March 2020              | 2020-03-01",
                "October 12, 2021            | 2021-10-12",
                "2021-10-12                  | 2021-10-12",
                "May 2022                    | 2022-05",
                "Sept 2019                   | 2019-09",
                "published in December, 2020 | 2020-12"
            })
    void readsTheDateFormatsResponsesUse(String written, String iso) {
        assertThat(PublicationDate.allIn(written))
                .extracting(PublicationDate::iso)
                .containsExactly(iso);
    }

    @Test
    void ignoresImpossibleDates() {
        assertThat(PublicationDate.allIn("31/02/2020 and 30/13/2021")).isEmpty();
    }

    @Test
    void takesTheTitleMonthAndTheDayFromAMentionOfThatMonth() {
        ResponseHeader header = header("""
                CPS response to Wessex Area Inspection Programme Baseline Report, October 2021

                HMCPSI has today (14 October 2021) published its report on CPS Wessex. It looked at cases \
                from 2 March 2021.
                """);

        assertThat(header.published()).contains("2021-10-14");
    }

    @Test
    void keepsTheTitleMonthWhenNoDayOfThatMonthIsGiven() {
        ResponseHeader header = header("""
                CPS response to Wessex Area Inspection Programme Baseline Report, August 2022

                The inspection looked at cases finalised before 27 June 2022.
                """);

        assertThat(header.published()).contains("2022-08");
    }

    @Test
    void readsAreaFromATitleThatWrapsAndTheDateLineBelowIt() {
        ResponseHeader header = header("""
                **CPS Response to HMCPSI Area Assurance Inspection of CPS
                Thames and Chiltern**
                *03/04/2019*

                The report also mentions CPS London North.
                """);

        assertThat(header.area()).contains("Thames and Chiltern");
        assertThat(header.published()).contains("2019-04-03");
        assertThat(header.kind()).contains(InspectionKind.AREA_ASSURANCE_INSPECTION);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CPS response to Wessex Area Inspection Programme Baseline Report | AREA_INSPECTION_PROGRAMME_BASELINE",
                "CPS response to HMCPSI Area Assurance Inspection of CPS Wessex   | AREA_ASSURANCE_INSPECTION",
                "CPS response to the AIP follow-up report on CPS Wessex          | FOLLOW_UP",
                "CPS response to the thematic inspection of disclosure (Wessex)  | THEMATIC"
            })
    void recognisesTheKindOfInspection(String title, InspectionKind kind) {
        assertThat(header(title).kind()).contains(kind);
    }

    @Test
    void readsDomainRatingsAsWritten() {
        ResponseHeader header = header("""
                CPS Response to HMCPSI Area Assurance Inspection of CPS Wessex

                The Area was assessed as follows:

                Success of CPS People – Excellent
                Casework Quality: Fair
                Public Confidence - Requires improvement
                """);

        assertThat(header.ratings())
                .containsExactly(
                        entry("Success of CPS People", "Excellent"),
                        entry("Casework Quality", "Fair"),
                        entry("Public Confidence", "Requires improvement"));
    }
}
