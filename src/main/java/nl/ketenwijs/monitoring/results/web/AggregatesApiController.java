package nl.ketenwijs.monitoring.results.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import nl.ketenwijs.monitoring.AggregateCell;
import nl.ketenwijs.monitoring.GroupSize;
import nl.ketenwijs.monitoring.StepFigures;
import nl.ketenwijs.monitoring.YearResults;
import nl.ketenwijs.monitoring.results.VisibleResults;
import nl.ketenwijs.organisation.Account;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual monitoring aggregates as JSON, for the secretariat's and branch organisations' own systems
 * (Bearer token of a person of the secretariat or of a branch organisation; any other token gets 403). The
 * secretariat gets the sector, each size class and each branch organisation; a branch organisation its
 * own members, whole and per size class. A cell of fewer than {@value GroupSize#MINIMUM} companies is
 * marked {@code "suppressed": true} and carries no figures.
 */
@RestController
class AggregatesApiController {

    private final VisibleResults results;

    AggregatesApiController(VisibleResults results) {
        this.results = results;
    }

    /**
     * @param year the reporting year, such as 2026
     */
    @GetMapping(path = "/api/v1/monitoring/aggregates", produces = MediaType.APPLICATION_JSON_VALUE)
    AggregatesJson aggregates(@AuthenticationPrincipal Account account, @RequestParam("year") int year) {
        YearResults shown = results.of(account, year);
        return new AggregatesJson(
                shown.year(),
                GroupSize.MINIMUM,
                shown.cells().stream().map(CellJson::of).toList());
    }

    /** The year's cells: the whole group first, then the size classes, then the branch organisations. */
    record AggregatesJson(int year, int minimumGroupSize, List<CellJson> cells) {}

    /**
     * One group. {@code kind} is SECTOR, BRANCH or SIZE_CLASS; {@code name} the branch's name or the size class
     * (SME, LARGE). {@code suppressed} is true when no step has figures.
     */
    record CellJson(
            String kind,
            String key,
            String name,
            boolean suppressed,
            ParticipationJson participation,
            List<StepJson> steps) {

        static CellJson of(AggregateCell cell) {
            AggregateCell.Participation p = cell.participation();
            return new CellJson(
                    cell.kind().name(),
                    cell.key(),
                    cell.name(),
                    cell.suppressed(),
                    new ParticipationJson(p.suppressed(), p.invited(), p.submitted(), p.accepted(), p.assessed()),
                    cell.steps().stream().map(StepJson::of).toList());
        }
    }

    /** Invited, submitted (handed in at least once), accepted, and counted in the maturity figures. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ParticipationJson(
            boolean suppressed, Integer invited, Integer submitted, Integer accepted, Integer counted) {}

    /** Companies per maturity level 0 to 4, their mean, last year's mean and the change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StepJson(
            String step,
            boolean suppressed,
            Integer companies,
            List<Integer> levels,
            BigDecimal mean,
            BigDecimal previousMean,
            BigDecimal change) {

        static StepJson of(StepFigures figures) {
            return new StepJson(
                    figures.step().name(),
                    figures.suppressed(),
                    figures.companies(),
                    figures.suppressed() ? null : figures.levels(),
                    figures.mean(),
                    figures.previousMean(),
                    figures.change());
        }
    }
}
