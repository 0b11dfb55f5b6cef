package dev.commitmenttracker.inspection.web;

import dev.commitmenttracker.shared.AreaCode;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The fourteen CPS Areas, as reference data. */
@RestController
class AreaController {

    record Area(String code, String name) {}

    @GetMapping("/api/areas")
    List<Area> areas() {
        return AreaCode.areas().stream()
                .map(area -> new Area(area.name(), area.displayName()))
                .toList();
    }
}
