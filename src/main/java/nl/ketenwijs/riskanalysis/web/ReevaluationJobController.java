package nl.ketenwijs.riskanalysis.web;

import java.util.List;
import java.util.Locale;
import nl.ketenwijs.riskanalysis.register.ReevaluationJob;
import nl.ketenwijs.riskanalysis.register.ReevaluationJobs;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The re-evaluations of all registers that a knowledge change starts, with their progress, for the
 * secretariat that made the change. Counts only: no company is named.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'MONITORING_REVIEWER')")
class ReevaluationJobController {

    private static final int SHOWN = 20;

    private final ReevaluationJobs jobs;
    private final KnowledgeNames names;

    ReevaluationJobController(ReevaluationJobs jobs, KnowledgeNames names) {
        this.jobs = jobs;
        this.names = names;
    }

    /** With htmx the table alone, which the page asks for again every two seconds while a job runs. */
    @GetMapping("/register/jobs")
    String jobs(@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        List<ReevaluationJob> recent = jobs.recent(SHOWN);
        model.addAttribute("jobs", recent);
        model.addAttribute("running", recent.stream().anyMatch(ReevaluationJob::isRunning));
        model.addAttribute("names", names.in(locale));
        return htmx == null ? "register/jobs" : "register/jobs :: table";
    }
}
