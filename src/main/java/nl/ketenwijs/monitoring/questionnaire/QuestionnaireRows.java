package nl.ketenwijs.monitoring.questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.Question;
import nl.ketenwijs.monitoring.QuestionType;
import nl.ketenwijs.monitoring.Questionnaire;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The questionnaire tables. A published questionnaire's rows are guarded by a trigger as well. */
@Repository
public class QuestionnaireRows {

    private static final TypeReference<List<Question.Bilingual>> OPTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuestionnaireRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Questionnaire> all() {
        return jdbc.sql("SELECT * FROM questionnaire ORDER BY reporting_year DESC, variant")
                .query((rs, n) -> questionnaire(rs, List.of()))
                .list();
    }

    public Optional<Questionnaire> find(UUID id) {
        List<Question> questions =
                jdbc.sql("""
                        SELECT * FROM questionnaire_question WHERE questionnaire_id = ? ORDER BY position
                        """).param(id).query((rs, n) -> question(rs)).list();
        return jdbc.sql("SELECT * FROM questionnaire WHERE id = ?")
                .param(id)
                .query((rs, n) -> questionnaire(rs, questions))
                .optional();
    }

    public boolean exists(int year, Questionnaire.Variant variant) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM questionnaire WHERE reporting_year = ? AND variant = ?)")
                .params(year, variant.name())
                .query(Boolean.class)
                .single();
    }

    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM questionnaire)")
                .query(Boolean.class)
                .single();
    }

    public UUID insert(int year, Questionnaire.Variant variant, UUID copiedFrom, String by, List<Question> questions) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO questionnaire (id, reporting_year, variant, status, copied_from, created_by)
                        VALUES (?, ?, ?, 'DRAFT', ?, ?)
                        """).params(id, year, variant.name(), copiedFrom, by).update();
        int position = 0;
        for (Question question : questions) {
            jdbc.sql("""
                            INSERT INTO questionnaire_question (id, questionnaire_id, parent_id, step, code, position,
                                                                type, text_nl, text_en, options)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                            """)
                    .params(
                            question.id(),
                            id,
                            question.parentId(),
                            question.step().name(),
                            question.code(),
                            position++,
                            question.type().name(),
                            question.text().nl(),
                            question.text().en(),
                            json.writeValueAsString(question.options()))
                    .update();
        }
        return id;
    }

    public void publish(UUID id, String by) {
        jdbc.sql("""
                        UPDATE questionnaire SET status = 'PUBLISHED', published_by = ?, published_at = now()
                         WHERE id = ? AND status = 'DRAFT'
                        """).params(by, id).update();
    }

    private Questionnaire questionnaire(ResultSet rs, List<Question> questions) throws SQLException {
        return new Questionnaire(
                rs.getObject("id", UUID.class),
                rs.getInt("reporting_year"),
                Questionnaire.Variant.valueOf(rs.getString("variant")),
                "PUBLISHED".equals(rs.getString("status")),
                rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class),
                questions);
    }

    private Question question(ResultSet rs) throws SQLException {
        return new Question(
                rs.getObject("id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                DueDiligenceStep.valueOf(rs.getString("step")),
                rs.getString("code"),
                QuestionType.valueOf(rs.getString("type")),
                new Question.Bilingual(rs.getString("text_nl"), rs.getString("text_en")),
                json.readValue(rs.getString("options"), OPTIONS));
    }
}
