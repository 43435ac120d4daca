package nl.ketenwijs.actions.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The measures of a company's plans and their progress updates. */
@Service
public class Measures {

    private final JdbcClient jdbc;

    Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Measure> all(UUID organisation) {
        return jdbc.sql(MeasureRows.SELECT + " ORDER BY due_date, title, id")
                .param(organisation)
                .query(MeasureRows::measure)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Measure> ofPlan(UUID organisation, UUID plan) {
        return jdbc.sql(MeasureRows.SELECT + " AND plan_id = ? ORDER BY due_date, title, id")
                .params(organisation, plan)
                .query(MeasureRows::measure)
                .list();
    }

    @Transactional(readOnly = true)
    public Measure measure(UUID organisation, UUID id) {
        return jdbc.sql(MeasureRows.SELECT + " AND id = ?")
                .params(organisation, id)
                .query(MeasureRows::measure)
                .optional()
                .orElseThrow(PlanItemNotFound::new);
    }

    /** A new measure in one of the company's plans; an unknown plan is refused before the input is looked at. */
    @Transactional
    public UUID add(UUID organisation, UUID plan, MeasureDraft draft) {
        requirePlan(organisation, plan);
        FieldProblems problems = new FieldProblems();
        MeasureDraft.Checked measure = draft.check(problems);
        problems.throwIfAny();
        return insert(organisation, plan, measure);
    }

    /** Everything stays editable; a moved due date may be reminded again once it passes (see the job). */
    @Transactional
    public void change(UUID organisation, UUID id, MeasureDraft draft) {
        measure(organisation, id);
        FieldProblems problems = new FieldProblems();
        MeasureDraft.Checked m = draft.check(problems);
        problems.throwIfAny();
        jdbc.sql("""
                        UPDATE plan_measure SET title = ?, description = ?, type = ?, owner_name = ?, owner_email = ?,
                               start_date = ?, due_date = ?, status = ?, indicator_name = ?, indicator_unit = ?,
                               indicator_baseline = ?, indicator_target = ?, indicator_current = ?,
                               gender_responsive = ?, updated_at = now()
                         WHERE organisation_id = ? AND id = ?
                        """).params(concat(values(m), organisation, id)).update();
    }

    @Transactional(readOnly = true)
    public List<ProgressUpdate> updates(UUID organisation, UUID measure) {
        return jdbc.sql("""
                        SELECT id, update_date, body, indicator_value, written_by FROM measure_update
                         WHERE organisation_id = ? AND measure_id = ? ORDER BY update_date DESC, created_at DESC
                        """)
                .params(organisation, measure)
                .query((rs, n) -> new ProgressUpdate(
                        rs.getObject("id", UUID.class),
                        rs.getObject("update_date", java.time.LocalDate.class),
                        rs.getString("body"),
                        MeasureRows.decimal(rs, "indicator_value"),
                        rs.getString("written_by")))
                .list();
    }

    /** A progress update; a new indicator value becomes the measure's current value. */
    @Transactional
    public void addUpdate(UUID organisation, UUID measure, UpdateDraft draft, String writtenBy) {
        measure(organisation, measure);
        FieldProblems problems = new FieldProblems();
        UpdateDraft.Checked update = draft.check(problems);
        problems.throwIfAny();
        jdbc.sql("""
                        INSERT INTO measure_update (id, organisation_id, measure_id, update_date, body, indicator_value,
                                                    written_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        organisation,
                        measure,
                        update.date(),
                        update.text(),
                        update.indicatorValue(),
                        writtenBy)
                .update();
        if (update.indicatorValue() != null) {
            jdbc.sql("""
                            UPDATE plan_measure SET indicator_current = ?, updated_at = now()
                             WHERE organisation_id = ? AND id = ?
                            """).params(update.indicatorValue(), organisation, measure).update();
        }
    }

    static List<MeasureDraft.Checked> checkAll(List<MeasureDraft> drafts, FieldProblems problems) {
        List<MeasureDraft.Checked> checked = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            FieldProblems own = new FieldProblems();
            checked.add(drafts.get(i).check(own));
            problems.addAll("measures[" + i + "].", own);
        }
        return checked;
    }

    UUID insert(UUID organisation, UUID plan, MeasureDraft.Checked m) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO plan_measure (id, organisation_id, plan_id, title, description, type, owner_name,
                                                  owner_email, start_date, due_date, status, indicator_name,
                                                  indicator_unit, indicator_baseline, indicator_target,
                                                  indicator_current, gender_responsive)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(concat(new Object[] {id, organisation, plan}, values(m)))
                .update();
        return id;
    }

    /** A measure's columns in the order both statements name them, from title to gender_responsive. */
    private static Object[] values(MeasureDraft.Checked m) {
        return new Object[] {
            m.title(),
            m.description(),
            m.type().name(),
            m.ownerName(),
            m.ownerEmail(),
            m.startDate(),
            m.dueDate(),
            m.status().name(),
            m.indicator().name(),
            m.indicator().unit(),
            m.indicator().baseline(),
            m.indicator().target(),
            m.indicator().current(),
            m.genderResponsive()
        };
    }

    private static Object[] concat(Object[] first, Object... second) {
        Object[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    void requirePlan(UUID organisation, UUID plan) {
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM action_plan WHERE organisation_id = ? AND id = ?)")
                .params(organisation, plan)
                .query(Boolean.class)
                .single();
        if (!exists) {
            throw new PlanItemNotFound();
        }
    }
}
