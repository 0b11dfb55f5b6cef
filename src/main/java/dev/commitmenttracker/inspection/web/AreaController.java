package dev.commitmenttracker.inspection.web;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.UnitKind;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CPS units, as reference data: {@code /api/areas} the fourteen Areas alone (as ever), {@code /api/units} every
 * unit an inspection or a commitment may belong to, with its kind (ADR 0014).
 */
@RestController
class AreaController {

    record Area(String code, String name) {}

    /** A CPS unit: an Area, the national level, CPS Direct or a casework division. */
    record Unit(String code, String name, UnitKind kind) {}

    @GetMapping("/api/areas")
    List<Area> areas() {
        return AreaCode.areas().stream()
                .map(area -> new Area(area.name(), area.displayName()))
                .toList();
    }

    /** Every unit, the Areas first, then the national level, CPS Direct and the divisions; or those of one kind. */
    @GetMapping("/api/units")
    List<Unit> units(@RequestParam(required = false) UnitKind kind) {
        return Arrays.stream(AreaCode.values())
                .filter(unit -> kind == null || unit.kind() == kind)
                .map(unit -> new Unit(unit.name(), unit.displayName(), unit.kind()))
                .toList();
    }
}
