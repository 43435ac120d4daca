package nl.ketenwijs.monitoring.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.actions.PlanFigures;
import nl.ketenwijs.grievance.CompanyCaseFigures;
import nl.ketenwijs.riskanalysis.PrioritisedRisks;
import nl.ketenwijs.supplychain.OriginCoverage;
import org.springframework.stereotype.Component;

/**
 * What Ketenwijs knows from the company's own data that supports an answer, per question code of the
 * questionnaire (codes stay when a questionnaire is copied to the next year): the share of raw materials
 * with a known origin (3.1), the risks prioritised (4), the plans of approach (5.1), the complaints the
 * complaints mechanism forwarded to the company in the year and how many it answered (9.2). Each comes with the
 * value it pre-fills, if the question takes one; a maturity level stays the company's own judgement.
 */
@Component
class KetenwijsFigures {

    /** A figure and the answer it suggests (null: shown only). */
    record Supported(EvidenceFigure figure, String value) {}

    private final OriginCoverage origins;
    private final PrioritisedRisks risks;
    private final PlanFigures plans;
    private final CompanyCaseFigures complaints;

    KetenwijsFigures(OriginCoverage origins, PrioritisedRisks risks, PlanFigures plans, CompanyCaseFigures complaints) {
        this.origins = origins;
        this.risks = risks;
        this.plans = plans;
        this.complaints = complaints;
    }

    Map<String, Supported> of(UUID company, int year) {
        Map<String, Supported> figures = new LinkedHashMap<>();
        OriginCoverage.Coverage coverage = origins.of(company);
        if (coverage.materials() > 0) {
            figures.put(
                    "3.1",
                    new Supported(
                            EvidenceFigure.of(
                                    EvidenceFigure.Kind.ORIGINS, coverage.withKnownOrigin(), coverage.materials()),
                            String.valueOf(Math.round(100.0 * coverage.withKnownOrigin() / coverage.materials()))));
        }
        figures.put(
                "4",
                new Supported(
                        EvidenceFigure.of(
                                EvidenceFigure.Kind.PRIORITISED,
                                risks.of(company).size()),
                        null));
        PlanFigures.Figures planned = plans.of(company);
        figures.put(
                "5.1",
                new Supported(
                        EvidenceFigure.of(EvidenceFigure.Kind.PLANS, planned.plans(), planned.measures()),
                        String.valueOf(planned.plans())));
        CompanyCaseFigures.Figures cases = complaints.forCompany(company, year);
        figures.put(
                "9.2",
                new Supported(
                        EvidenceFigure.of(EvidenceFigure.Kind.COMPLAINTS, cases.forwarded(), cases.answered()),
                        String.valueOf(cases.forwarded())));
        return figures;
    }
}
