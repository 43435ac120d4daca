package nl.ketenwijs.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.monitoring.questionnaire.DefaultQuestionnaire;
import nl.ketenwijs.monitoring.questionnaire.QuestionnaireRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly questionnaires: made from the shipped default or as a copy of an earlier year's, published
 * once and never changed after. One full and one SME questionnaire per reporting year.
 */
@Service
public class Questionnaires {

    /** Why a questionnaire could not be made or published; a message key. */
    public static final class Refused extends RuntimeException {

        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final QuestionnaireRows rows;
    private final DefaultQuestionnaire shipped;
    private final JdbcClient jdbc;

    Questionnaires(QuestionnaireRows rows, DefaultQuestionnaire shipped, JdbcClient jdbc) {
        this.rows = rows;
        this.shipped = shipped;
        this.jdbc = jdbc;
    }

    /** Every questionnaire, newest year first, without their questions. */
    @Transactional(readOnly = true)
    public List<Questionnaire> all() {
        return rows.all();
    }

    @Transactional(readOnly = true)
    public Optional<Questionnaire> get(UUID id) {
        return rows.find(id);
    }

    /** Drafts of both variants from the shipped questionnaire, for a year that has none yet. */
    @Transactional
    public void shipDefault(int year, String by) {
        lockYear(year);
        for (Questionnaire.Variant variant : Questionnaire.Variant.values()) {
            if (rows.exists(year, variant)) {
                throw new Refused("monitoring.questionnaire.error.exists");
            }
        }
        for (Questionnaire.Variant variant : Questionnaire.Variant.values()) {
            rows.insert(year, variant, null, by, shipped.questions(variant));
        }
    }

    /** The shipped drafts for a year, unless any questionnaire exists already: for a first start. */
    @Transactional
    public boolean shipDefaultIfNone(int year, String by) {
        lockYear(year);
        if (!rows.isEmpty()) {
            return false;
        }
        shipDefault(year, by);
        return true;
    }

    /** A draft for the next reporting year with the same questions, to be changed where the year asks for it. */
    @Transactional
    public UUID copyToNextYear(UUID id, String by) {
        Questionnaire source = rows.find(id).orElseThrow(() -> new Refused("monitoring.questionnaire.error.unknown"));
        int year = source.reportingYear() + 1;
        lockYear(year);
        if (rows.exists(year, source.variant())) {
            throw new Refused("monitoring.questionnaire.error.exists");
        }
        Map<UUID, UUID> newIds = new HashMap<>();
        source.questions().forEach(q -> newIds.put(q.id(), UUID.randomUUID()));
        List<Question> copies = source.questions().stream()
                .map(q -> new Question(
                        newIds.get(q.id()),
                        q.parentId() == null ? null : newIds.get(q.parentId()),
                        q.step(),
                        q.code(),
                        q.type(),
                        q.text(),
                        q.options()))
                .toList();
        return rows.insert(year, source.variant(), source.id(), by, copies);
    }

    /** From now on companies answer it, and it does not change again. */
    @Transactional
    public void publish(UUID id, String by) {
        Questionnaire draft = rows.find(id).orElseThrow(() -> new Refused("monitoring.questionnaire.error.unknown"));
        if (draft.published()) {
            throw new Refused("monitoring.questionnaire.error.published");
        }
        if (draft.mainQuestionCount() == 0) {
            throw new Refused("monitoring.questionnaire.error.empty");
        }
        rows.publish(id, by);
    }

    /** Two secretariat members (or two starting instances) making the same year wait for each other. */
    private void lockYear(int year) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('questionnaire:' || ?, 0))")
                .param(year)
                .query()
                .singleValue();
    }
}
