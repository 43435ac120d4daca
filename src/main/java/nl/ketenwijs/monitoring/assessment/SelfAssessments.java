package nl.ketenwijs.monitoring.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.actions.UploadRules;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.Question;
import nl.ketenwijs.monitoring.QuestionType;
import nl.ketenwijs.monitoring.Questionnaire;
import nl.ketenwijs.monitoring.Questionnaires;
import nl.ketenwijs.organisation.CompanyDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's yearly self-assessment: opened on the published questionnaire of its size class (SMEs the
 * SME variant, every other company the full one) with what Ketenwijs knows pre-filled, saved step by step
 * as a draft, and submitted. Once submitted only the reviewer's return opens it again; the check runs on
 * the locked row, so a forged or late form changes nothing.
 */
@Service
public class SelfAssessments {

    private final AssessmentRows rows;
    private final Questionnaires questionnaires;
    private final CompanyDirectory companies;
    private final KetenwijsFigures figures;

    SelfAssessments(
            AssessmentRows rows, Questionnaires questionnaires, CompanyDirectory companies, KetenwijsFigures figures) {
        this.rows = rows;
        this.questionnaires = questionnaires;
        this.companies = companies;
        this.figures = figures;
    }

    /** The years a company can fill in: those with a published questionnaire, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> openYears() {
        return questionnaires.all().stream()
                .filter(Questionnaire::published)
                .map(Questionnaire::reportingYear)
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> find(UUID company, int year) {
        return rows.idOf(company, year).flatMap(rows::find);
    }

    /** The company's assessments, newest year first, with their answers: its progress over the years. */
    @Transactional(readOnly = true)
    public List<Assessment> all(UUID company) {
        return rows.ofCompany(company).stream()
                .map(summary -> rows.find(summary.id()).orElseThrow())
                .toList();
    }

    /** The year's assessment, made as a draft with the pre-filled answers when the company has none yet. */
    @Transactional
    public Assessment open(UUID company, int year) {
        Optional<UUID> existing = rows.idOf(company, year);
        if (existing.isPresent()) {
            return rows.find(existing.get()).orElseThrow();
        }
        Questionnaire questionnaire = questionnaireFor(company, year);
        UUID id = UUID.randomUUID();
        if (rows.insert(id, company, year, questionnaire.id())) {
            prefill(id, company, year, questionnaire);
        }
        return find(company, year).orElseThrow();
    }

    /**
     * Saves what was typed on one step's page: all of it, or nothing when any answer is refused. The
     * problems are message keys per question id; the form shows them beside the questions with what was
     * typed.
     *
     * @param typed the form's text per question id; a question of the step that is not in it is left as it was
     * @param files evidence files per question id
     */
    @Transactional
    public Map<UUID, String> save(
            UUID company,
            int year,
            DueDiligenceStep step,
            Map<UUID, String> typed,
            Map<UUID, FileUpload> files,
            String by) {
        Assessment assessment = editable(company, year);
        List<Question> questions = assessment.questionnaire().questions().stream()
                .filter(q -> q.step() == step)
                .toList();
        Map<UUID, String> problems = new LinkedHashMap<>();
        Map<UUID, AnswerInput> answers = new LinkedHashMap<>();
        Map<UUID, FileUpload> accepted = new LinkedHashMap<>();
        Map<UUID, String> types = new LinkedHashMap<>();
        for (Question question : questions) {
            if (question.type() == QuestionType.EVIDENCE) {
                FileUpload file = files.get(question.id());
                if (file != null && file.size() > 0) {
                    checkFile(question, file, problems, types);
                    accepted.put(question.id(), file);
                }
            } else if (typed.containsKey(question.id())) {
                AnswerInput input = AnswerInput.of(question, typed.get(question.id()));
                if (input.isRefused()) {
                    problems.put(question.id(), input.problem());
                }
                answers.put(question.id(), input);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        answers.values()
                .forEach(input -> rows.saveAnswer(
                        assessment.id(), company, input.question().id(), input.level(), input.value(), by));
        accepted.forEach((question, file) -> rows.saveFile(
                assessment.id(),
                company,
                question,
                UploadRules.safeName(file.fileName(), types.get(question)),
                types.get(question),
                file.content(),
                by));
        rows.touch(assessment.id());
        return Map.of();
    }

    /** Hands the assessment in for review; refused with the unanswered maturity questions, if any. */
    @Transactional
    public List<Question> submit(UUID company, int year, String by) {
        Assessment assessment = editable(company, year);
        List<Question> unanswered = assessment.unanswered();
        if (!unanswered.isEmpty()) {
            return unanswered;
        }
        rows.setStatus(assessment.id(), AssessmentStatus.SUBMITTED);
        rows.addEvent(assessment.id(), company, "SUBMITTED", by);
        return List.of();
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> file(UUID company, int year, UUID question) {
        return rows.idOf(company, year).flatMap(id -> rows.file(id, question));
    }

    private Assessment editable(UUID company, int year) {
        UUID id = rows.idOf(company, year).orElseThrow(() -> new AssessmentRefused("assessment.error.notOpened"));
        AssessmentStatus status = rows.lock(id).orElseThrow();
        if (!status.isEditable()) {
            throw new AssessmentRefused("assessment.error.handedIn");
        }
        return rows.find(id).orElseThrow();
    }

    private Questionnaire questionnaireFor(UUID company, int year) {
        Questionnaire.Variant variant =
                companies.sizeClass(company).filter("SME"::equals).isPresent()
                        ? Questionnaire.Variant.SME
                        : Questionnaire.Variant.FULL;
        UUID id = questionnaires.all().stream()
                .filter(q -> q.reportingYear() == year && q.variant() == variant && q.published())
                .findFirst()
                .orElseThrow(() -> new AssessmentRefused("assessment.error.noQuestionnaire"))
                .id();
        return questionnaires.get(id).orElseThrow();
    }

    private void prefill(UUID id, UUID company, int year, Questionnaire questionnaire) {
        Map<String, KetenwijsFigures.Supported> known = figures.of(company, year);
        for (Question question : questionnaire.questions()) {
            KetenwijsFigures.Supported supported = known.get(question.code());
            if (supported != null) {
                rows.prefill(id, company, question.id(), supported.value(), supported.figure());
            }
        }
    }

    private static void checkFile(
            Question question, FileUpload file, Map<UUID, String> problems, Map<UUID, String> types) {
        if (file.size() > UploadRules.MAX_BYTES || file.content() == null) {
            problems.put(question.id(), "assessment.error.fileTooLarge");
            return;
        }
        Optional<String> type = UploadRules.contentTypeOf(file.content());
        if (type.isEmpty()) {
            problems.put(question.id(), "assessment.error.fileKind");
            return;
        }
        types.put(question.id(), type.get());
    }
}
