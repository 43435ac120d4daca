package nl.ketenwijs.reporting.web;

import jakarta.validation.Valid;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.SectorDirectory;
import nl.ketenwijs.reporting.annual.AnnualReports;
import nl.ketenwijs.reporting.annual.Edition;
import nl.ketenwijs.reporting.annual.Editions;
import nl.ketenwijs.reporting.annual.GoodPracticeExamples;
import nl.ketenwijs.reporting.annual.ReportAssembly;
import nl.ketenwijs.reporting.annual.ReportCharts;
import nl.ketenwijs.reporting.annual.ReportNotFound;
import nl.ketenwijs.reporting.annual.ReportPublication;
import nl.ketenwijs.reporting.annual.ReportSnapshot;
import nl.ketenwijs.reporting.annual.ReportTexts;
import nl.ketenwijs.shared.Chart;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's report builder: the year's texts, the good-practice examples and whether each may be
 * published, what figures will go in, a preview, and publishing as a job whose progress the page follows.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
class ReportBuilderController {

    private final AnnualReports reports;
    private final GoodPracticeExamples examples;
    private final Editions editions;
    private final ReportAssembly assembly;
    private final ReportCharts charts;
    private final ReportPublication publication;
    private final SectorDirectory directory;

    ReportBuilderController(
            AnnualReports reports,
            GoodPracticeExamples examples,
            Editions editions,
            ReportAssembly assembly,
            ReportCharts charts,
            ReportPublication publication,
            SectorDirectory directory) {
        this.reports = reports;
        this.examples = examples;
        this.editions = editions;
        this.assembly = assembly;
        this.charts = charts;
        this.publication = publication;
        this.directory = directory;
    }

    @GetMapping("/reports")
    String years(@RequestParam(required = false) String year, Model model) {
        if (year != null) {
            return "redirect:/reports/" + ReportNotFound.year(year);
        }
        model.addAttribute("years", reports.years());
        model.addAttribute("thisYear", Year.now().getValue());
        return "reporting/years";
    }

    /** With htmx only the editions, which the page asks for again every two seconds while one is generated. */
    @GetMapping("/reports/{year}")
    String builder(
            @PathVariable String year, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        int reportYear = ReportNotFound.year(year);
        if (htmx != null) {
            editions(reportYear, model);
            return "reporting/builder :: editions";
        }
        return page(reportYear, model);
    }

    private void editions(int year, Model model) {
        List<Edition> versions = editions.ofYear(year);
        model.addAttribute("year", year);
        model.addAttribute("editions", versions);
        model.addAttribute("running", versions.stream().anyMatch(Edition::isRunning));
    }

    /** The whole builder; a form that came back with errors keeps what was typed. */
    private String page(int year, Model model) {
        editions(year, model);
        if (!model.containsAttribute("texts")) {
            ReportTexts texts = reports.find(year).orElse(ReportTexts.empty(year));
            model.addAttribute("texts", new TextsForm(texts.foreword(), texts.outlook()));
        }
        if (!model.containsAttribute("example")) {
            model.addAttribute("example", ExampleForm.empty());
        }
        model.addAttribute("examples", examples.forYear(year));
        model.addAttribute("companies", directory.companies());
        model.addAttribute("results", assembly.results(year));
        model.addAttribute("projectCount", assembly.projectCount());
        model.addAttribute("hasComplaints", assembly.hasComplaints(year));
        model.addAttribute("published", editions.anyPublished(year));
        return "reporting/builder";
    }

    @PostMapping("/reports/{year}/texts")
    String saveTexts(
            @PathVariable String year,
            @Valid @ModelAttribute("texts") TextsForm form,
            BindingResult errors,
            @AuthenticationPrincipal Account account,
            Model model,
            RedirectAttributes redirect) {
        int reportYear = ReportNotFound.year(year);
        if (errors.hasErrors()) {
            return page(reportYear, model);
        }
        reports.save(new ReportTexts(reportYear, form.forewordOrEmpty(), form.outlookOrEmpty()), account.getUsername());
        redirect.addFlashAttribute("notice", "report.builder.saved");
        return "redirect:/reports/" + reportYear;
    }

    @PostMapping("/reports/{year}/examples")
    String addExample(
            @PathVariable String year,
            @Valid @ModelAttribute("example") ExampleForm form,
            BindingResult errors,
            @AuthenticationPrincipal Account account,
            Model model,
            RedirectAttributes redirect) {
        int reportYear = ReportNotFound.year(year);
        if (errors.hasErrors()) {
            return page(reportYear, model);
        }
        reports.ensure(reportYear, account.getUsername());
        examples.add(reportYear, form.draft());
        redirect.addFlashAttribute("notice", "report.builder.example.added");
        return "redirect:/reports/" + reportYear + "#voorbeelden";
    }

    @PostMapping("/reports/{year}/examples/{id}/remove")
    String removeExample(@PathVariable String year, @PathVariable UUID id) {
        int reportYear = ReportNotFound.year(year);
        examples.remove(id);
        return "redirect:/reports/" + reportYear + "#voorbeelden";
    }

    @PostMapping("/reports/{year}/publish")
    String publish(@PathVariable String year, @AuthenticationPrincipal Account account) {
        int reportYear = ReportNotFound.year(year);
        reports.ensure(reportYear, account.getUsername());
        Edition edition = publication.start(reportYear, account.getUsername());
        publication.generate(edition, account.organisationId());
        return "redirect:/reports/" + reportYear + "#versies";
    }

    /** The report as it would be published now, with today's figures. */
    @GetMapping("/reports/{year}/preview")
    String preview(@PathVariable String year, Locale locale, Model model) {
        int reportYear = ReportNotFound.year(year);
        ReportSnapshot snapshot = assembly.assemble(reportYear, 0);
        model.addAttribute("report", snapshot);
        model.addAttribute("charts", charts.of(snapshot.results(), locale));
        model.addAttribute("chartBase", "/reports/" + reportYear + "/charts/");
        model.addAttribute("preview", true);
        return "reporting/public";
    }

    @GetMapping("/reports/{year}/charts/{name}.svg")
    ResponseEntity<String> chart(@PathVariable String year, @PathVariable String name, Locale locale) {
        int reportYear = ReportNotFound.year(year);
        Chart chart = charts.named(assembly.results(reportYear), name, locale).orElseThrow(ReportNotFound::new);
        return ChartResponses.svg(chart);
    }
}
