package nl.ketenwijs.riskknowledge.web;

import nl.ketenwijs.riskknowledge.DataSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page that names every shipped data set with its edition, origin and licence. */
@Controller
class SourcesController {

    static final String SOURCES = "sources/list";

    @GetMapping("/bronnen")
    String sources(Model model) {
        model.addAttribute("dataSets", DataSet.values());
        return SOURCES;
    }
}
