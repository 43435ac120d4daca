package nl.ketenwijs.actions.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;
import nl.ketenwijs.grievance.CaseSubstantiated;
import nl.ketenwijs.organisation.BranchMembers;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A complaint found substantiated against a company becomes a remedy measure in that company's plan of
 * approach, due in three months (the directive's feedback period), carried by one of its administrators.
 * Which plan: the newest one about the complaint's risk (commodity × country × theme), else the newest about
 * the commodity from that country, else a new plan for that risk: a substantiated complaint is reason
 * enough to treat the risk as the company's own. Routed by a supplier only (no commodity or country), it
 * goes to the company's newest plan; a company without any plan then gets nothing, which is logged: a plan
 * needs a risk of the register. A measure carries the complaint's reference, never its content; a second
 * delivery of the same event adds nothing.
 */
@Component
class ComplaintMeasures {

    private static final Logger log = LoggerFactory.getLogger(ComplaintMeasures.class);
    static final String CREATED_BY = "klachtenmechanisme";

    /** The portal's complaint themes as risk themes of the covenant; OTHER and ENVIRONMENT name none. */
    private static final Map<String, String> RISK_THEMES = Map.of(
            "CHILD_LABOUR", "child_labour",
            "FORCED_LABOUR", "forced_labour",
            "WAGES", "living_wage",
            "WORKING_HOURS", "health_and_safety",
            "HEALTH_SAFETY", "health_and_safety",
            "DISCRIMINATION", "discrimination_gender",
            "HARASSMENT", "discrimination_gender",
            "UNION_RIGHTS", "freedom_of_association",
            "LAND", "land_rights");

    private final JdbcClient jdbc;
    private final Plans plans;
    private final Measures measures;
    private final BranchMembers people;
    private final TenantScope tenantScope;
    private final CovenantDate date;

    ComplaintMeasures(
            JdbcClient jdbc,
            Plans plans,
            Measures measures,
            BranchMembers people,
            TenantScope tenantScope,
            CovenantDate date) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.measures = measures;
        this.people = people;
        this.tenantScope = tenantScope;
        this.date = date;
    }

    @ApplicationModuleListener
    void on(CaseSubstantiated event) {
        UUID company = event.organisationId();
        BranchMembers.Contact owner = people.administratorsOf(List.of(company)).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Company " + company + " has no administrator"));
        tenantScope.asOrganisation(company, () -> {
            // Two deliveries of one event may run at once: the second waits and then finds the measure.
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('complaint-measures:' || ?, 0))")
                    .param(company.toString())
                    .query()
                    .singleValue();
            add(company, event, owner);
            return null;
        });
    }

    private void add(UUID company, CaseSubstantiated event, BranchMembers.Contact owner) {
        String title = "Herstel na gegronde klacht " + event.caseReference();
        List<Plan> all = plans.all(company);
        if (all.stream()
                .flatMap(p -> p.measures().stream())
                .anyMatch(m -> m.title().equals(title))) {
            return;
        }
        List<String> risks = riskKeys(event);
        MeasureDraft measure = measure(title, event, owner, date.today());
        Optional<Plan> plan = planFor(all, event, risks);
        if (plan.isPresent()) {
            measures.add(company, plan.get().id(), measure);
        } else if (!risks.isEmpty()) {
            plans.store(
                    company,
                    new PlanDraft(
                            "Herstel na klacht " + event.caseReference(),
                            "Het klachtenmechanisme van het convenant vond een klacht over deze keten gegrond."
                                    + " Wij bieden herstel aan wie het trof en nemen het risico op in onze aanpak.",
                            risks),
                    List.of(measure),
                    CREATED_BY,
                    false);
        } else {
            log.warn(
                    "Substantiated complaint {} names no risk and company {} has no plan: no measure added",
                    event.caseReference(),
                    company);
        }
    }

    private static Optional<Plan> planFor(List<Plan> all, CaseSubstantiated event, List<String> risks) {
        Comparator<Plan> newest = Comparator.comparing(Plan::createdAt);
        Optional<Plan> forRisk = all.stream()
                .filter(p -> p.risks().stream().map(PlanDraft::keyText).anyMatch(risks::contains))
                .max(newest);
        if (forRisk.isPresent() || event.commodityCode() != null && event.countryIso3() != null) {
            return forRisk.or(() -> all.stream()
                    .filter(p -> p.risks().stream().anyMatch(key -> sameOrigin(key, event)))
                    .max(newest));
        }
        return all.stream().max(newest);
    }

    private static boolean sameOrigin(EntryKey key, CaseSubstantiated event) {
        return key.commodityCode().equals(event.commodityCode())
                && key.countryIso3().equals(event.countryIso3());
    }

    private static List<String> riskKeys(CaseSubstantiated event) {
        if (event.commodityCode() == null || event.countryIso3() == null) {
            return List.of();
        }
        return event.themes().stream()
                .map(RISK_THEMES::get)
                .filter(Objects::nonNull)
                .distinct()
                .map(theme -> event.commodityCode() + "/" + event.countryIso3() + "/" + theme)
                .toList();
    }

    private static MeasureDraft measure(
            String title, CaseSubstantiated event, BranchMembers.Contact owner, LocalDate today) {
        return new MeasureDraft(
                title,
                "Bied herstel aan wie de klacht " + event.caseReference() + " indiende (zie Doorgestuurde klachten)"
                        + " en voorkom herhaling bij de leverancier.",
                MeasureType.REMEDIATE.name(),
                owner.displayName(),
                owner.address(),
                today.toString(),
                today.plusMonths(3).toString(),
                MeasureStatus.PLANNED.name(),
                null,
                null,
                null,
                null,
                null,
                false);
    }
}
