package nl.ketenwijs.riskanalysis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.TenantScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-evaluation of all registers reads the moved pairs' verdicts once for every register. A register it
 * reaches after a newer revision's judging has begun is left to that revision's re-evaluation: the verdicts it
 * read would bring the register back to the older revision.
 */
class KnowledgeFollowingIntegrationTests extends WebIntegrationTest {

    @Autowired
    RegisterEvaluation evaluation;

    @Autowired
    TenantScope tenantScope;

    /** The application's own pool: register rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    @Test
    void anOlderRevisionsReEvaluationLeavesARegisterToTheNewerOne() {
        UUID company = aDemoCompanyWithARegister();
        List<String> before = register(company);
        String[] first = before.get(0).split("/");
        MovedPairs olderVerdicts = new MovedPairs.Builder()
                .add(first[0], first[1], first[2], first[3].equals("VERY_HIGH") ? "LOW" : "VERY_HIGH")
                .build();
        long newestJudged = jdbc.sql("SELECT max(revision) FROM pair_judgement")
                .query(Long.class)
                .single();

        evaluation.followKnowledge(company, newestJudged - 1, Long.MAX_VALUE, since -> olderVerdicts);

        assertThat(register(company)).isEqualTo(before);
    }

    /** One that holds no entry of the moved pairs is stamped at the revision, its entries as they were. */
    @Test
    void aRegisterHoldingNoneOfTheMovedPairsIsStamped() {
        UUID company = aDemoCompanyWithARegister();
        List<String> entries = register(company).stream()
                .map(KnowledgeFollowingIntegrationTests::withoutRevision)
                .toList();
        MovedPairs elsewhere = new MovedPairs.Builder()
                .add("cocoa", "ATA", "child_labour", "VERY_HIGH")
                .build();
        long newestJudged = jdbc.sql("SELECT max(revision) FROM pair_judgement")
                .query(Long.class)
                .single();
        tenantScope.asOrganisation(
                company, () -> appJdbc.sql("""
                                UPDATE register_evaluation SET knowledge_revision = knowledge_revision - 1
                                 WHERE organisation_id = ?
                                """).param(company).update());

        evaluation.followKnowledge(company, newestJudged, Long.MAX_VALUE, since -> elsewhere);

        assertThat(register(company)).allSatisfy(entry -> assertThat(entry).endsWith("/" + newestJudged));
        assertThat(register(company).stream().map(KnowledgeFollowingIntegrationTests::withoutRevision))
                .containsExactlyElementsOf(entries);
    }

    private static String withoutRevision(String entry) {
        return entry.substring(0, entry.lastIndexOf('/'));
    }

    private UUID aDemoCompanyWithARegister() {
        return jdbc
                .sql("SELECT id FROM organisation WHERE kind = 'COMPANY' ORDER BY name")
                .query(UUID.class)
                .list()
                .stream()
                .filter(company -> !register(company).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    /** Each entry as commodity/country/theme/level, with the revision the register was brought in line at. */
    private List<String> register(UUID company) {
        return tenantScope.asOrganisation(
                company,
                () -> appJdbc.sql("""
                        SELECT e.commodity_code || '/' || e.country_iso3 || '/' || e.theme || '/' || e.inherent_level
                               || '/' || v.knowledge_revision
                          FROM register_entry e JOIN register_evaluation v USING (organisation_id)
                         WHERE e.organisation_id = ? AND v.knowledge_revision IS NOT NULL
                         ORDER BY 1
                        """).param(company).query(String.class).list());
    }
}
