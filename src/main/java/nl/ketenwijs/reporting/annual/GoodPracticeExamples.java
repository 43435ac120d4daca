package nl.ketenwijs.reporting.annual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.organisation.CompanyDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good-practice examples. The secretariat writes them and sees all; a company sees only those about
 * itself (row-level security) and answers the consent request. A changed text asks for consent again: the
 * company agreed to the words it read.
 */
@Repository
public class GoodPracticeExamples {

    private static final String COLUMNS = """
            id, report_year, organisation_id, title, body, quote, quoted_person, consent, consent_by, consent_at
            """;

    private final JdbcClient jdbc;
    private final CompanyDirectory directory;

    GoodPracticeExamples(JdbcClient jdbc, CompanyDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<Example> forYear(int year) {
        return named(
                jdbc.sql("SELECT " + COLUMNS + " FROM report_example WHERE report_year = ? ORDER BY created_at, id")
                        .param(year)
                        .query((rs, n) -> example(rs))
                        .list());
    }

    /** The examples about one company, newest year first: what its administrator is asked about. */
    @Transactional(readOnly = true)
    public List<Example> about(UUID company) {
        return named(jdbc.sql("SELECT " + COLUMNS + " FROM report_example WHERE organisation_id = ?"
                        + " ORDER BY report_year DESC, created_at, id")
                .param(company)
                .query((rs, n) -> example(rs))
                .list());
    }

    @Transactional
    public UUID add(int year, ExampleDraft draft) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO report_example (id, report_year, organisation_id, title, body, quote, quoted_person)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        year,
                        draft.organisationId(),
                        draft.title(),
                        draft.body(),
                        draft.quote(),
                        draft.quotedPerson())
                .update();
        return id;
    }

    /** A new text or another company puts the example back to "consent requested". */
    @Transactional
    public void change(UUID id, ExampleDraft draft) {
        int changed = jdbc.sql("""
                        UPDATE report_example
                           SET consent = CASE WHEN (organisation_id, title, body, quote, quoted_person)
                                                   = (:company, :title, :body, :quote, :person)
                                              THEN consent ELSE 'REQUESTED' END,
                               consent_by = CASE WHEN (organisation_id, title, body, quote, quoted_person)
                                                      = (:company, :title, :body, :quote, :person)
                                                 THEN consent_by END,
                               consent_at = CASE WHEN (organisation_id, title, body, quote, quoted_person)
                                                      = (:company, :title, :body, :quote, :person)
                                                 THEN consent_at END,
                               organisation_id = :company, title = :title, body = :body, quote = :quote,
                               quoted_person = :person, updated_at = now()
                         WHERE id = :id
                        """)
                .param("id", id)
                .param("company", draft.organisationId())
                .param("title", draft.title())
                .param("body", draft.body())
                .param("quote", draft.quote())
                .param("person", draft.quotedPerson())
                .update();
        if (changed == 0) {
            throw new ExampleNotFound();
        }
    }

    @Transactional
    public void remove(UUID id) {
        if (jdbc.sql("DELETE FROM report_example WHERE id = ?").param(id).update() == 0) {
            throw new ExampleNotFound();
        }
    }

    /** The company's answer, by one of its administrators; another company's example is not found. */
    @Transactional
    public void decide(UUID id, UUID company, Consent consent, String by) {
        int decided = jdbc.sql("""
                        UPDATE report_example SET consent = ?, consent_by = ?, consent_at = now()
                         WHERE id = ? AND organisation_id = ?
                        """).params(consent.name(), by, id, company).update();
        if (decided == 0) {
            throw new ExampleNotFound();
        }
    }

    /** The quoted companies' names, read once per list from the organisation module. */
    private List<Example> named(List<Example> examples) {
        Map<UUID, String> names = directory.names(
                examples.stream().map(Example::organisationId).distinct().toList());
        return examples.stream()
                .map(e -> new Example(
                        e.id(),
                        e.reportYear(),
                        e.organisationId(),
                        names.getOrDefault(e.organisationId(), ""),
                        e.title(),
                        e.body(),
                        e.quote(),
                        e.quotedPerson(),
                        e.consent(),
                        e.consentBy(),
                        e.consentAt()))
                .toList();
    }

    private static Example example(ResultSet rs) throws SQLException {
        return new Example(
                rs.getObject("id", UUID.class),
                rs.getInt("report_year"),
                rs.getObject("organisation_id", UUID.class),
                "",
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("quote"),
                rs.getString("quoted_person"),
                Consent.valueOf(rs.getString("consent")),
                rs.getString("consent_by"),
                rs.getObject("consent_at", OffsetDateTime.class));
    }
}
