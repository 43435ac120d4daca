package nl.ketenwijs.actions.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import nl.ketenwijs.riskanalysis.RiskRegisters;
import nl.ketenwijs.riskknowledge.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's plans of approach with their risks and measures. Every method names the company, and
 * row-level security checks it again: another company's plan behaves like an unknown one.
 */
@Service
public class Plans {

    private static final String SELECT_PLANS =
            "SELECT id, title, goal, created_by, created_at FROM action_plan WHERE organisation_id = ?";

    private final JdbcClient jdbc;
    private final RiskRegisters registers;
    private final Measures measures;

    Plans(JdbcClient jdbc, RiskRegisters registers, Measures measures) {
        this.jdbc = jdbc;
        this.registers = registers;
        this.measures = measures;
    }

    /** Newest first, each with its risks and measures, read in three queries for the whole company. */
    @Transactional(readOnly = true)
    public List<Plan> all(UUID organisation) {
        Map<UUID, List<EntryKey>> risks = risksByPlan(organisation, null);
        Map<UUID, List<Measure>> byPlan =
                measures.all(organisation).stream().collect(Collectors.groupingBy(Measure::planId));
        return jdbc.sql(SELECT_PLANS + " ORDER BY created_at DESC, id")
                .param(organisation)
                .query((rs, n) -> plan(rs, risks, byPlan))
                .list();
    }

    @Transactional(readOnly = true)
    public Plan plan(UUID organisation, UUID id) {
        Map<UUID, List<EntryKey>> risks = risksByPlan(organisation, id);
        Map<UUID, List<Measure>> byPlan = Map.of(id, measures.ofPlan(organisation, id));
        return jdbc.sql(SELECT_PLANS + " AND id = ?")
                .params(organisation, id)
                .query((rs, n) -> plan(rs, risks, byPlan))
                .optional()
                .orElseThrow(PlanItemNotFound::new);
    }

    /** The plan's own fields; its measures are added one by one, or all at once by {@link #createWithMeasures}. */
    @Transactional
    public UUID create(UUID organisation, PlanDraft draft, String createdBy) {
        return createWithMeasures(organisation, draft, List.of(), createdBy);
    }

    /** A plan and its measures in one transaction, all or nothing: each measure's problems carry its index. */
    @Transactional
    public UUID createWithMeasures(UUID organisation, PlanDraft draft, List<MeasureDraft> drafts, String createdBy) {
        return store(organisation, draft, drafts, createdBy, true);
    }

    /**
     * @param inRegister whether each risk must be in the register now; the demo writes its plans while the
     *     register is still being evaluated
     */
    UUID store(UUID organisation, PlanDraft draft, List<MeasureDraft> drafts, String createdBy, boolean inRegister) {
        FieldProblems problems = new FieldProblems();
        PlanDraft.Checked plan = inRegister ? checked(organisation, draft, problems) : draft.check(problems);
        List<MeasureDraft.Checked> checkedMeasures = Measures.checkAll(drafts, problems);
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO action_plan (id, organisation_id, title, goal, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, organisation, plan.title(), plan.goal(), createdBy)
                .update();
        writeRisks(organisation, id, plan.risks());
        checkedMeasures.forEach(measure -> measures.insert(organisation, id, measure));
        return id;
    }

    @Transactional
    public void change(UUID organisation, UUID id, PlanDraft draft) {
        FieldProblems problems = new FieldProblems();
        PlanDraft.Checked plan = checked(organisation, draft, problems);
        problems.throwIfAny();
        int updated = jdbc.sql("""
                        UPDATE action_plan SET title = ?, goal = ?, updated_at = now()
                         WHERE organisation_id = ? AND id = ?
                        """)
                .params(plan.title(), plan.goal(), organisation, id)
                .update();
        if (updated == 0) {
            throw new PlanItemNotFound();
        }
        jdbc.sql("DELETE FROM action_plan_risk WHERE organisation_id = ? AND plan_id = ?")
                .params(organisation, id)
                .update();
        writeRisks(organisation, id, plan.risks());
    }

    /** Throws when the plan is not the company's; for pages that act on a plan before reading it whole. */
    @Transactional(readOnly = true)
    public void requireExists(UUID organisation, UUID id) {
        measures.requirePlan(organisation, id);
    }

    /** Only risks that are in the company's register can be chosen. */
    private PlanDraft.Checked checked(UUID organisation, PlanDraft draft, FieldProblems problems) {
        PlanDraft.Checked plan = draft.check(problems);
        for (EntryKey key : plan.risks()) {
            if (registers.entry(organisation, key).isEmpty()) {
                problems.add("risks", "plans.field.unknown.risks", PlanDraft.keyText(key));
            }
        }
        return plan;
    }

    private void writeRisks(UUID organisation, UUID plan, List<EntryKey> risks) {
        for (EntryKey key : risks) {
            jdbc.sql("""
                            INSERT INTO action_plan_risk (organisation_id, plan_id, commodity_code, country_iso3, theme)
                            VALUES (?, ?, ?, ?, ?)
                            """)
                    .params(
                            organisation,
                            plan,
                            key.commodityCode(),
                            key.countryIso3(),
                            key.theme().code())
                    .update();
        }
    }

    private Map<UUID, List<EntryKey>> risksByPlan(UUID organisation, UUID plan) {
        return jdbc
                .sql("""
                        SELECT plan_id, commodity_code, country_iso3, theme FROM action_plan_risk
                         WHERE organisation_id = ? AND (CAST(? AS uuid) IS NULL OR plan_id = ?)
                         ORDER BY theme, commodity_code, country_iso3
                        """)
                .params(organisation, plan, plan)
                .query((rs, n) -> Map.entry(
                        rs.getObject("plan_id", UUID.class),
                        new EntryKey(
                                rs.getString("commodity_code"),
                                rs.getString("country_iso3"),
                                Theme.byCode(rs.getString("theme")).orElseThrow())))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Plan plan(java.sql.ResultSet rs, Map<UUID, List<EntryKey>> risks, Map<UUID, List<Measure>> measures)
            throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Plan(
                id,
                rs.getString("title"),
                rs.getString("goal"),
                risks.getOrDefault(id, List.of()),
                measures.getOrDefault(id, List.of()),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
