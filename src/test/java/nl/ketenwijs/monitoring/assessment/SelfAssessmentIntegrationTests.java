package nl.ketenwijs.monitoring.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.monitoring.AssessmentFixtures;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.Question;
import nl.ketenwijs.monitoring.QuestionType;
import nl.ketenwijs.monitoring.Questionnaire;
import nl.ketenwijs.monitoring.Questionnaires;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** A company of its own per test fills in the published questionnaire of 2075 through the pages. */
class SelfAssessmentIntegrationTests extends WebIntegrationTest {

    static final int YEAR = 2075;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    DataSource pool;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    JdbcClient appJdbc;

    AssessmentFixtures assessments;
    TestOrganisations fixtures;
    UUID company;
    Account admin;

    @BeforeEach
    void anSmeWithAnAdmin() {
        assessments = new AssessmentFixtures(pool, jdbc, questionnaires);
        assessments.publishedYear(YEAR);
        fixtures = new TestOrganisations(jdbc, accounts);
        company = fixtures.aCompany();
        admin = fixtures.aPersonIn(company, Role.COMPANY_ADMIN);
    }

    @Test
    void aCompanyFillsInItsAssessmentStepByStepAndSubmitsIt() throws Exception {
        MockHttpServletResponse started = send(post("/assessment/" + YEAR + "/start"), admin);
        assertThat(started.getRedirectedUrl()).isEqualTo("/assessment/" + YEAR + "/steps/policy");
        assertThat(page(get("/assessment/" + YEAR + "/steps/identify"), admin))
                .contains("Heeft u uw productieketens in kaart gebracht?", "Bewaar als concept");

        answerEveryMaturityQuestion(admin, 3);
        MockHttpServletResponse submitted = send(post("/assessment/" + YEAR + "/submit"), admin);

        assertThat(submitted.getRedirectedUrl()).isEqualTo("/assessment/" + YEAR);
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(assessments
                        .jdbc()
                        .sql("SELECT kind || ' ' || done_by FROM assessment_event WHERE organisation_id = ?")
                        .param(company)
                        .query(String.class)
                        .list())
                .containsExactly("SUBMITTED " + admin.getUsername());
        assertThat(page(get("/assessment/" + YEAR), admin))
                .contains("Ingediend", "door " + admin.getUsername())
                .doesNotContain("Dien in ter beoordeling");
    }

    @Test
    void anAssessmentWithoutEveryLevelIsNotSubmittedAndNamesTheQuestions() throws Exception {
        send(post("/assessment/" + YEAR + "/start"), admin);
        send(stepForm(DueDiligenceStep.POLICY).param(field("1"), "2"), admin);

        Object unanswered = mvc.perform(post("/assessment/" + YEAR + "/submit")
                        .with(user(admin))
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("unanswered");

        assertThat(status()).isEqualTo("DRAFT");
        assertThat(String.valueOf(unanswered)).contains("3", "4", "9").doesNotContain("1,");
        assertThat(page(get("/assessment/" + YEAR), admin)).contains("Dien in ter beoordeling");
    }

    @Test
    void aPercentageOf140IsRefusedWithTheQuestionNamedAndWhatWasTypedKept() throws Exception {
        send(post("/assessment/" + YEAR + "/start"), admin);

        MockHttpServletResponse refused = send(
                stepForm(DueDiligenceStep.IDENTIFY)
                        .param(field("3"), "2")
                        .param(field("3.1"), "140")
                        .param(field("4.2"), "Kinderarbeid in cacao"),
                admin);

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("Niets bewaard")
                .contains("Vraag 3.1: een percentage is een getal van 0 tot en met 100.")
                .contains("value=\"140\"", "Kinderarbeid in cacao")
                .containsPattern("<option value=\"2\" selected=\"selected\"");
        assertThat(levelOf("3")).isNull();
        assertThat(valueOf("4.2")).isNull();

        send(stepForm(DueDiligenceStep.IDENTIFY).param(field("3"), "2").param(field("3.1"), "85,5"), admin);
        assertThat(levelOf("3")).isEqualTo(2);
        assertThat(valueOf("3.1")).isEqualTo("85.5");
    }

    @Test
    void aNumberFieldWithTextIsRefusedWithTheQuestionNamed() throws Exception {
        jdbc.sql("UPDATE organisation SET size_class = 'LARGE' WHERE id = ?")
                .param(company)
                .update();
        send(post("/assessment/" + YEAR + "/start"), admin);

        String page = page(stepForm(DueDiligenceStep.IDENTIFY).param(field("3.2"), "heel veel"), admin);

        assertThat(page).contains("Vraag 3.2: dit is geen getal").contains("value=\"heel veel\"");
        assertThat(valueOf("3.2")).isNull();
    }

    @Test
    void theComplaintsForwardedToTheCompanyAreShownBesideTheirQuestion() throws Exception {
        jdbc.sql("UPDATE organisation SET size_class = 'LARGE' WHERE id = ?")
                .param(company)
                .update();
        send(post("/assessment/" + YEAR + "/start"), admin);

        assertThat(valueOf("9.2")).isEqualTo("0");
        assertThat(page(get("/assessment/" + YEAR + "/steps/remediate"), admin))
                .contains("0 klachten aan u doorgestuurd dit jaar, 0 daarvan beantwoord");
    }

    @Test
    void aSubmittedAssessmentRefusesAForgedChangeUntilItIsReturned() throws Exception {
        send(post("/assessment/" + YEAR + "/start"), admin);
        answerEveryMaturityQuestion(admin, 2);
        send(post("/assessment/" + YEAR + "/submit"), admin);

        MockHttpServletResponse forged = send(stepForm(DueDiligenceStep.POLICY).param(field("1"), "4"), admin);
        MockHttpServletResponse again = send(post("/assessment/" + YEAR + "/submit"), admin);

        assertThat(forged.getStatus()).isEqualTo(409);
        assertThat(forged.getContentAsString()).contains("is ingediend en kan niet meer worden aangepast");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(levelOf("1")).isEqualTo(2);
        assertThat(page(get("/assessment/" + YEAR + "/steps/policy"), admin))
                .doesNotContain("Bewaar als concept")
                .contains("disabled");

        assessments
                .jdbc()
                .sql("UPDATE self_assessment SET status = 'RETURNED' WHERE organisation_id = ?")
                .param(company)
                .update();
        send(stepForm(DueDiligenceStep.POLICY).param(field("1"), "4"), admin);
        assertThat(levelOf("1")).isEqualTo(4);
    }

    @Test
    void aViewerReadsButCannotChangeOrStart() throws Exception {
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        assertThat(send(post("/assessment/" + YEAR + "/start"), viewer).getStatus())
                .isEqualTo(403);
        send(post("/assessment/" + YEAR + "/start"), admin);

        assertThat(page(get("/assessment/" + YEAR + "/steps/policy"), viewer)).contains("U leest deze zelfevaluatie");
        assertThat(send(stepForm(DueDiligenceStep.POLICY).param(field("1"), "4"), viewer)
                        .getStatus())
                .isEqualTo(403);
        assertThat(levelOf("1")).isNull();
    }

    @Test
    void whatKetenwijsKnowsIsPrefilledAndMarkedAsItsData() throws Exception {
        tenantScope.asOrganisation(
                company, () -> appJdbc.sql("""
                        WITH p AS (INSERT INTO product (id, organisation_id, name)
                                   VALUES (gen_random_uuid(), :c, 'Reep') RETURNING id),
                             m AS (INSERT INTO raw_material (id, organisation_id, product_id, name, commodity_code)
                                   SELECT gen_random_uuid(), :c, id, name, 'cocoa'
                                     FROM p, (VALUES ('Cacao'), ('Cacaoboter')) AS n (name) RETURNING id, name)
                        INSERT INTO material_origin (id, organisation_id, raw_material_id, country_iso3)
                        SELECT gen_random_uuid(), :c, id, 'CIV' FROM m WHERE name = 'Cacao'
                        """).param("c", company).update());

        send(post("/assessment/" + YEAR + "/start"), admin);

        assertThat(valueOf("3.1")).isEqualTo("50");
        assertThat(page(get("/assessment/" + YEAR + "/steps/identify"), admin))
                .contains("Uit Ketenwijs-gegevens", "1 van 2 grondstoffen met een bekend land van herkomst")
                .contains("geprioriteerde risico’s in uw risicoregister")
                .contains("value=\"50\"");
    }

    @Test
    void anEvidenceFileIsToldByItsContentAndServedAsAnAttachment() throws Exception {
        send(post("/assessment/" + YEAR + "/start"), admin);
        byte[] pdf = "%PDF-1.4\n% beleid\n".getBytes(StandardCharsets.US_ASCII);
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        String refused = page(
                multipart("/assessment/" + YEAR + "/steps/policy")
                        .file(new MockMultipartFile(
                                "f." + question("1.1").id(), "beleid.pdf", "application/pdf", program))
                        .param(field("1"), "3"),
                admin);
        assertThat(refused).contains("Vraag 1.1: dit soort bestand kan niet");
        assertThat(levelOf("1")).isNull();

        send(
                multipart("/assessment/" + YEAR + "/steps/policy")
                        .file(new MockMultipartFile(
                                "f." + question("1.1").id(), "../../beleid\u202e.pdf", "text/html", pdf)),
                admin);
        MockHttpServletResponse download =
                send(get("/assessment/" + YEAR + "/files/" + question("1.1").id()), admin);

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("beleid.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        Account other = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        assertThat(send(get("/assessment/" + YEAR + "/files/" + question("1.1").id()), other)
                        .getStatus())
                .isEqualTo(404);
    }

    private void answerEveryMaturityQuestion(Account who, int level) throws Exception {
        Questionnaire sme = assessments.questionnaire(YEAR, variant());
        for (DueDiligenceStep step : DueDiligenceStep.values()) {
            AbstractMockHttpServletRequestBuilder<?> form = stepForm(step);
            boolean any = false;
            for (Question main : sme.mainQuestions(step)) {
                if (main.type() == QuestionType.MATURITY) {
                    form.param("q." + main.id(), String.valueOf(level));
                    any = true;
                }
            }
            if (any) {
                assertThat(send(form, who).getStatus()).isEqualTo(302);
            }
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> stepForm(DueDiligenceStep step) {
        return multipart("/assessment/" + YEAR + "/steps/" + step.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Questionnaire.Variant variant() {
        String size = jdbc.sql("SELECT size_class FROM organisation WHERE id = ?")
                .param(company)
                .query(String.class)
                .single();
        return "SME".equals(size) ? Questionnaire.Variant.SME : Questionnaire.Variant.FULL;
    }

    private Question question(String code) {
        return assessments.questionnaire(YEAR, variant()).questions().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private String field(String code) {
        return "q." + question(code).id();
    }

    private String status() {
        return assessments
                .jdbc()
                .sql("SELECT status FROM self_assessment WHERE organisation_id = ? AND reporting_year = ?")
                .params(company, YEAR)
                .query(String.class)
                .single();
    }

    private Integer levelOf(String code) {
        return assessments
                .jdbc()
                .sql("SELECT level FROM assessment_answer WHERE organisation_id = ? AND question_id = ?")
                .params(company, question(code).id())
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    private String valueOf(String code) {
        return assessments
                .jdbc()
                .sql("SELECT value FROM assessment_answer WHERE organisation_id = ? AND question_id = ?")
                .params(company, question(code).id())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, Account who)
            throws Exception {
        return mvc.perform(request.param("lang", "nl").with(user(who)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request, Account who) throws Exception {
        return send(request, who).getContentAsString();
    }
}
