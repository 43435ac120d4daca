package nl.ketenwijs.actions.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's templates for common measures, in Dutch and English. */
@Service
public class MeasureTemplates {

    private static final String SELECT = """
            SELECT id, code, language, type, title, description, indicator_name, indicator_unit
              FROM measure_template
            """;

    /** A template as the secretariat's form gives it. */
    public record Draft(
            String code,
            String language,
            String type,
            String title,
            String description,
            String indicatorName,
            String indicatorUnit) {

        public static Draft of(MeasureTemplate template) {
            return new Draft(
                    template.code(),
                    template.language(),
                    template.type().name(),
                    template.title(),
                    template.description(),
                    template.indicatorName(),
                    template.indicatorUnit());
        }
    }

    private final JdbcClient jdbc;

    MeasureTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<MeasureTemplate> all() {
        return jdbc.sql(SELECT + " ORDER BY code, language")
                .query(MeasureTemplate.class)
                .list();
    }

    /** In the reader's language; Dutch where a template has no translation yet. */
    @Transactional(readOnly = true)
    public List<MeasureTemplate> in(String language) {
        return jdbc.sql(SELECT + """
                         WHERE language = ? OR (language = 'nl' AND NOT EXISTS (
                               SELECT 1 FROM measure_template t WHERE t.code = measure_template.code AND t.language = ?))
                         ORDER BY title
                        """)
                .params(language, language)
                .query(MeasureTemplate.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<MeasureTemplate> template(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(MeasureTemplate.class)
                .optional();
    }

    @Transactional
    public void change(UUID id, Draft draft, String by) {
        Draft checked = check(draft, id);
        int updated = jdbc.sql("""
                        UPDATE measure_template SET code = ?, language = ?, type = ?, title = ?, description = ?,
                               indicator_name = ?, indicator_unit = ?, updated_by = ?, updated_at = now()
                         WHERE id = ?
                        """).params(values(checked, by, id)).update();
        if (updated == 0) {
            throw new PlanItemNotFound();
        }
    }

    @Transactional
    public UUID add(Draft draft, String by) {
        UUID id = UUID.randomUUID();
        Draft checked = check(draft, id);
        jdbc.sql("""
                        INSERT INTO measure_template (code, language, type, title, description, indicator_name,
                                                      indicator_unit, updated_by, id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).params(values(checked, by, id)).update();
        return id;
    }

    /** The columns in the order both statements name them: the template's fields, who, and its id last. */
    private static Object[] values(Draft checked, String by, UUID id) {
        return new Object[] {
            checked.code(),
            checked.language(),
            checked.type(),
            checked.title(),
            checked.description(),
            checked.indicatorName(),
            checked.indicatorUnit(),
            by,
            id
        };
    }

    /** @param id the template's own id, which may keep its code and language */
    private Draft check(Draft draft, UUID id) {
        FieldProblems problems = new FieldProblems();
        String code = InputText.required(draft.code(), 50, "code", problems);
        if (code != null && !code.matches("[a-z][a-z0-9_]{1,49}")) {
            problems.add("code", "plans.field.invalid.code");
        }
        String language = InputText.clean(draft.language());
        if (!"nl".equals(language) && !"en".equals(language)) {
            problems.add("language", "plans.field.invalid.language");
            language = null;
        }
        MeasureType type = InputText.choice(draft.type(), MeasureType.class, "type", problems);
        Draft checked = new Draft(
                code,
                language,
                type == null ? null : type.name(),
                InputText.required(draft.title(), 200, "title", problems),
                InputText.required(draft.description(), 4000, "description", problems),
                InputText.required(draft.indicatorName(), 200, "indicatorName", problems),
                InputText.required(draft.indicatorUnit(), 50, "indicatorUnit", problems));
        if (checked.code() != null && checked.language() != null && taken(code, language, id)) {
            problems.add("code", "plans.field.taken.code");
        }
        problems.throwIfAny();
        return checked;
    }

    private boolean taken(String code, String language, UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM measure_template WHERE code = ? AND language = ? AND id <> ?)")
                .params(code, language, id)
                .query(Boolean.class)
                .single();
    }
}
