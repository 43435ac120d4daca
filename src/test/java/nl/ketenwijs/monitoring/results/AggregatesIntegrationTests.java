package nl.ketenwijs.monitoring.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.monitoring.AssessmentFixtures;
import nl.ketenwijs.monitoring.Questionnaires;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.ApiTokens;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A branch named like a formula with six SME members and one large one in 2073; five SMEs submitted. Its
 * staff, the secretariat and a member company ask for the aggregates through the page, the exports and the
 * API.
 */
class AggregatesIntegrationTests extends WebIntegrationTest {

    static final int YEAR = 2073;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DataSource pool;

    @Autowired
    TenantScope tenantScope;

    TestOrganisations fixtures;
    String branchName;
    UUID branch;
    Account staff;
    Account companyAdmin;

    @BeforeEach
    void aBranchWithFiveSubmittedMembers() {
        AssessmentFixtures assessments = new AssessmentFixtures(pool, jdbc, questionnaires);
        assessments.publishedYear(YEAR);
        fixtures = new TestOrganisations(jdbc, accounts);
        branchName = "=HYPERLINK(\"http://example.org\") " + UUID.randomUUID();
        branch = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisation (id, kind, name) VALUES (?, 'BRANCH_ORGANISATION', ?)")
                .params(branch, branchName)
                .update();
        staff = fixtures.aPersonIn(branch, Role.BRANCH_STAFF);
        for (int i = 0; i < 7; i++) {
            UUID company = fixtures.aCompany();
            jdbc.sql("INSERT INTO branch_membership (company_id, branch_id) VALUES (?, ?)")
                    .params(company, branch)
                    .update();
            if (i == 6) {
                jdbc.sql("UPDATE organisation SET size_class = 'LARGE' WHERE id = ?")
                        .param(company)
                        .update();
                companyAdmin = fixtures.aPersonIn(company, Role.COMPANY_ADMIN);
            } else if (i < 5) {
                assessments.assessment(company, YEAR, "SUBMITTED", i % 5);
            }
        }
    }

    @Test
    void aBranchTokenGetsItsOwnMembersOnlyWithSmallCellsSuppressed() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/monitoring/aggregates")
                        .param("year", String.valueOf(YEAR))
                        .header("Authorization", "Bearer " + tokenOf(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.minimumGroupSize").value(5))
                .andExpect(jsonPath("$.cells.length()").value(3))
                .andExpect(jsonPath("$.cells[0].kind").value("BRANCH"))
                .andExpect(jsonPath("$.cells[0].name").value(branchName))
                .andExpect(jsonPath("$.cells[0].participation.invited").value(7))
                .andExpect(jsonPath("$.cells[0].participation.submitted").value(5))
                .andExpect(jsonPath("$.cells[0].steps[0].step").value("POLICY"))
                .andExpect(jsonPath("$.cells[0].steps[0].levels[0]").value(1))
                .andExpect(jsonPath("$.cells[0].steps[0].mean").value(2.0))
                .andExpect(jsonPath("$.cells[2].name").value("LARGE"))
                .andExpect(jsonPath("$.cells[2].suppressed").value(true))
                .andExpect(jsonPath("$.cells[2].participation.suppressed").value(true))
                .andExpect(jsonPath("$.cells[2].participation.invited").doesNotExist())
                .andExpect(jsonPath("$.cells[2].steps[0].suppressed").value(true))
                .andExpect(jsonPath("$.cells[2].steps[0].levels").doesNotExist())
                .andExpect(jsonPath("$.cells[2].steps[0].mean").doesNotExist())
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsString()).doesNotContain("SECTOR");
    }

    @Test
    void theSecretariatGetsTheSectorAndEveryBranchAndACompanyTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/monitoring/aggregates")
                        .param("year", String.valueOf(YEAR))
                        .header("Authorization", "Bearer " + tokenOf(fixtures.secretariatAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cells[0].kind").value("SECTOR"))
                .andExpect(jsonPath("$.cells[0].participation.suppressed").value(false))
                .andExpect(jsonPath("$.cells[?(@.name == '" + branchName.replace("\"", "\\\"") + "')].kind")
                        .value("BRANCH"));

        mvc.perform(get("/api/v1/monitoring/aggregates")
                        .param("year", String.valueOf(YEAR))
                        .header("Authorization", "Bearer " + tokenOf(companyAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/monitoring/aggregates").param("year", String.valueOf(YEAR)))
                .andExpect(status().isUnauthorized());
        assertThat(mvc.perform(get("/monitoring/aggregates").with(user(companyAdmin)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void branchStaffSeeTheirMembersOnThePageAndExportThemWithFormulasMadeInert() throws Exception {
        String page = mvc.perform(get("/monitoring/aggregates")
                        .param("year", String.valueOf(YEAR))
                        .param("lang", "nl")
                        .with(user(staff)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Uitgenodigd", "Grote bedrijven", "niet getoond: minder dan 5 bedrijven")
                .doesNotContain("Hele sector");

        MockHttpServletResponse csv = mvc.perform(get("/monitoring/aggregates/export")
                        .param("year", String.valueOf(YEAR))
                        .param("format", "csv")
                        .with(user(staff)))
                .andReturn()
                .getResponse();
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(text)
                .startsWith("\ufeffyear;group_kind;group;")
                .contains("2073;BRANCH;\"'=HYPERLINK(\"\"http://example.org\"\")")
                .contains(";POLICY;5;1;1;1;1;1;2,00;")
                .contains("suppressed: fewer than 5 companies")
                .doesNotContain("SECTOR");

        MockHttpServletResponse xlsx = mvc.perform(get("/monitoring/aggregates/export")
                        .param("year", String.valueOf(YEAR))
                        .param("format", "xlsx")
                        .with(user(staff)))
                .andReturn()
                .getResponse();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(2).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    private String tokenOf(Account account) {
        return tenantScope.asOrganisation(
                account.organisationId(),
                () -> tokens.issue(account, "monitoring test", 30).value());
    }
}
