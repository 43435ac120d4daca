package nl.ketenwijs.monitoring.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.monitoring.AggregateCell;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.MonitoringResults;
import nl.ketenwijs.monitoring.assessment.Assessment;
import nl.ketenwijs.monitoring.assessment.SelfAssessments;
import nl.ketenwijs.organisation.CompanyDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's own results: its level per step in each year it filled in, and beside it the mean of its
 * size class, only as an aggregate and only when at least the minimum of companies of the class count
 * (submitted or accepted assessments, as in every aggregate).
 */
@Service
public class CompanyResults {

    /** One year: the company's level per step, and the class's mean per step (null when withheld). */
    public record Year(
            int year,
            String statusKey,
            Map<DueDiligenceStep, Integer> levels,
            Map<DueDiligenceStep, BigDecimal> classMeans) {}

    private final SelfAssessments assessments;
    private final MonitoringResults results;
    private final CompanyDirectory companies;

    CompanyResults(SelfAssessments assessments, MonitoringResults results, CompanyDirectory companies) {
        this.assessments = assessments;
        this.results = results;
        this.companies = companies;
    }

    /** Oldest year first, so the page reads as progress. */
    @Transactional
    public List<Year> of(UUID company) {
        String sizeClass = companies.sizeClass(company).orElse("LARGE");
        List<Year> years = new ArrayList<>();
        List<Assessment> oldestFirst = new ArrayList<>(assessments.all(company));
        java.util.Collections.reverse(oldestFirst);
        for (Assessment assessment : oldestFirst) {
            Map<DueDiligenceStep, BigDecimal> means = new EnumMap<>(DueDiligenceStep.class);
            results.sector(assessment.reportingYear()).sizeClasses().stream()
                    .filter(cell -> cell.key().equals(sizeClass))
                    .map(AggregateCell::steps)
                    .flatMap(List::stream)
                    .filter(step -> !step.suppressed())
                    .forEach(step -> means.put(step.step(), step.mean()));
            years.add(new Year(
                    assessment.reportingYear(), assessment.status().messageKey(), assessment.stepLevels(), means));
        }
        return years;
    }

    public String sizeClassOf(UUID company) {
        return companies.sizeClass(company).orElse("LARGE");
    }
}
