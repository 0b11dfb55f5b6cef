package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.shared.AreaCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpsAreasTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "London North             | LONDON_NORTH",
                "London South             | LONDON_SOUTH",
                "South West               | SOUTH_WEST",
                "North East               | NORTH_EAST",
                "North West               | NORTH_WEST",
                "West Midlands            | WEST_MIDLANDS",
                "East Midlands            | EAST_MIDLANDS",
                "East of England          | EAST_OF_ENGLAND",
                "Mersey-Cheshire          | MERSEY_CHESHIRE",
                "South East               | SOUTH_EAST",
                "Thames and Chiltern      | THAMES_AND_CHILTERN",
                "Wessex                   | WESSEX",
                "Yorkshire and Humberside | YORKSHIRE_AND_HUMBERSIDE",
                "Cymru Wales              | CYMRU_WALES"
            })
    void mapsEachAreaNameToItsCode(String name, AreaCode code) {
        assertThat(CpsAreas.codeFor(name)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CPS London North      | LONDON_NORTH",
                "mersey cheshire       | MERSEY_CHESHIRE",
                "Thames & Chiltern     | THAMES_AND_CHILTERN",
                "CPS Cymru-Wales       | CYMRU_WALES",
                "'  yorkshire AND humberside ' | YORKSHIRE_AND_HUMBERSIDE"
            })
    void toleratesHowNamesAreWritten(String name, AreaCode code) {
        assertThat(CpsAreas.codeFor(name)).contains(code);
    }

    @Test
    void knowsNoOtherAreas() {
        assertThat(CpsAreas.codeFor("London")).isEmpty();
        assertThat(CpsAreas.codeFor("England and Wales")).isEmpty();
        assertThat(CpsAreas.codeFor(null)).isEmpty();
    }

    @Test
    void findsTheFirstAreaNamedPreferringTheLongerName() {
        assertThat(CpsAreas.firstIn("inspection of CPS\nEast of England, with CPS Wessex"))
                .contains("East of England");
        assertThat(CpsAreas.allIn("joint with CPS London North and CPS London South"))
                .containsExactly("London North", "London South");
    }
}
