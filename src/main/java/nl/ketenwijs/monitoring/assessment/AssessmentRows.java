package nl.ketenwijs.monitoring.assessment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.monitoring.Questionnaires;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assessment tables. Row-level security shows a company its own rows and the secretariat every
 * company's; every method still names the company where it knows it.
 */
@Component
class AssessmentRows {

    /** An assessment in a list: whose, which year, where it is and since when. */
    record Summary(UUID id, UUID organisationId, int year, AssessmentStatus status, OffsetDateTime updatedAt) {}

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;

    AssessmentRows(JdbcClient jdbc, Questionnaires questionnaires) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
    }

    Optional<UUID> idOf(UUID company, int year) {
        return jdbc.sql("SELECT id FROM self_assessment WHERE organisation_id = ? AND reporting_year = ?")
                .params(company, year)
                .query(UUID.class)
                .optional();
    }

    Optional<Assessment> find(UUID id) {
        return jdbc.sql("""
                        SELECT organisation_id, reporting_year, questionnaire_id, status FROM self_assessment
                         WHERE id = ?
                        """)
                .param(id)
                .query((rs, n) -> new Assessment(
                        id,
                        rs.getObject("organisation_id", UUID.class),
                        rs.getInt("reporting_year"),
                        questionnaires
                                .get(rs.getObject("questionnaire_id", UUID.class))
                                .orElseThrow(),
                        AssessmentStatus.valueOf(rs.getString("status")),
                        answers(id),
                        history(id)))
                .optional();
    }

    /** The status, with the row locked until the transaction ends, so two changes never cross. */
    Optional<AssessmentStatus> lock(UUID id) {
        return jdbc.sql("SELECT status FROM self_assessment WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> AssessmentStatus.valueOf(rs.getString(1)))
                .optional();
    }

    /** False when another request made the company's assessment of the year first. */
    boolean insert(UUID id, UUID company, int year, UUID questionnaire) {
        return jdbc.sql("""
                        INSERT INTO self_assessment (id, organisation_id, reporting_year, questionnaire_id)
                        VALUES (?, ?, ?, ?) ON CONFLICT (organisation_id, reporting_year) DO NOTHING
                        """).params(id, company, year, questionnaire).update() == 1;
    }

    void saveAnswer(UUID assessment, UUID company, UUID question, Integer level, String value, String by) {
        jdbc.sql("""
                        INSERT INTO assessment_answer (assessment_id, organisation_id, question_id, level, value,
                                                       updated_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (assessment_id, question_id)
                        DO UPDATE SET level = excluded.level, value = excluded.value, updated_by = excluded.updated_by,
                                      updated_at = now()
                        """).params(assessment, company, question, level, value, by).update();
    }

    void saveFile(UUID assessment, UUID company, UUID question, String name, String type, byte[] content, String by) {
        jdbc.sql("""
                        INSERT INTO assessment_answer (assessment_id, organisation_id, question_id, file_name,
                                                       content_type, content, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (assessment_id, question_id)
                        DO UPDATE SET file_name = excluded.file_name, content_type = excluded.content_type,
                                      content = excluded.content, updated_by = excluded.updated_by, updated_at = now()
                        """)
                .params(assessment, company, question, name, type, content, by)
                .update();
    }

    void prefill(UUID assessment, UUID company, UUID question, String value, EvidenceFigure figure) {
        jdbc.sql("""
                        INSERT INTO assessment_answer (assessment_id, organisation_id, question_id, value,
                                                       from_ketenwijs, updated_by)
                        VALUES (?, ?, ?, ?, ?, 'Ketenwijs')
                        """)
                .params(assessment, company, question, value, figure.stored())
                .update();
    }

    void setStatus(UUID id, AssessmentStatus status) {
        jdbc.sql("UPDATE self_assessment SET status = ?, updated_at = now() WHERE id = ?")
                .params(status.name(), id)
                .update();
    }

    void touch(UUID id) {
        jdbc.sql("UPDATE self_assessment SET updated_at = now() WHERE id = ?")
                .param(id)
                .update();
    }

    UUID addEvent(UUID assessment, UUID company, String kind, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO assessment_event (id, organisation_id, assessment_id, kind, done_by, done_at)
                        VALUES (?, ?, ?, ?, ?, clock_timestamp())
                        """).params(id, company, assessment, kind, by).update();
        return id;
    }

    void addComment(UUID event, UUID company, UUID question, String comment) {
        jdbc.sql("""
                        INSERT INTO assessment_comment (event_id, organisation_id, question_id, comment)
                        VALUES (?, ?, ?, ?)
                        """).params(event, company, question, comment).update();
    }

    Optional<StoredFile> file(UUID assessment, UUID question) {
        return jdbc.sql("""
                        SELECT file_name, content_type, content FROM assessment_answer
                         WHERE assessment_id = ? AND question_id = ? AND content IS NOT NULL
                        """)
                .params(assessment, question)
                .query((rs, n) ->
                        new StoredFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** Every company's assessments of the year that have been handed in, for the reviewer; oldest change first. */
    List<Summary> handedIn(int year) {
        return jdbc.sql("""
                        SELECT id, organisation_id, reporting_year, status, updated_at FROM self_assessment
                         WHERE reporting_year = ? AND status <> 'DRAFT' ORDER BY updated_at
                        """).param(year).query(AssessmentRows::summary).list();
    }

    /** The company's assessments, newest year first. */
    List<Summary> ofCompany(UUID company) {
        return jdbc.sql("""
                        SELECT id, organisation_id, reporting_year, status, updated_at FROM self_assessment
                         WHERE organisation_id = ? ORDER BY reporting_year DESC
                        """).param(company).query(AssessmentRows::summary).list();
    }

    private static Summary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Summary(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getInt("reporting_year"),
                AssessmentStatus.valueOf(rs.getString("status")),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private Map<UUID, Answer> answers(UUID assessment) {
        Map<UUID, Answer> answers = new HashMap<>();
        jdbc.sql("""
                        SELECT question_id, level, value, file_name, octet_length(content) AS size, from_ketenwijs
                          FROM assessment_answer WHERE assessment_id = ?
                        """)
                .param(assessment)
                .query((rs, n) -> new Answer(
                        rs.getObject("question_id", UUID.class),
                        (Integer) rs.getObject("level", Integer.class),
                        rs.getString("value"),
                        rs.getString("file_name"),
                        (Integer) rs.getObject("size"),
                        EvidenceFigure.parse(rs.getString("from_ketenwijs")).orElse(null)))
                .list()
                .forEach(answer -> answers.put(answer.questionId(), answer));
        return answers;
    }

    private List<AssessmentEvent> history(UUID assessment) {
        Map<UUID, Map<UUID, String>> comments = new HashMap<>();
        jdbc.sql("""
                        SELECT c.event_id, c.question_id, c.comment FROM assessment_comment c
                          JOIN assessment_event e ON e.id = c.event_id WHERE e.assessment_id = ?
                        """).param(assessment).query(rs -> {
            comments.computeIfAbsent(rs.getObject(1, UUID.class), e -> new HashMap<>())
                    .put(rs.getObject(2, UUID.class), rs.getString(3));
        });
        List<AssessmentEvent> events = new ArrayList<>();
        jdbc.sql("SELECT id, kind, done_by, done_at FROM assessment_event WHERE assessment_id = ? ORDER BY done_at")
                .param(assessment)
                .query((rs, n) -> new AssessmentEvent(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("done_by"),
                        rs.getObject("done_at", OffsetDateTime.class),
                        comments.getOrDefault(rs.getObject("id", UUID.class), Map.of())))
                .list()
                .forEach(events::add);
        return events;
    }
}
