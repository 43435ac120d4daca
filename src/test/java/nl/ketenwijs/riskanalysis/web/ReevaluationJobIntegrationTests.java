package nl.ketenwijs.riskanalysis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.SectorDirectory;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.riskknowledge.ExpertAssessmentChanged;
import nl.ketenwijs.riskknowledge.KnowledgeRevision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ReevaluationJobIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    KnowledgeRevision revision;

    @Autowired
    SectorDirectory sector;

    @Autowired
    PlatformTransactionManager transactions;

    TestOrganisations fixtures;
    Account secretariat;

    @BeforeEach
    void setUp() {
        fixtures = new TestOrganisations(jdbc, accounts);
        secretariat = fixtures.secretariatAdmin();
    }

    @AfterEach
    void forgetJobs() {
        jdbc.sql("DELETE FROM register_job").update();
    }

    @Test
    void aKnowledgeChangeReEvaluatesEveryCompanyAsAJobTheSecretariatFollows() throws Exception {
        int companies = sector.companyIds().size();
        // An announcement without a change: every register is evaluated again and stays as it was.
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> revision.announce(new ExpertAssessmentChanged("cocoa", "living_wage")));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT count(*) FROM register_job WHERE finished_at IS NOT NULL")
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(jdbc.sql("SELECT kind, details::text, total, done, failed FROM register_job")
                        .query((rs, n) ->
                                List.of(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                        .single())
                .containsExactly("expert", "{cocoa,living_wage}", companies, companies, 0);

        String page = mvc.perform(get("/register/jobs").with(user(secretariat)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Deskundigenoordeel over Cacao, Leefbaar loon en inkomen gewijzigd")
                .contains(companies + " van " + companies + " bedrijven", "Klaar in")
                .as("a finished job asks for no more updates")
                .doesNotContain("hx-trigger");
    }

    @Test
    void aRunningJobIsFollowedLiveAndASilentOneShowsAsInterrupted() throws Exception {
        jdbc.sql("""
                        INSERT INTO register_job (id, kind, details, total, done, started_at, heartbeat_at)
                        VALUES (?, 'edition', '{wgi,2024}', 1000, 400, now() - interval '5 seconds', now()),
                               (?, 'shipped', '{cocoa,vanilla}', 1000, 10, now() - interval '1 hour',
                                now() - interval '50 minutes')
                        """).params(UUID.randomUUID(), UUID.randomUUID()).update();

        String page = mvc.perform(get("/register/jobs").with(user(secretariat)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Editie 2024 van wgi in gebruik genomen", "400 van 1.000 bedrijven", "Bezig")
                .contains("over 2 grondstof(fen)", "Onderbroken")
                .contains("hx-trigger=\"every 2s\"");

        String table = mvc.perform(get("/register/jobs").with(user(secretariat)).header("HX-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(table).startsWith("<div").contains("400 van 1.000").doesNotContain("<h1");
    }

    @Test
    void companiesDoNotSeeTheJobs() throws Exception {
        Account company = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        mvc.perform(get("/register/jobs").with(user(company))).andExpect(status().isForbidden());
    }
}
