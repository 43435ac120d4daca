package nl.ketenwijs.monitoring.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.monitoring.AggregateCell;
import nl.ketenwijs.monitoring.AssessmentFixtures;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.MonitoringResults;
import nl.ketenwijs.monitoring.Questionnaires;
import nl.ketenwijs.monitoring.StepFigures;
import nl.ketenwijs.monitoring.YearResults;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A branch of seven members in 2072: five submitted or accepted (levels 1, 2, 2, 3, 4), one returned,
 * one a draft; in 2071 five of them at level 1. A second branch of four members who all submitted.
 */
class MonitoringResultsIntegrationTests extends WebIntegrationTest {

    static final int YEAR = 2072;

    @Autowired
    MonitoringResults results;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    DataSource pool;

    AssessmentFixtures assessments;
    UUID branch;
    UUID smallBranch;
    String branchName;
    List<UUID> members;

    @BeforeEach
    void twoBranchesWithAssessments() {
        assessments = new AssessmentFixtures(pool, jdbc, questionnaires);
        assessments.publishedYear(YEAR - 1);
        assessments.publishedYear(YEAR);
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        branchName = "Branche " + UUID.randomUUID();
        branch = branch(branchName);
        smallBranch = branch("Kleine branche " + UUID.randomUUID());
        members = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UUID company = fixtures.aCompany();
            join(company, branch);
            members.add(company);
        }
        int[] levels = {1, 2, 2, 3, 4};
        for (int i = 0; i < 5; i++) {
            assessments.assessment(members.get(i), YEAR, i == 0 ? "ACCEPTED" : "SUBMITTED", levels[i]);
            assessments.assessment(members.get(i), YEAR - 1, "ACCEPTED", 1);
        }
        assessments.assessment(members.get(5), YEAR, "RETURNED", 0);
        assessments.assessment(members.get(6), YEAR, "DRAFT", 0);
        for (int i = 0; i < 4; i++) {
            UUID company = fixtures.aCompany();
            join(company, smallBranch);
            assessments.assessment(company, YEAR, "SUBMITTED", 4);
        }
    }

    @Test
    void aBranchOfFiveAssessedMembersShowsParticipationDistributionAndChange() {
        YearResults year = results.branch(branch, YEAR);

        AggregateCell whole = year.whole();
        assertThat(whole.kind()).isEqualTo(AggregateCell.Kind.BRANCH);
        assertThat(whole.name()).isEqualTo(branchName);
        assertThat(whole.participation()).isEqualTo(new AggregateCell.Participation(false, 7, 6, 1, 5));
        StepFigures policy = step(whole, DueDiligenceStep.POLICY);
        assertThat(policy.suppressed()).isFalse();
        assertThat(policy.levels()).containsExactly(0, 1, 2, 1, 1);
        assertThat(policy.mean()).isEqualByComparingTo("2.40");
        assertThat(policy.previousMean()).isEqualByComparingTo("1.00");
        assertThat(policy.change()).isEqualByComparingTo(new BigDecimal("1.40"));
        assertThat(year.branches()).isEmpty();
        // All members are SMEs: the large companies are a group of none.
        assertThat(year.sizeClasses().get(0).participation().invited()).isEqualTo(7);
        assertThat(year.sizeClasses().get(1).participation().suppressed()).isTrue();
        assertThat(year.sizeClasses().get(1).suppressed()).isTrue();
    }

    @Test
    void aBranchWithFewerThanFiveCompaniesIsSuppressedWithoutFigures() {
        AggregateCell small = results.branch(smallBranch, YEAR).whole();

        assertThat(small.participation()).isEqualTo(AggregateCell.Participation.withheld());
        assertThat(small.suppressed()).isTrue();
        assertThat(small.steps()).allSatisfy(step -> {
            assertThat(step.levels()).isEmpty();
            assertThat(step.mean()).isNull();
        });
        // Not even the database hands out the small group's levels.
        assertThat(assessments
                        .jdbc()
                        .sql("SELECT count(*) FROM kw_assessment_figures(?, ?, 5) WHERE step IS NOT NULL")
                        .params(YEAR, new UUID[] {members(smallBranch).get(0)})
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theSectorListsEveryBranchAndCountsEveryCompany() {
        YearResults sector = results.sector(YEAR);

        assertThat(sector.whole().kind()).isEqualTo(AggregateCell.Kind.SECTOR);
        assertThat(sector.whole().participation().assessed()).isGreaterThanOrEqualTo(9);
        assertThat(step(sector.whole(), DueDiligenceStep.IDENTIFY).suppressed()).isFalse();
        AggregateCell ours = sector.branches().stream()
                .filter(cell -> cell.name().equals(branchName))
                .findFirst()
                .orElseThrow();
        assertThat(step(ours, DueDiligenceStep.TRACK).levels()).containsExactly(0, 1, 2, 1, 1);
        assertThat(sector.branches())
                .filteredOn(cell -> cell.key().equals(smallBranch.toString()))
                .singleElement()
                .satisfies(cell -> assertThat(cell.suppressed()).isTrue());
        assertThat(results.years()).contains(YEAR, YEAR - 1);
    }

    @Test
    void aCompanySeesItsLevelsOverTheYearsBesideItsSizeClassesMean() throws Exception {
        Account admin = new TestOrganisations(jdbc, accounts).aPersonIn(members.get(4), Role.COMPANY_ADMIN);

        String page = mvc.perform(get("/assessment/results").param("lang", "nl").with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Gemiddelde Mkb " + (YEAR - 1), "Gemiddelde Mkb " + YEAR)
                .containsPattern("<td>4</td>\\s*<td>[0-9]\\.[0-9]{2}</td>")
                .doesNotContain("minder dan 5 bedrijven");
    }

    private static StepFigures step(AggregateCell cell, DueDiligenceStep step) {
        return cell.steps().stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    private List<UUID> members(UUID of) {
        return jdbc.sql("SELECT company_id FROM branch_membership WHERE branch_id = ?")
                .param(of)
                .query(UUID.class)
                .list();
    }

    private UUID branch(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisation (id, kind, name) VALUES (?, 'BRANCH_ORGANISATION', ?)")
                .params(id, name)
                .update();
        return id;
    }

    private void join(UUID company, UUID branch) {
        jdbc.sql("INSERT INTO branch_membership (company_id, branch_id) VALUES (?, ?)")
                .params(company, branch)
                .update();
    }
}
