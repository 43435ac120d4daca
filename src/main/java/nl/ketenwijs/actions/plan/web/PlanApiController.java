package nl.ketenwijs.actions.plan.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.plan.CovenantDate;
import nl.ketenwijs.actions.plan.Measure;
import nl.ketenwijs.actions.plan.MeasureDraft;
import nl.ketenwijs.actions.plan.Plan;
import nl.ketenwijs.actions.plan.PlanDraft;
import nl.ketenwijs.actions.plan.PlanInputRejected;
import nl.ketenwijs.actions.plan.Plans;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The company's plans of approach as JSON, for its own systems (Bearer token of a person of the company):
 * read by everyone of the company, created by its admins and editors with the same checks as the pages.
 */
@RestController
class PlanApiController {

    private final Plans plans;
    private final ProblemMessages problems;
    private final CovenantDate date;

    PlanApiController(Plans plans, ProblemMessages problems, CovenantDate date) {
        this.plans = plans;
        this.problems = problems;
        this.date = date;
    }

    @GetMapping(path = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    PlansJson plans(@AuthenticationPrincipal Account account) {
        UUID company = company(account);
        LocalDate today = date.today();
        return new PlansJson(plans.all(company).stream()
                .map(plan -> PlanJson.of(plan, today))
                .toList());
    }

    @GetMapping(path = "/api/v1/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PlanJson plan(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        return PlanJson.of(plans.plan(company(account), id), date.today());
    }

    /**
     * A plan with its measures, all or nothing. Refused with 400 and every problem by field (such as
     * {@code measures[0].dueDate}); created with 201 and the plan as stored.
     */
    @PostMapping(
            path = "/api/v1/plans",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(@AuthenticationPrincipal Account account, @RequestBody PlanRequest request) {
        UUID company = company(account);
        if (!ProblemMessages.mayEdit(account)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a company's admin or editor writes plans");
        }
        try {
            UUID id = plans.createWithMeasures(
                    company,
                    request.draft(),
                    request.measures() == null
                            ? List.of()
                            : request.measures().stream()
                                    .map(MeasureRequest::draft)
                                    .toList(),
                    account.getUsername());
            return ResponseEntity.created(URI.create("/api/v1/plans/" + id))
                    .body(PlanJson.of(plans.plan(company, id), date.today()));
        } catch (PlanInputRejected rejected) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The plan has errors.");
            problem.setProperty(
                    "errors",
                    problems.in(rejected.problems(), Locale.ENGLISH).entrySet().stream()
                            .map(e -> new FieldErrorJson(e.getKey(), e.getValue()))
                            .toList());
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }

    private static UUID company(Account account) {
        if (account.organisationKind() != OrganisationKind.COMPANY) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a company has plans of approach");
        }
        return account.organisationId();
    }

    record FieldErrorJson(String field, String message) {}

    record PlansJson(List<PlanJson> plans) {}

    /** A register entry: commodity code, ISO 3166 alpha-3 country, theme code (as in /api/v1/risk-register). */
    record RiskJson(String commodity, String country, String theme) {

        static RiskJson of(EntryKey key) {
            return new RiskJson(
                    key.commodityCode(), key.countryIso3(), key.theme().code());
        }

        String keyText() {
            return commodity + "/" + country + "/" + theme;
        }
    }

    record PlanJson(UUID id, String title, String goal, List<RiskJson> risks, List<MeasureJson> measures) {

        static PlanJson of(Plan plan, LocalDate today) {
            return new PlanJson(
                    plan.id(),
                    plan.title(),
                    plan.goal(),
                    plan.risks().stream().map(RiskJson::of).toList(),
                    plan.measures().stream()
                            .map(measure -> MeasureJson.of(measure, today))
                            .toList());
        }
    }

    /** Every part may be null; values are zero or more. */
    record IndicatorJson(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal current) {}

    /**
     * A measure. {@code type}: PREVENT, MITIGATE, REMEDIATE, USE_LEVERAGE, RESPONSIBLE_EXIT; {@code status}:
     * PLANNED, IN_PROGRESS, DONE, STOPPED; dates ISO 8601; {@code overdue} is open past its due date.
     */
    record MeasureJson(
            UUID id,
            String title,
            String description,
            String type,
            String ownerName,
            String ownerEmail,
            LocalDate startDate,
            LocalDate dueDate,
            String status,
            boolean overdue,
            boolean genderResponsive,
            IndicatorJson indicator) {

        static MeasureJson of(Measure m, LocalDate today) {
            var i = m.indicator();
            return new MeasureJson(
                    m.id(),
                    m.title(),
                    m.description(),
                    m.type().name(),
                    m.ownerName(),
                    m.ownerEmail(),
                    m.startDate(),
                    m.dueDate(),
                    m.status().name(),
                    m.isOverdue(today),
                    m.genderResponsive(),
                    i.isDefined()
                            ? new IndicatorJson(i.name(), i.unit(), i.baseline(), i.target(), i.current())
                            : null);
        }
    }

    /** A new plan: title, goal, at least one risk of the company's register, and its measures. */
    record PlanRequest(String title, String goal, List<RiskJson> risks, List<MeasureRequest> measures) {

        PlanDraft draft() {
            return new PlanDraft(
                    title,
                    goal,
                    risks == null
                            ? List.of()
                            : risks.stream().map(RiskJson::keyText).toList());
        }
    }

    /** A new measure; {@code ownerName}, {@code ownerEmail}, {@code dueDate} are required; status defaults to PLANNED. */
    record MeasureRequest(
            String title,
            String description,
            String type,
            String ownerName,
            String ownerEmail,
            String startDate,
            String dueDate,
            String status,
            Boolean genderResponsive,
            IndicatorJson indicator) {

        MeasureDraft draft() {
            IndicatorJson i = indicator == null ? new IndicatorJson(null, null, null, null, null) : indicator;
            return new MeasureDraft(
                    title,
                    description,
                    type,
                    ownerName,
                    ownerEmail,
                    startDate,
                    dueDate,
                    status == null ? MeasureStatus.PLANNED.name() : status,
                    i.name(),
                    i.unit(),
                    text(i.baseline()),
                    text(i.target()),
                    text(i.current()),
                    Boolean.TRUE.equals(genderResponsive));
        }

        private static String text(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    }
}
