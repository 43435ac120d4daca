package nl.ketenwijs.monitoring;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ketenwijs.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Published questionnaires and self-assessments written straight into the database, as the secretariat's
 * tenant (which row-level security lets write every company's assessment), for tests of what is read from
 * them.
 */
public final class AssessmentFixtures {

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;

    public AssessmentFixtures(DataSource pool, JdbcClient platform, Questionnaires questionnaires) {
        UUID secretariat = platform.sql("SELECT id FROM organisation WHERE kind = 'SECRETARIAT' LIMIT 1")
                .query(UUID.class)
                .single();
        this.jdbc = TestDatabase.withSettings(pool, "ketenwijs.organisation_id=" + secretariat);
        this.questionnaires = questionnaires;
    }

    /** Both variants of the year, published (made from the shipped questionnaire if the year has none). */
    public void publishedYear(int year) {
        if (questionnaires.all().stream().noneMatch(q -> q.reportingYear() == year)) {
            questionnaires.shipDefault(year, "test");
        }
        questionnaires.all().stream()
                .filter(q -> q.reportingYear() == year && !q.published())
                .forEach(q -> questionnaires.publish(q.id(), "test"));
    }

    public Questionnaire questionnaire(int year, Questionnaire.Variant variant) {
        UUID id = questionnaires.all().stream()
                .filter(q -> q.reportingYear() == year && q.variant() == variant)
                .findFirst()
                .orElseThrow()
                .id();
        return questionnaires.get(id).orElseThrow();
    }

    /**
     * An assessment of the SME questionnaire in this status with every main maturity question at this level.
     */
    public UUID assessment(UUID company, int year, String status, int level) {
        Questionnaire questionnaire = questionnaire(year, Questionnaire.Variant.SME);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO self_assessment (id, organisation_id, reporting_year, questionnaire_id, status)
                        VALUES (?, ?, ?, ?, ?)
                        """).params(id, company, year, questionnaire.id(), status).update();
        List<Question> maturity = questionnaire.questions().stream()
                .filter(q -> q.isMain() && q.type() == QuestionType.MATURITY)
                .toList();
        for (Question question : maturity) {
            jdbc.sql("""
                            INSERT INTO assessment_answer (assessment_id, organisation_id, question_id, level, updated_by)
                            VALUES (?, ?, ?, ?, 'test')
                            """).params(id, company, question.id(), level).update();
        }
        return id;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
