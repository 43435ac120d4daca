package nl.ketenwijs.monitoring.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import nl.ketenwijs.TestDatabase;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.monitoring.AggregateCell;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.MonitoringResults;
import nl.ketenwijs.monitoring.StepFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo sector's two years of assessments, as the demo loaded them at start-up. */
class DemoAssessmentsIntegrationTests extends WebIntegrationTest {

    @Autowired
    MonitoringResults results;

    @Autowired
    DataSource pool;

    @Test
    void theSectorShowsTwoYearsWithProgressAndTheReviewCasesAreThere() {
        AggregateCell sector = results.sector(DemoAssessments.CURRENT).whole();

        assertThat(sector.participation().suppressed()).isFalse();
        assertThat(sector.participation().invited()).isGreaterThanOrEqualTo(40);
        assertThat(sector.participation().submitted())
                .isGreaterThan(sector.participation().accepted());
        StepFigures policy = sector.steps().stream()
                .filter(s -> s.step() == DueDiligenceStep.POLICY)
                .findFirst()
                .orElseThrow();
        assertThat(policy.suppressed()).isFalse();
        assertThat(policy.change()).isPositive();
        assertThat(status(DemoAssessments.AWAITING_REVIEW)).isEqualTo("SUBMITTED");
        assertThat(status(DemoAssessments.RETURNED)).isEqualTo("RETURNED");
        assertThat(count("""
                        SELECT count(*) FROM assessment_comment c JOIN organisation o ON o.id = c.organisation_id
                         WHERE o.name = ?
                        """, DemoAssessments.RETURNED)).isEqualTo(2);
    }

    private String status(String company) {
        return secretariat()
                .sql("""
                        SELECT a.status FROM self_assessment a JOIN organisation o ON o.id = a.organisation_id
                         WHERE o.name = ? AND a.reporting_year = ?
                        """)
                .params(company, DemoAssessments.CURRENT)
                .query(String.class)
                .single();
    }

    private int count(String sql, String company) {
        return secretariat().sql(sql).param(company).query(Integer.class).single();
    }

    /** The secretariat's tenant reads every company's assessment. */
    private JdbcClient secretariat() {
        UUID id = jdbc.sql("SELECT id FROM organisation WHERE kind = 'SECRETARIAT' LIMIT 1")
                .query(UUID.class)
                .single();
        return TestDatabase.withSettings(pool, "ketenwijs.organisation_id=" + id);
    }
}
