package nl.ketenwijs.actions.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.actions.collective.SharedRiskFixture.Company;
import nl.ketenwijs.actions.matching.SharedRiskCount;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Seven companies and three risks of this test's own. On the first risk five companies count (four with a
 * high level, one that confirmed a medium one), while one that dismissed it and one with an unjudged medium
 * level do not; three share the second, two the third. Four companies name the same facility, spelled in
 * four ways. A company learns counts of three others or more, never names unless those others opted in.
 */
class SharedRiskMatchingIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    SharedRiskCount count;

    SharedRiskFixture fixture;
    String widely;
    String three;
    String two;
    String facility;
    List<Company> companies;

    @BeforeEach
    void sevenCompanies() {
        fixture = new SharedRiskFixture(jdbc, accounts, tenantScope, appJdbc);
        widely = SharedRiskFixture.aRisk("child_labour");
        three = SharedRiskFixture.aRisk("living_wage");
        two = SharedRiskFixture.aRisk("forced_labour");
        companies = List.of(
                fixture.aCompany(),
                fixture.aCompany(),
                fixture.aCompany(),
                fixture.aCompany(),
                fixture.aCompany(),
                fixture.aCompany(),
                fixture.aCompany());
        for (int i = 0; i < 4; i++) {
            fixture.withEntry(companies.get(i), widely, i % 2 == 0 ? "HIGH" : "VERY_HIGH");
        }
        fixture.withEntry(companies.get(4), widely, "MEDIUM");
        fixture.decide(companies.get(4), widely, "CONFIRMED");
        fixture.withEntry(companies.get(5), widely, "HIGH");
        fixture.decide(companies.get(5), widely, "DISMISSED");
        fixture.withEntry(companies.get(6), widely, "MEDIUM");
        for (int i = 0; i < 3; i++) {
            fixture.withEntry(companies.get(i), three, "HIGH");
        }
        fixture.withEntry(companies.get(0), two, "HIGH");
        fixture.withEntry(companies.get(1), two, "HIGH");
        facility = "Coop " + UUID.randomUUID().toString().substring(0, 8);
        fixture.supplier(companies.get(0), facility + " Soubré", "CIV");
        fixture.supplier(companies.get(1), facility.toUpperCase() + "  SOUBRÉ", "CIV");
        fixture.supplier(companies.get(2), facility + ". Soubré", "CIV");
        fixture.supplier(companies.get(3), facility + ", soubré", "CIV");
        fixture.supplier(companies.get(4), facility + " Soubré", "GHA");
        count.count();
    }

    @Test
    void aCompanyLearnsHowManyOthersShareItsRiskFromThreeOnAndNeverWho() throws Exception {
        String page = page(get("/shared-risks").with(user(companies.get(0).viewer())));

        assertThat(rowOf(page, commodity(widely))).contains("<td>4</td>");
        assertThat(rowOf(page, commodity(three)))
                .as("two others: listed with the risks that are not shared, without a count")
                .doesNotContain("<td>2</td>")
                .doesNotContain("<td>3</td>");
        assertThat(rowOf(page, commodity(two))).doesNotContain("<td>1</td>");
        for (Company other : companies.subList(1, companies.size())) {
            assertThat(page).doesNotContain(other.id().toString()).doesNotContain("Company " + other.id());
        }
        assertThat(page).contains(facility + " Soubré (Ivoorkust): 3 andere bedrijven");
    }

    @Test
    void aCompanyThatDismissedTheRiskOrLeftItUnjudgedAtMediumIsNotCounted() throws Exception {
        String dismissed = page(get("/shared-risks").with(user(companies.get(5).viewer())));
        String medium = page(get("/shared-risks").with(user(companies.get(6).viewer())));

        assertThat(dismissed).doesNotContain(commodity(widely));
        assertThat(medium).doesNotContain(commodity(widely));
    }

    @Test
    void aCompanyThatOptsInIsNamedToTheOthersThatShareTheRiskAndToNoOneElse() throws Exception {
        Company shown = companies.get(1);
        mvc.perform(post("/shared-risks/visibility")
                        .with(user(shown.editor()))
                        .with(csrf())
                        .param("risk", three)
                        .param("visible", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(rowOf(page(get("/shared-risks").with(user(companies.get(0).viewer()))), commodity(three)))
                .contains("Company " + shown.id());
        assertThat(page(get("/shared-risks").with(user(companies.get(3).viewer()))))
                .as("a company that does not prioritise the risk")
                .doesNotContain("Company " + shown.id());

        mvc.perform(post("/shared-risks/visibility")
                        .with(user(shown.editor()))
                        .with(csrf())
                        .param("risk", three)
                        .param("visible", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/shared-risks").with(user(companies.get(0).viewer()))))
                .doesNotContain("Company " + shown.id());
    }

    @Test
    void aCompanyThatNoLongerPrioritisesTheRiskIsNoLongerNamed() throws Exception {
        Company shown = companies.get(2);
        mvc.perform(post("/shared-risks/visibility")
                        .with(user(shown.admin()))
                        .with(csrf())
                        .param("risk", widely)
                        .param("visible", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/shared-risks").with(user(companies.get(0).viewer()))))
                .contains("Company " + shown.id());

        fixture.decide(shown, widely, "DISMISSED");

        assertThat(page(get("/shared-risks").with(user(companies.get(0).viewer()))))
                .doesNotContain("Company " + shown.id());
    }

    @Test
    void onlyEditorsOptInAndOnlyForARiskTheyPrioritise() throws Exception {
        mvc.perform(post("/shared-risks/visibility")
                        .with(user(companies.get(0).viewer()))
                        .with(csrf())
                        .param("risk", widely)
                        .param("visible", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/shared-risks/visibility")
                        .with(user(companies.get(6).editor()))
                        .with(csrf())
                        .param("risk", widely)
                        .param("visible", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/shared-risks/visibility")
                        .with(user(companies.get(0).editor()))
                        .param("risk", widely)
                        .param("visible", "true"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM shared_risk_visibility WHERE commodity_code = ?")
                        .param(commodity(widely))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theSecretariatSeesEveryGroupOfThreeOrMoreAndNoSmallerOne() throws Exception {
        String page = page(get("/shared-risks/sector").with(user(fixture.organisations.secretariatAdmin())));

        assertThat(rowOf(page, commodity(widely))).contains("<td>5</td>");
        assertThat(rowOf(page, commodity(three))).contains("<td>3</td>");
        assertThat(page).doesNotContain(commodity(two));
        assertThat(rowOf(page, facility)).contains("<td>4</td>");
        mvc.perform(get("/shared-risks/sector").with(user(companies.get(0).admin())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCountKeepsNoGroupBelowThreeAndNamesNoCompany() {
        assertThat(jdbc.sql("SELECT min(companies) FROM shared_risk_group")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM shared_risk_group WHERE commodity_code = ?")
                        .param(commodity(two))
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(count.last())
                .hasValueSatisfying(last -> assertThat(last.riskGroups()).isGreaterThanOrEqualTo(2));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The table row that names this commodity or facility, in any case. */
    private static String rowOf(String page, String name) {
        for (String row : page.split("<tr>")) {
            String cells = row.contains("</tr>") ? row.substring(0, row.indexOf("</tr>")) : row;
            if (cells.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                return cells;
            }
        }
        throw new AssertionError("No row for " + name);
    }

    private static String commodity(String risk) {
        return risk.substring(0, risk.indexOf('/'));
    }
}
