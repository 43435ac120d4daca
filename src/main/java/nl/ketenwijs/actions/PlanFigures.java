package nl.ketenwijs.actions;

import java.time.LocalDate;
import java.util.UUID;
import nl.ketenwijs.actions.plan.CovenantDate;
import nl.ketenwijs.organisation.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How far one company is with its plans of approach, in numbers only, for dashboards of other modules
 * (monitoring, a branch's overview). Read in the company's own tenant, in a transaction of its own, so a
 * caller acting for another organisation sees the counts and never the rows; whether the caller may see a
 * company's counts at all is the caller's decision.
 */
@Service
public class PlanFigures {

    /** Open = planned or in progress; overdue = open past its due date; done = done (stopped ones count in measures only). */
    public record Figures(int plans, int measures, int open, int overdue, int done, int genderResponsive) {}

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final CovenantDate date;

    PlanFigures(JdbcClient jdbc, TenantScope tenantScope, CovenantDate date) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.date = date;
    }

    public Figures of(UUID company) {
        LocalDate today = date.today();
        return tenantScope.asOrganisation(
                company,
                () -> jdbc.sql("""
                        SELECT (SELECT count(*) FROM action_plan WHERE organisation_id = :company) AS plans,
                               count(m.id) AS measures,
                               count(m.id) FILTER (WHERE m.status IN ('PLANNED', 'IN_PROGRESS')) AS open,
                               count(m.id) FILTER (WHERE m.status IN ('PLANNED', 'IN_PROGRESS')
                                                     AND m.due_date < :today) AS overdue,
                               count(m.id) FILTER (WHERE m.status = 'DONE') AS done,
                               count(m.id) FILTER (WHERE m.gender_responsive) AS gender_responsive
                          FROM plan_measure m WHERE m.organisation_id = :company
                        """)
                        .param("company", company)
                        .param("today", today)
                        .query(Figures.class)
                        .single());
    }
}
