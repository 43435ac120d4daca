package nl.ketenwijs.monitoring.results.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.GroupSize;
import nl.ketenwijs.monitoring.MonitoringResults;
import nl.ketenwijs.monitoring.YearResults;
import nl.ketenwijs.monitoring.results.AggregateExport;
import nl.ketenwijs.monitoring.results.AggregateTable;
import nl.ketenwijs.monitoring.results.VisibleResults;
import nl.ketenwijs.organisation.Account;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The aggregates page and its exports: the secretariat sees the sector, branch staff their own members.
 * The exports hold exactly what the page shows, suppressed cells left empty with a note.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'MONITORING_REVIEWER', 'BRANCH_STAFF')")
class AggregatesController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final VisibleResults results;
    private final MonitoringResults years;
    private final Clock clock;

    AggregatesController(VisibleResults results, MonitoringResults years, Clock clock) {
        this.results = results;
        this.years = years;
        this.clock = clock;
    }

    @GetMapping("/monitoring/aggregates")
    String page(
            @AuthenticationPrincipal Account account,
            @RequestParam(name = "year", required = false) Integer year,
            Model model) {
        int shown = year == null ? lastYear() : year;
        model.addAttribute("results", results.of(account, shown));
        model.addAttribute("years", years.years());
        model.addAttribute("steps", DueDiligenceStep.values());
        model.addAttribute("minimum", GroupSize.MINIMUM);
        return "assessment/aggregates";
    }

    @GetMapping("/monitoring/aggregates/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal Account account,
            @RequestParam("year") int year,
            @RequestParam(name = "format", defaultValue = "csv") String format) {
        YearResults shown = results.of(account, year);
        boolean excel = "xlsx".equals(format);
        byte[] file = excel
                ? AggregateExport.xlsx("monitoring " + year, AggregateTable.HEADER, AggregateTable.rows(shown))
                : AggregateExport.csv(AggregateTable.HEADER, AggregateTable.rows(shown));
        return ResponseEntity.ok()
                .contentType(excel ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("monitoring-" + year + (excel ? ".xlsx" : ".csv"))
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file);
    }

    /** The year whose assessments are being filled in now: the one before the calendar year. */
    private int lastYear() {
        return clock.instant().atZone(ZoneId.of("Europe/Amsterdam")).getYear() - 1;
    }
}
