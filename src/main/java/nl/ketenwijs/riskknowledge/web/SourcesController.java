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
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page that names every shipped data set with its edition, origin and licence, and for the
 * evidence data sets the edition the rules read now and the ones they read before.
 */
@Controller
class SourcesController {

    static final String SOURCES = "sources/list";

    /**
     * The active edition of an evidence data set and those active before it; a candidate that was never
     * switched on is the secretariat's draft and not shown.
     */
    record EvidenceEditions(EvidenceSet set, EditionSummary active, List<EditionSummary> previous) {}

    private final EditionStore editions;

    SourcesController(EditionStore editions) {
        this.editions = editions;
    }

    @GetMapping("/bronnen")
    String sources(Model model) {
        model.addAttribute("dataSets", DataSet.values());
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
