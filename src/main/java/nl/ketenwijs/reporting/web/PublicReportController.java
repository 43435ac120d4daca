package nl.ketenwijs.reporting.web;

import java.util.Locale;
import nl.ketenwijs.reporting.annual.Editions;
import nl.ketenwijs.reporting.annual.ReportCharts;
import nl.ketenwijs.reporting.annual.ReportNotFound;
import nl.ketenwijs.reporting.annual.ReportSnapshot;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published annual report for everyone, without a login: the page, its charts and the PDF of the
 * newest published edition. Before the first edition of a year is published, all three are not found.
 */
@Controller
class PublicReportController {

    private final Editions editions;
    private final ReportCharts charts;

    PublicReportController(Editions editions, ReportCharts charts) {
        this.editions = editions;
        this.charts = charts;
    }

    @GetMapping("/jaarrapport/{year}")
    String report(@PathVariable String year, Locale locale, Model model) {
        int reportYear = ReportNotFound.year(year);
        ReportSnapshot snapshot = editions.published(reportYear).orElseThrow(ReportNotFound::new);
        model.addAttribute("report", snapshot);
        model.addAttribute("charts", charts.of(snapshot.results(), locale));
        model.addAttribute("chartBase", "/jaarrapport/" + reportYear + "/grafiek/");
        model.addAttribute("preview", false);
        return "reporting/public";
    }

    @GetMapping("/jaarrapport/{year}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String year) {
        int reportYear = ReportNotFound.year(year);
        byte[] pdf = editions.publishedPdf(reportYear).orElseThrow(ReportNotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("jaarrapport-" + reportYear + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/jaarrapport/{year}/grafiek/{name}.svg")
    ResponseEntity<String> chart(@PathVariable String year, @PathVariable String name, Locale locale) {
        int reportYear = ReportNotFound.year(year);
        ReportSnapshot snapshot = editions.published(reportYear).orElseThrow(ReportNotFound::new);
        return ChartResponses.published(
                charts.named(snapshot.results(), name, locale).orElseThrow(ReportNotFound::new));
    }
}
