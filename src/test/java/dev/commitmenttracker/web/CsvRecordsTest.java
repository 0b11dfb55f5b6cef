package dev.commitmenttracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    enum Colour {
        RED,
        GREEN
    }

    record Counts(
            long total,
            Map<Colour, Long> byColour,
            @CsvRecords.Omit String jsonOnly,
            BigDecimal share) {}

    record Row(
            AreaCode area,
            Theme theme,
            List<AreaCode> jointWith,
            @JsonUnwrapped Counts counts,
            LocalDate on,
            String note) {}

    @Test
    void givenARecord_thenAColumnPerComponentWithUnwrappedOnesInPlaceAndEnumKeyedMapsSpreadOut() {
        assertThat(CsvRecords.header(Row.class))
                .containsExactly("area", "theme", "jointWith", "total", "RED", "GREEN", "share", "on", "note");
    }

    @Test
    void givenARow_thenCellsFollowTheHeaderWithThemeCodesJoinedListsAndEmptyNulls() {
        Map<Colour, Long> byColour = new EnumMap<>(Colour.class);
        byColour.put(Colour.GREEN, 2L);
        Row row = new Row(
                AreaCode.WESSEX,
                Theme.DISCLOSURE,
                List.of(AreaCode.LONDON_NORTH, AreaCode.NORTH_WEST),
                new Counts(3, byColour, "left out", new BigDecimal("66.7")),
                LocalDate.of(2026, 1, 2),
                null);

        assertThat(CsvRecords.cells(row))
                .containsExactly(
                        AreaCode.WESSEX.toString(),
                        Theme.DISCLOSURE.code(),
                        "LONDON_NORTH NORTH_WEST",
                        3L,
                        null,
                        2L,
                        new BigDecimal("66.7"),
                        LocalDate.of(2026, 1, 2),
                        null);
    }

    @Test
    void givenSomethingOtherThanARecord_thenNoColumnsAreGuessed() {
        assertThatThrownBy(() -> CsvRecords.header(String.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
