package nl.ketenwijs.riskknowledge.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.DataSet;
import nl.ketenwijs.riskknowledge.editions.EditionStore;
import nl.ketenwijs.riskknowledge.editions.EditionSummary;
import nl.ketenwijs.riskknowledge.editions.EditionSwitch;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments.ThemeCount;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page that names every shipped data set with its edition, origin and licence, for the
 * evidence data sets the edition the rules read now and the ones they read before, and how many expert
 * entries fill the themes without one.
 */
@Controller
class SourcesController {

    static final String SOURCES = "sources/list";

    /**
     * The active edition of an evidence data set and those active before it; a candidate that was never
     * switched on is the secretariat's draft and not shown.
     */
    record EvidenceEditions(EvidenceSet set, EditionSummary active, List<EditionSummary> previous) {}

    private final ExpertAssessments experts;
    private final EditionStore editions;

    SourcesController(ExpertAssessments experts, EditionStore editions) {
        this.experts = experts;
        this.editions = editions;
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
        model.addAttribute(
                "evidenceEditions",
                Arrays.stream(DataSet.values()).collect(Collectors.toMap(DataSet::code, this::evidenceEditions)));
        return SOURCES;
    }

    /** The evidence data sets whose shipped file lies in the data set's folder. */
    private List<EvidenceEditions> evidenceEditions(DataSet dataSet) {
        return Arrays.stream(EvidenceSet.values())
                .filter(set -> set.file().startsWith(dataSet.folder()))
                .map(this::evidenceEditions)
                .filter(entry -> entry.active() != null)
                .toList();
    }

    private EvidenceEditions evidenceEditions(EvidenceSet set) {
        List<EditionSummary> all = editions.editions(set);
        Set<String> wereActive = new HashSet<>();
        for (EditionSwitch change : editions.history(set)) {
            wereActive.add(change.edition());
            if (change.previousEdition() != null) {
                wereActive.add(change.previousEdition());
            }
        }
        EditionSummary active =
                all.stream().filter(EditionSummary::active).findFirst().orElse(null);
        List<EditionSummary> previous = all.stream()
                .filter(edition -> !edition.active() && wereActive.contains(edition.edition()))
                .toList();
        return new EvidenceEditions(set, active, previous);
    }
}
