package dev.commitmenttracker.ui;

import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.progress.Figures;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: where everyone lands after signing in. Those who see every Area get the national overview (the Areas,
 * then the national level, CPS Direct and the divisions below them); an Area manager goes to their Area, or chooses
 * when scoped to several.
 */
@Controller
class OverviewPage {

    private final ProgressReports progress;
    private final CurrentUser user;
    private final PageScope pageScope;

    OverviewPage(ProgressReports progress, CurrentUser user, PageScope pageScope) {
        this.progress = progress;
        this.user = user;
        this.pageScope = pageScope;
    }

    @GetMapping("/")
    String overview(Model model) {
        if (!user.seesAllAreas()) {
            List<?> areas = user.scopedAreas().stream().sorted().toList();
            if (areas.size() == 1) {
                return "redirect:/areas/" + user.scopedAreas().iterator().next().name();
            }
            model.addAttribute("areas", areas);
            return "choose-area";
        }
        AreaScope scope = pageScope.visible();
        List<ProgressReports.AreaProgress> areas = progress.areas(scope);
        Map<String, Figures> chart = new LinkedHashMap<>();
        areas.forEach(row -> chart.put(row.area().displayName(), row.figures()));
        model.addAttribute("nav", "overview");
        model.addAttribute("today", progress.today());
        model.addAttribute(
                "areas", areas.stream().filter(row -> row.area().isArea()).toList());
        model.addAttribute(
                "units", areas.stream().filter(row -> !row.area().isArea()).toList());
        model.addAttribute("themes", progress.themes(scope));
        model.addAttribute("chart", Charts.statusBars(chart));
        return "overview";
    }
}
