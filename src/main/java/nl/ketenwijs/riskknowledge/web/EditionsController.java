package nl.ketenwijs.riskknowledge.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import nl.ketenwijs.riskknowledge.editions.Comparison;
import nl.ketenwijs.riskknowledge.editions.EditionComparison;
import nl.ketenwijs.riskknowledge.editions.EditionNotFound;
import nl.ketenwijs.riskknowledge.editions.EditionRefused;
import nl.ketenwijs.riskknowledge.editions.EditionStore;
import nl.ketenwijs.riskknowledge.editions.EditionSummary;
import nl.ketenwijs.riskknowledge.editions.EditionSwitch;
import nl.ketenwijs.riskknowledge.editions.EditionUploads;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages for editions of the evidence data sets: upload a new one as a candidate, see what
 * it changes, switch it on (or back), delete a candidate, compare any two.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
class EditionsController {

    static final String LIST = "editions/list";
    static final String EDITION = "editions/edition";

    /** One data set on the overview: its editions, its switch history and the columns a file must have. */
    record DataSetEditions(
            EvidenceSet set,
            List<EditionSummary> editions,
            List<EditionSwitch> history,
            List<String> requiredColumns,
            List<String> columns) {}

    private final EditionStore store;
    private final EditionUploads uploads;
    private final EditionComparison comparison;

    EditionsController(EditionStore store, EditionUploads uploads, EditionComparison comparison) {
        this.store = store;
        this.uploads = uploads;
        this.comparison = comparison;
    }

    @GetMapping("/knowledge/editions")
    String list(Model model) {
        model.addAttribute(
                "dataSets",
                Arrays.stream(EvidenceSet.values())
                        .map(set -> new DataSetEditions(
                                set,
                                store.editions(set),
                                store.history(set),
                                uploads.requiredColumns(set),
                                uploads.columns(set)))
                        .toList());
        return LIST;
    }

    @PostMapping("/knowledge/editions/{dataSet}")
    ModelAndView upload(
            @PathVariable String dataSet,
            @RequestParam(defaultValue = "") String edition,
            @RequestParam(required = false) MultipartFile file,
            Principal principal,
            Model model)
            throws IOException {
        EvidenceSet set = set(dataSet);
        try {
            uploads.upload(set, edition.strip(), file == null ? new byte[0] : file.getBytes(), principal.getName());
        } catch (EditionRefused refused) {
            model.addAttribute("refusedSet", set);
            model.addAttribute("refusal", refused);
            model.addAttribute("editionName", edition);
            list(model);
            return new ModelAndView(LIST, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return new ModelAndView("redirect:/knowledge/editions/" + set.code() + "/" + edition.strip() + "?uploaded");
    }

    /** A candidate (or any edition) against the active one: the preview before a switch. */
    @GetMapping("/knowledge/editions/{dataSet}/{edition}")
    String edition(@PathVariable String dataSet, @PathVariable String edition, Model model) {
        EvidenceSet set = set(dataSet);
        EditionSummary shown = store.edition(set, edition).orElseThrow(EditionNotFound::new);
        model.addAttribute("set", set);
        model.addAttribute("edition", shown);
        store.active(set)
                .filter(active -> !active.edition().equals(edition))
                .ifPresent(
                        active -> model.addAttribute("comparison", comparison.compare(set, active.edition(), edition)));
        return EDITION;
    }

    /** Any two editions of a data set, from the older to the newer as the secretariat picks them. */
    @GetMapping("/knowledge/editions/{dataSet}/compare")
    String compare(@PathVariable String dataSet, @RequestParam String from, @RequestParam String to, Model model) {
        EvidenceSet set = set(dataSet);
        store.edition(set, from).orElseThrow(EditionNotFound::new);
        EditionSummary shown = store.edition(set, to).orElseThrow(EditionNotFound::new);
        Comparison compared = comparison.compare(set, from, to);
        model.addAttribute("set", set);
        model.addAttribute("edition", shown);
        model.addAttribute("comparison", compared);
        model.addAttribute("comparingOnly", true);
        return EDITION;
    }

    @PostMapping("/knowledge/editions/{dataSet}/{edition}/switch")
    String switchTo(
            @PathVariable String dataSet,
            @PathVariable String edition,
            @RequestParam(defaultValue = "false") boolean confirm,
            Principal principal,
            RedirectAttributes redirect) {
        EvidenceSet set = set(dataSet);
        store.edition(set, edition).orElseThrow(EditionNotFound::new);
        if (!confirm) {
            return "redirect:/knowledge/editions/" + set.code() + "/" + edition + "?unconfirmed";
        }
        store.switchTo(set, edition, principal.getName());
        redirect.addFlashAttribute("switched", set.code());
        return "redirect:/knowledge/editions#" + set.code();
    }

    @PostMapping("/knowledge/editions/{dataSet}/{edition}/delete")
    String delete(@PathVariable String dataSet, @PathVariable String edition, RedirectAttributes redirect) {
        EvidenceSet set = set(dataSet);
        redirect.addFlashAttribute(store.delete(set, edition) ? "deleted" : "notDeleted", edition);
        return "redirect:/knowledge/editions#" + set.code();
    }

    private static EvidenceSet set(String code) {
        return EvidenceSet.byCode(code).orElseThrow(EditionNotFound::new);
    }
}
