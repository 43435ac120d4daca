package nl.ketenwijs.monitoring.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.monitoring.AssessmentFixtures;
import nl.ketenwijs.monitoring.Question;
import nl.ketenwijs.monitoring.Questionnaire;
import nl.ketenwijs.monitoring.Questionnaires;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A company's submitted assessment of 2076 goes to the secretariat's monitoring reviewer and back. */
class ReviewIntegrationTests extends WebIntegrationTest {

    static final int YEAR = 2076;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    DataSource pool;

    AssessmentFixtures assessments;
    TestOrganisations fixtures;
    String companyName;
    UUID company;
    UUID assessment;
    Account admin;
    Account reviewer;

    @BeforeEach
    void aSubmittedAssessment() throws Exception {
        assessments = new AssessmentFixtures(pool, jdbc, questionnaires);
        assessments.publishedYear(YEAR);
        fixtures = new TestOrganisations(jdbc, accounts);
        company = fixtures.aCompany();
        companyName = "Company " + company;
        admin = fixtures.aPersonIn(company, Role.COMPANY_ADMIN);
        reviewer = fixtures.aPersonIn(
                jdbc.sql("SELECT id FROM organisation WHERE kind = 'SECRETARIAT' LIMIT 1")
                        .query(UUID.class)
                        .single(),
                Role.MONITORING_REVIEWER);
        assessment = assessments.assessment(company, YEAR, "DRAFT", 2);
        assertThat(send(post("/assessment/" + YEAR + "/submit"), admin).getStatus())
                .isEqualTo(302);
    }

    @Test
    void theReviewerReturnsWithCommentsTheCompanyResubmitsAndTheReviewerAccepts() throws Exception {
        assertThat(page(get("/review/assessments").param("year", String.valueOf(YEAR)), reviewer))
                .contains(companyName, "Ingediend");
        Question policy = question("1");

        MockHttpServletResponse returned = send(
                post("/review/assessments/" + assessment + "/return")
                        .param("c." + policy.id(), "Voeg uw beleid toe als bewijs."),
                reviewer);

        assertThat(returned.getRedirectedUrl()).isEqualTo("/review/assessments/" + assessment);
        assertThat(status()).isEqualTo("RETURNED");
        assertThat(page(get("/assessment/" + YEAR + "/steps/policy"), admin))
                .contains("Opmerking van de beoordelaar", "Voeg uw beleid toe als bewijs.", "Bewaar als concept");
        assertThat(send(post("/assessment/" + YEAR + "/submit"), admin).getStatus())
                .isEqualTo(302);
        assertThat(status()).isEqualTo("SUBMITTED");

        assertThat(send(post("/review/assessments/" + assessment + "/accept"), reviewer)
                        .getStatus())
                .isEqualTo(302);

        assertThat(status()).isEqualTo("ACCEPTED");
        assertThat(page(get("/assessment/" + YEAR), admin))
                .contains("Geaccepteerd", "Teruggegeven met opmerkingen", "door " + reviewer.getUsername())
                .contains("door " + admin.getUsername());
        assertThat(events())
                .containsExactly(
                        "SUBMITTED " + admin.getUsername(),
                        "RETURNED " + reviewer.getUsername(),
                        "SUBMITTED " + admin.getUsername(),
                        "ACCEPTED " + reviewer.getUsername());
    }

    @Test
    void returningWithoutAnyCommentIsRefusedAndAReviewedAssessmentIsNotReviewedAgain() throws Exception {
        String refused = page(post("/review/assessments/" + assessment + "/return"), reviewer);

        assertThat(refused).contains("Schrijf bij ten minste één vraag een opmerking");
        assertThat(status()).isEqualTo("SUBMITTED");

        send(post("/review/assessments/" + assessment + "/accept"), reviewer);
        MockHttpServletResponse again = send(
                post("/review/assessments/" + assessment + "/return")
                        .param("c." + question("1").id(), "Toch niet."),
                reviewer);

        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(status()).isEqualTo("ACCEPTED");
    }

    @Test
    void onlyTheMonitoringReviewerReviews() throws Exception {
        Account secretariatAdmin = fixtures.secretariatAdmin();
        for (Account other : List.of(admin, secretariatAdmin)) {
            assertThat(send(get("/review/assessments"), other).getStatus()).isEqualTo(403);
            assertThat(send(post("/review/assessments/" + assessment + "/accept"), other)
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(send(get("/review/assessments/" + UUID.randomUUID()), reviewer)
                        .getStatus())
                .isEqualTo(404);
    }

    private Question question(String code) {
        Questionnaire sme = assessments.questionnaire(YEAR, Questionnaire.Variant.SME);
        return sme.questions().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private String status() {
        return assessments
                .jdbc()
                .sql("SELECT status FROM self_assessment WHERE id = ?")
                .param(assessment)
                .query(String.class)
                .single();
    }

    private List<String> events() {
        return assessments
                .jdbc()
                .sql("SELECT kind || ' ' || done_by FROM assessment_event WHERE assessment_id = ? ORDER BY done_at")
                .param(assessment)
                .query(String.class)
                .list();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Account who) throws Exception {
        return mvc.perform(request.param("lang", "nl").with(user(who)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private String page(MockHttpServletRequestBuilder request, Account who) throws Exception {
        return send(request, who).getContentAsString();
    }
}
