package nl.ketenwijs.monitoring.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenwijs.WebIntegrationTest;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The questionnaires: the shipped one drafted on a first start, in two variants; published once and then
 * unchangeable, even by SQL; next year's as a copy. Each test works in reporting years of its own, far
 * ahead, since published questionnaires stay in the shared database.
 */
class QuestionnaireIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Questionnaires questionnaires;

    /** The application's own role, which the trigger must stop too. */
    @Autowired
    JdbcClient appJdbc;

    Account admin;

    @BeforeEach
    void theSecretariat() {
        admin = new TestOrganisations(jdbc, accounts).secretariatAdmin();
    }

    @Test
    void aFirstStartDraftsTheShippedQuestionnaireForLastYearInBothVariants() throws Exception {
        int lastYear = LocalDate.now().getYear() - 1;
        Map<Questionnaire.Variant, Questionnaire> drafted = questionnaires.all().stream()
                .filter(q -> q.reportingYear() == lastYear)
                .map(q -> questionnaires.get(q.id()).orElseThrow())
                .collect(Collectors.toMap(Questionnaire::variant, Function.identity()));

        Questionnaire full = drafted.get(Questionnaire.Variant.FULL);
        Questionnaire sme = drafted.get(Questionnaire.Variant.SME);
        assertThat(full.mainQuestionCount()).isEqualTo(10);
        assertThat(full.questions()).hasSize(25);
        assertThat(sme.mainQuestionCount()).isEqualTo(7);
        assertThat(sme.questions().size()).isLessThan(full.questions().size());
        assertThat(full.questions())
                .filteredOn(q -> q.type().name().equals("MATURITY"))
                .allSatisfy(q -> assertThat(q.options()).hasSize(5));

        String page = mvc.perform(get("/monitoring/questionnaires/" + full.id())
                        .with(user(admin))
                        .param("lang", "nl"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Vragenlijst " + lastYear + ", volledig", "Beleid en management", "Herstel")
                .contains("Heeft u uw productieketens in kaart gebracht?", "Volwassenheidsniveau 0 tot 4")
                .contains("Heeft u gekeken naar risico’s die vooral vrouwen treffen?");
        assertThat(mvc.perform(get("/monitoring/questionnaires/" + full.id())
                                .with(user(admin))
                                .param("lang", "en"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Have you mapped your production chains?", "Identify and assess risks");
    }

    @Test
    void aPublishedQuestionnaireNeverChangesAndNextYearStartsAsACopy() throws Exception {
        int year = 2061;
        mvc.perform(post("/monitoring/questionnaires")
                        .with(user(admin))
                        .with(csrf())
                        .param("year", String.valueOf(year)))
                .andExpect(status().is3xxRedirection());
        Questionnaire full = variant(year, Questionnaire.Variant.FULL);

        mvc.perform(post("/monitoring/questionnaires/" + full.id() + "/publish")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(questionnaires.get(full.id()).orElseThrow().published()).isTrue();
        Question first = full.questions().get(0);
        assertThatThrownBy(() -> appJdbc.sql("UPDATE questionnaire_question SET text_nl = 'Anders' WHERE id = ?")
                        .param(first.id())
                        .update())
                .hasMessageContaining("published questionnaire cannot change");
        assertThatThrownBy(() -> appJdbc.sql("DELETE FROM questionnaire WHERE id = ?")
                        .param(full.id())
                        .update())
                .hasMessageContaining("is published and cannot change");
        assertThatThrownBy(() -> questionnaires.publish(full.id(), "iemand"))
                .isInstanceOf(Questionnaires.Refused.class);

        String copied = mvc.perform(post("/monitoring/questionnaires/" + full.id() + "/copy")
                        .with(user(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Questionnaire next = questionnaires
                .get(UUID.fromString(copied.substring(copied.lastIndexOf('/') + 1)))
                .orElseThrow();
        assertThat(next.reportingYear()).isEqualTo(year + 1);
        assertThat(next.published()).isFalse();
        assertThat(next.questions())
                .extracting(Question::code, q -> q.text().nl())
                .containsExactlyElementsOf(full.questions().stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(
                                q.code(), q.text().nl()))
                        .toList());
        assertThat(next.questions()).noneMatch(q -> full.questions().stream().anyMatch(o -> o.id().equals(q.id())));
        assertThat(next.questions())
                .filteredOn(q -> !q.isMain())
                .allMatch(sub ->
                        next.questions().stream().anyMatch(main -> main.id().equals(sub.parentId())));
        // A year's questionnaire is made once.
        String again = mvc.perform(post("/monitoring/questionnaires/" + full.id() + "/copy")
                        .with(user(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(again).endsWith(full.id().toString());
        assertThatThrownBy(() -> questionnaires.shipDefault(year, "iemand")).isInstanceOf(Questionnaires.Refused.class);
    }

    @Test
    void aYearThatIsNotAYearIsRefusedWithItsReason() throws Exception {
        String page = mvc.perform(post("/monitoring/questionnaires")
                        .with(user(admin))
                        .with(csrf())
                        .param("year", "20x5"))
                .andReturn()
                .getFlashMap()
                .get("problem")
                .toString();

        assertThat(page).isEqualTo("monitoring.questionnaire.error.year");
    }

    @Test
    void reviewersReadAndCannotChangeCompaniesAreKeptOut() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        Account reviewer = fixtures.aPersonIn(
                fixtures.organisationNamed("Convenantsecretariaat Voedingsmiddelen"), Role.MONITORING_REVIEWER);
        Account company = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        UUID any = questionnaires.all().get(0).id();

        mvc.perform(get("/monitoring/questionnaires").with(user(reviewer))).andExpect(status().isOk());
        mvc.perform(post("/monitoring/questionnaires/" + any + "/copy")
                        .with(user(reviewer))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/monitoring/questionnaires").with(user(company))).andExpect(status().isForbidden());
        mvc.perform(get("/monitoring/questionnaires/" + UUID.randomUUID()).with(user(admin)))
                .andExpect(status().isNotFound());
    }

    private Questionnaire variant(int year, Questionnaire.Variant variant) {
        return questionnaires.all().stream()
                .filter(q -> q.reportingYear() == year && q.variant() == variant)
                .map(q -> questionnaires.get(q.id()).orElseThrow())
                .findFirst()
                .orElseThrow();
    }
}
