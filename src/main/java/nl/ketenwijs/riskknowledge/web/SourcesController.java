package nl.ketenwijs.riskknowledge.web;

import java.util.List;
import nl.ketenwijs.riskknowledge.DataSet;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments.ThemeCount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page that names every shipped data set with its edition, origin and licence, and says how
 * many expert entries fill the themes without one.
 */
@Controller
class SourcesController {

    static final String SOURCES = "sources/list";

    private final ExpertAssessments experts;

    SourcesController(ExpertAssessments experts) {
        this.experts = experts;
    }

    @GetMapping("/bronnen")
    String sources(Model model) {
        model.addAttribute("dataSets", DataSet.values());
        List<ThemeCount> themes =
                experts.counts().stream().filter(count -> count.entries() > 0).toList();
        model.addAttribute("expertThemes", themes);
        model.addAttribute(
                "expertEntries", themes.stream().mapToLong(ThemeCount::entries).sum());
        model.addAttribute("expertCommodities", experts.coveredCommodities());
        return SOURCES;
    }
}
