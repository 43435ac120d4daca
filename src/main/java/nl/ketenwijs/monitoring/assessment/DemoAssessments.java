package nl.ketenwijs.monitoring.assessment;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.Question;
import nl.ketenwijs.monitoring.QuestionType;
import nl.ketenwijs.monitoring.Questionnaire;
import nl.ketenwijs.monitoring.Questionnaires;
import nl.ketenwijs.organisation.DemoSectorLoaded;
import nl.ketenwijs.organisation.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Two reporting years of demo self-assessments (2025 and 2026, on published questionnaires, 2026 a copy of
 * 2025): most companies progress a level, some lag or stay away; in 2026 one waits for review (Koffiebranderij
 * De Boon), one was returned with comments (Cacaohuis Zaandam), the others accepted, in draft or not started.
 * A company-year that has an assessment keeps it, so loading twice changes nothing.
 */
@Component
class DemoAssessments {

    static final int FIRST = 2025;
    static final int CURRENT = 2026;
    static final String REVIEWER = "reviewer@secretariaat.example";
    static final String AWAITING_REVIEW = "Koffiebranderij De Boon";
    static final String RETURNED = "Cacaohuis Zaandam";

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    private final Questionnaires questionnaires;
    private final SelfAssessments assessments;
    private final AssessmentRows rows;
    private final TenantScope tenantScope;

    DemoAssessments(
            Questionnaires questionnaires, SelfAssessments assessments, AssessmentRows rows, TenantScope tenantScope) {
        this.questionnaires = questionnaires;
        this.assessments = assessments;
        this.rows = rows;
        this.tenantScope = tenantScope;
    }

    @EventListener
    void load(DemoSectorLoaded sector) {
        publishedYears();
        List<String> names = sector.companies().keySet().stream().sorted().toList();
        int written = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            UUID company = sector.companies().get(name);
            for (int year : List.of(FIRST, CURRENT)) {
                String status = status(name, i, year);
                if (status != null) {
                    int base = i % 4 + (year == CURRENT && i % 5 != 0 ? 1 : 0);
                    boolean added = tenantScope.asOrganisation(company, () -> write(company, name, year, status, base));
                    written += added ? 1 : 0;
                }
            }
        }
        log.info("Demo assessments: {} written for {} companies", written, names.size());
    }

    /**
     * Who filled in what: every seventh company never did (the laggards), every sixth left 2026 a draft;
     * the named two wait for review or were returned in 2026; everyone else was accepted.
     */
    private static String status(String name, int index, int year) {
        if (index % 7 == 3) {
            return null;
        }
        if (year == CURRENT && name.equals(AWAITING_REVIEW)) {
            return "SUBMITTED";
        }
        if (year == CURRENT && name.equals(RETURNED)) {
            return "RETURNED";
        }
        if (year == CURRENT && index % 6 == 5) {
            return "DRAFT";
        }
        if (year == FIRST && index % 9 == 8) {
            return null;
        }
        return "ACCEPTED";
    }

    private boolean write(UUID company, String name, int year, String status, int base) {
        if (rows.idOf(company, year).isPresent()) {
            return false;
        }
        Assessment assessment = assessments.open(company, year);
        for (Question question : assessment.questionnaire().questions()) {
            if (question.isMain() && question.type() == QuestionType.MATURITY) {
                int level = Math.max(0, Math.min(4, base + offset(question.step())));
                rows.saveAnswer(assessment.id(), company, question.id(), level, null, "demo");
            }
        }
        if (status.equals("DRAFT")) {
            return true;
        }
        String admin = "admin@" + slug(name) + ".example";
        rows.addEvent(assessment.id(), company, "SUBMITTED", admin);
        rows.setStatus(assessment.id(), AssessmentStatus.valueOf(status));
        if (status.equals("ACCEPTED")) {
            rows.addEvent(assessment.id(), company, "ACCEPTED", REVIEWER);
        } else if (status.equals("RETURNED")) {
            UUID event = rows.addEvent(assessment.id(), company, "RETURNED", REVIEWER);
            comment(
                    assessment,
                    event,
                    company,
                    "1",
                    "Voeg uw beleid toe als bewijs: zonder document blijft dit niveau 1.");
            comment(
                    assessment,
                    event,
                    company,
                    "4",
                    "Welke risico’s hebt u geprioriteerd? Uw register noemt er meer dan u hier aangeeft.");
        }
        return true;
    }

    private void comment(Assessment assessment, UUID event, UUID company, String code, String text) {
        assessment.questionnaire().questions().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .ifPresent(question -> rows.addComment(event, company, question.id(), text));
    }

    /** Policies come first in practice; tracking and remedy lag (as the covenant's own reports found). */
    private static int offset(DueDiligenceStep step) {
        return switch (step) {
            case POLICY -> 1;
            case TRACK, REMEDIATE -> -1;
            default -> 0;
        };
    }

    /** Both years published, 2026 as a copy of 2025, whatever of it exists already. */
    private void publishedYears() {
        for (Questionnaire.Variant variant : Questionnaire.Variant.values()) {
            if (find(FIRST, variant) == null) {
                if (questionnaires.all().stream().noneMatch(q -> q.reportingYear() == FIRST)) {
                    questionnaires.shipDefault(FIRST, "Ketenwijs");
                }
            }
            if (find(CURRENT, variant) == null) {
                questionnaires.copyToNextYear(find(FIRST, variant).id(), "Ketenwijs");
            }
        }
        for (int year : List.of(FIRST, CURRENT)) {
            for (Questionnaire.Variant variant : Questionnaire.Variant.values()) {
                Questionnaire questionnaire = find(year, variant);
                if (!questionnaire.published()) {
                    questionnaires.publish(questionnaire.id(), "Ketenwijs");
                }
            }
        }
    }

    private Questionnaire find(int year, Questionnaire.Variant variant) {
        return questionnaires.all().stream()
                .filter(q -> q.reportingYear() == year && q.variant() == variant)
                .findFirst()
                .orElse(null);
    }

    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
