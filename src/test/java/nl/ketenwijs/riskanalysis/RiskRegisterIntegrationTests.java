package nl.ketenwijs.riskanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.riskanalysis.register.Cause;
import nl.ketenwijs.riskanalysis.register.RegisterEvaluation;
import nl.ketenwijs.riskknowledge.DatasetEditionPublished;
import nl.ketenwijs.riskknowledge.KnowledgeRevision;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class RiskRegisterIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    RiskRegisters registers;

    @Autowired
    RegisterListing listing;

    /** The application's own pool: company rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    @Autowired
    KnowledgeRevision revision;

    @Autowired
    RegisterEvaluation evaluation;

    @Autowired
    PlatformTransactionManager transactions;

    TestOrganisations fixtures;
    UUID company;
    Account editor;

    @BeforeEach
    void aCompanyThatBuysCocoaFromIvoryCoastAndVanillaFromSomewhere() throws Exception {
        fixtures = new TestOrganisations(jdbc, accounts);
        company = fixtures.aCompany();
        editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
        String product = mvc.perform(
                        post("/chain/products").with(user(editor)).with(csrf()).param("name", "Reep"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .replaceAll("^/chain/products/([0-9a-f-]+).*$", "$1");
        material(product, "Cacaobonen", "Ivoorkust");
        material(product, "Vanille", "onbekend");
        awaitRegister(entries -> entries.size() == Theme.values().length);
    }

    @Test
    void childLabourInCocoaFromIvoryCoastRanksFirstWithItsReasons() throws Exception {
        RegisterEntry first = ranked().get(0);
        assertThat(first.theme()).isIn(Theme.CHILD_LABOUR, Theme.FORCED_LABOUR);
        assertThat(first.level()).isEqualTo(Level.VERY_HIGH);
        assertThat(first.priority()).isEqualTo(25);
        assertThat(first.reasons()).isNotEmpty();
        assertThat(first.products()).containsExactly("Reep");

        mvc.perform(get("/register").with(user(editor)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kinderarbeid: Cacao uit Ivoorkust")))
                .andExpect(content().string(containsString("Vanille in Reep: herkomst (deels) onbekend")))
                .andExpect(content().string(containsString("risico\u2019s zonder gegevens: uitzoeken")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/register/entry")
                        .with(user(editor))
                        .param("commodity", "cocoa")
                        .param("country", "CIV")
                        .param("theme", "child_labour")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Child labour: Cocoa from Côte d")))
                .andExpect(content().string(containsString("25 of 25")))
                .andExpect(content().string(containsString("as produced with child labour")));
    }

    @Test
    void anUnknownLevelIsAGapToInvestigateNeverALowPriority() {
        RegisterEntry animalWelfare = entry(Theme.ANIMAL_WELFARE);
        assertThat(animalWelfare.level()).isEqualTo(Level.UNKNOWN);
        assertThat(animalWelfare.likelihood()).isNull();
        assertThat(animalWelfare.priority()).isNull();
        List<RegisterEntry> ranked = ranked();
        assertThat(ranked.indexOf(animalWelfare))
                .as("after every assessed risk")
                .isGreaterThan(
                        (int) ranked.stream().filter(e -> e.priority() != null).count() - 1);
    }

    @Test
    void dismissingNeedsAReasonAndKeepsTheHistory() throws Exception {
        mvc.perform(decide("corruption").param("decision", "DISMISSED").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reden: geef de reden")));
        assertThat(entry(Theme.CORRUPTION).decision()).isEqualTo(Decision.OPEN);

        mvc.perform(decide("corruption")
                        .param("decision", "DISMISSED")
                        .param("reason", "Wij kopen via een gecertificeerde coöperatie zonder tussenhandel."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(decide("corruption").param("decision", "REOPENED").param("reason", ""))
                .andExpect(status().is3xxRedirection());

        assertThat(entry(Theme.CORRUPTION).decision()).isEqualTo(Decision.REOPENED);
        assertThat(asCompany(() -> registers.history(company, key(Theme.CORRUPTION))))
                .extracting(RiskRegisters.Judged::decision)
                .containsExactly(Decision.REOPENED, Decision.DISMISSED);
    }

    @Test
    void anAdjustmentSetsSeverityAndLikelihoodAndSoThePriority() throws Exception {
        mvc.perform(decide("child_labour")
                        .param("decision", "ADJUSTED")
                        .param("severity", "5")
                        .param("likelihood", "2")
                        .param("reason", "Alle cacao komt van twee coöperaties met een werkend CLMRS."))
                .andExpect(status().is3xxRedirection());

        RegisterEntry adjusted = entry(Theme.CHILD_LABOUR);
        assertThat(adjusted.priority()).isEqualTo(10);
        assertThat(adjusted.level())
                .as("the inherent level stays what the sources say")
                .isEqualTo(Level.VERY_HIGH);
    }

    @Test
    void aViewerReadsTheRegisterButCannotJudge() throws Exception {
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        mvc.perform(get("/register").with(user(viewer))).andExpect(status().isOk());
        mvc.perform(post("/register/entry")
                        .with(user(viewer))
                        .with(csrf())
                        .param("commodity", "cocoa")
                        .param("country", "CIV")
                        .param("theme", "corruption")
                        .param("decision", "CONFIRMED"))
                .andExpect(status().isForbidden());
        assertThat(entry(Theme.CORRUPTION).decision()).isEqualTo(Decision.OPEN);
    }

    @Test
    void anotherCompanysEntryIsNotFound() throws Exception {
        Account stranger = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        mvc.perform(get("/register/entry")
                        .with(user(stranger))
                        .param("commodity", "cocoa")
                        .param("country", "CIV")
                        .param("theme", "corruption"))
                .andExpect(status().isNotFound());
    }

    @Test
    void removingTheRawMaterialTakesItsRisksOutAndSaysWhy() throws Exception {
        UUID cocoa = materialId("Cacaobonen");
        mvc.perform(
                post("/chain/materials/" + cocoa + "/delete").with(user(editor)).with(csrf()));

        awaitRegister(List::isEmpty);
        // Whether cocoa's arrival was logged depends on whether the empty product was evaluated first; its
        // departure always is.
        assertThat(asCompany(() -> registers.recentChanges(company, 100)))
                .filteredOn(change -> change.kind().equals("gone"))
                .hasSize(Theme.values().length)
                .allSatisfy(change -> assertThat(change.cause()).isEqualTo("CHAIN"));
    }

    @Test
    void aNewEditionReEvaluatesTheRegisterAndSaysTheKnowledgeChanged() {
        assertThat(entry(Theme.CORRUPTION).level()).isEqualTo(Level.MEDIUM);
        try {
            setIvoryCoastCorruptionRank("3.5");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> entry(Theme.CORRUPTION).level() == Level.HIGH);
            assertThat(storedHeatMap())
                    .as("the heat map shifted by the moved entry")
                    .isEqualTo(countedHeatMap());
            assertThat(asCompany(() -> registers.recentChanges(company, 100)))
                    .filteredOn(change ->
                            change.theme() == Theme.CORRUPTION && change.kind().equals("up"))
                    .singleElement()
                    .satisfies(change -> {
                        assertThat(change.cause()).isEqualTo("KNOWLEDGE");
                        assertThat(change.oldLevel()).isEqualTo(Level.MEDIUM);
                    });
        } finally {
            setIvoryCoastCorruptionRank("44.34");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> entry(Theme.CORRUPTION).level() == Level.MEDIUM);
    }

    /**
     * A new revision judges the pair again, but a verdict that comes out the same is not written again: the
     * sector's verdicts are not all rewritten on every edition.
     */
    @Test
    void aVerdictTheNewRevisionLeavesAsItWasIsNotWrittenAgain() {
        long judgedAt = judgedAt("cocoa", "CIV");
        String childLabour = verdictVersion("cocoa", "CIV", Theme.CHILD_LABOUR);
        setIvoryCoastCorruptionRank("44.34");
        await().atMost(Duration.ofSeconds(30)).until(() -> judgedAt("cocoa", "CIV") > judgedAt);
        assertThat(verdictVersion("cocoa", "CIV", Theme.CHILD_LABOUR)).isEqualTo(childLabour);
        assertThat(entry(Theme.CORRUPTION).level()).isEqualTo(Level.MEDIUM);
    }

    /**
     * Whether a pair's verdicts came out as before is asked of one digest of them all; a pair without one (as
     * judged before there were digests) has its verdicts compared one by one, written where they differ, and
     * gets one. Shown with a verdict changed behind the knowledge base's back.
     */
    @Test
    void aPairWithoutAVerdictsDigestHasEachVerdictComparedAndGetsOne() {
        String childLabour = jdbc.sql("""
                        SELECT level FROM pair_risk WHERE commodity_code = 'cocoa' AND country_iso3 = 'CIV'
                           AND theme = ?
                        """)
                .param(Theme.CHILD_LABOUR.code())
                .query(String.class)
                .single();
        String tampered = childLabour.equals("LOW") ? "HIGH" : "LOW";
        jdbc.sql("UPDATE pair_risk SET level = ? WHERE commodity_code = 'cocoa' AND country_iso3 = 'CIV' AND theme = ?")
                .params(tampered, Theme.CHILD_LABOUR.code())
                .update();
        jdbc.sql("""
                        UPDATE pair_judgement SET verdicts_digest = NULL
                         WHERE commodity_code = 'cocoa' AND country_iso3 = 'CIV'
                        """).update();
        long judgedAt = judgedAt("cocoa", "CIV");
        setIvoryCoastCorruptionRank("44.34");
        await().atMost(Duration.ofSeconds(30)).until(() -> judgedAt("cocoa", "CIV") > judgedAt);
        assertThat(jdbc.sql("""
                                SELECT level FROM pair_risk WHERE commodity_code = 'cocoa' AND country_iso3 = 'CIV'
                                   AND theme = ?
                                """)
                        .param(Theme.CHILD_LABOUR.code())
                        .query(String.class)
                        .single())
                .isEqualTo(childLabour);
        assertThat(jdbc.sql("""
                                SELECT verdicts_digest FROM pair_judgement
                                 WHERE commodity_code = 'cocoa' AND country_iso3 = 'CIV'
                                """).query(String.class).single()).hasSize(64);
        assertThat(levelsChangedAt("cocoa", "CIV")).isGreaterThan(judgedAt);
    }

    /**
     * After a knowledge change, a register none of whose pairs' levels moved is only stamped evaluated, and
     * one whose pair moved has that pair's entries brought in line. Shown with an entry taken out behind the
     * evaluation's back: only an evaluation that reaches the pair puts it back.
     */
    @Test
    void aKnowledgeChangeOnlyReachesThePairsWhoseLevelsMoved() {
        asCompany(() -> appJdbc.sql("DELETE FROM register_entry WHERE organisation_id = ? AND theme = ?")
                .params(company, Theme.CORRUPTION.code())
                .update());
        try {
            long unchanged = announcedRevision("44.34");
            await().atMost(Duration.ofSeconds(30)).until(() -> evaluatedRevision() >= unchanged);
            assertThat(judgedAt("cocoa", "CIV")).isGreaterThanOrEqualTo(unchanged);
            assertThat(ranked()).noneMatch(e -> e.theme() == Theme.CORRUPTION);

            long moved = announcedRevision("3.5");
            await().atMost(Duration.ofSeconds(30)).until(() -> evaluatedRevision() >= moved);
            assertThat(levelsChangedAt("cocoa", "CIV")).isEqualTo(moved);
            assertThat(entry(Theme.CORRUPTION).level()).isEqualTo(Level.HIGH);
        } finally {
            setIvoryCoastCorruptionRank("44.34");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> entry(Theme.CORRUPTION).level() == Level.MEDIUM);
    }

    /**
     * In a register whose chain had a pair the knowledge base could not judge, a pair whose levels moved and that
     * has no entries (as one the knowledge base has come to judge again) is read from the chain, products and all.
     */
    @Test
    void aMovedPairWithoutEntriesIsReadFromTheChain() {
        asCompany(() -> appJdbc.sql("UPDATE register_evaluation SET unknown_pairs = true WHERE organisation_id = ?")
                .param(company)
                .update());
        asCompany(() -> appJdbc.sql("DELETE FROM register_entry WHERE organisation_id = ? AND commodity_code = ?")
                .params(company, "cocoa")
                .update());
        try {
            long moved = announcedRevision("3.5");
            await().atMost(Duration.ofSeconds(30)).until(() -> evaluatedRevision() >= moved);
            assertThat(ranked())
                    .filteredOn(e -> e.commodityCode().equals("cocoa"))
                    .hasSize(Theme.values().length)
                    .allSatisfy(e -> assertThat(e.products()).containsExactly("Reep"));
            assertThat(entry(Theme.CORRUPTION).level()).isEqualTo(Level.HIGH);
        } finally {
            setIvoryCoastCorruptionRank("44.34");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> entry(Theme.CORRUPTION).level() == Level.MEDIUM);
    }

    private String storedHeatMap() {
        return asCompany(
                () -> appJdbc.sql("""
                        SELECT cell_severity::text || cell_likelihood::text || cell_count::text
                          FROM register_ranking WHERE organisation_id = ?
                        """).param(company).query(String.class).single());
    }

    private String countedHeatMap() {
        return asCompany(
                () -> appJdbc.sql("""
                        SELECT array_agg(severity ORDER BY severity, likelihood)::text
                               || array_agg(likelihood ORDER BY severity, likelihood)::text
                               || array_agg(n ORDER BY severity, likelihood)::text
                          FROM (SELECT severity, coalesce(final_likelihood, 0) AS likelihood, count(*)::int AS n
                                  FROM register_entry WHERE organisation_id = ? AND NOT dismissed
                                 GROUP BY 1, 2) c
                        """).param(company).query(String.class).single());
    }

    /**
     * A chain with a pair the knowledge base cannot judge (a commodity code no longer on its lists) is read again
     * at every knowledge change, in case the code comes back; a chain without one is only stamped.
     */
    @Test
    void aChainWithAPairTheKnowledgeBaseCannotJudgeIsReadAtEveryKnowledgeChange() {
        assertThat(unknownPairs()).isFalse();
        setCocoaCode("retired_commodity");
        try {
            evaluation.evaluate(company, Cause.CHAIN);
            assertThat(unknownPairs()).isTrue();
            long unchanged = announcedRevision("44.34");
            await().atMost(Duration.ofSeconds(30)).until(() -> evaluatedRevision() >= unchanged);
            assertThat(unknownPairs()).isTrue();
        } finally {
            setCocoaCode("cocoa");
            evaluation.evaluate(company, Cause.CHAIN);
        }
        assertThat(unknownPairs()).isFalse();
        assertThat(entry(Theme.CORRUPTION).level()).isEqualTo(Level.MEDIUM);
    }

    private void setCocoaCode(String code) {
        asCompany(() -> appJdbc.sql("UPDATE raw_material SET commodity_code = ? WHERE organisation_id = ? AND name = ?")
                .params(code, company, "Cacaobonen")
                .update());
    }

    private boolean unknownPairs() {
        return asCompany(() -> appJdbc.sql("SELECT unknown_pairs FROM register_evaluation WHERE organisation_id = ?")
                .param(company)
                .query(Boolean.class)
                .single());
    }

    private long announcedRevision(String ivoryCoastCorruptionRank) {
        setIvoryCoastCorruptionRank(ivoryCoastCorruptionRank);
        return jdbc.sql("SELECT revision FROM knowledge_revision")
                .query(Long.class)
                .single();
    }

    private long evaluatedRevision() {
        return asCompany(() -> appJdbc.sql(
                        "SELECT coalesce(knowledge_revision, -1) FROM register_evaluation WHERE organisation_id = ?")
                .param(company)
                .query(Long.class)
                .single());
    }

    private long levelsChangedAt(String commodity, String country) {
        return jdbc.sql("SELECT changed_revision FROM pair_judgement WHERE commodity_code = ? AND country_iso3 = ?")
                .params(commodity, country)
                .query(Long.class)
                .single();
    }

    /** Reasons that change with the level as it was are written: the entry's page shows them. */
    @Test
    void aVerdictWhoseReasonsChangeIsWrittenAgainThoughItsLevelStays() {
        String before = verdictVersion("cocoa", "CIV", Theme.CORRUPTION);
        try {
            setIvoryCoastCorruptionRank("41.5");
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            !verdictVersion("cocoa", "CIV", Theme.CORRUPTION).equals(before));
            assertThat(entry(Theme.CORRUPTION).level()).isEqualTo(Level.MEDIUM);
            assertThat(entry(Theme.CORRUPTION).reasons())
                    .anySatisfy(reason -> assertThat(reason.value()).isEqualTo("41.5"));
        } finally {
            setIvoryCoastCorruptionRank("44.34");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        entry(Theme.CORRUPTION).reasons().stream().anyMatch(reason -> "44.34".equals(reason.value())));
    }

    private long judgedAt(String commodity, String country) {
        return jdbc.sql("SELECT revision FROM pair_judgement WHERE commodity_code = ? AND country_iso3 = ?")
                .params(commodity, country)
                .query(Long.class)
                .single();
    }

    /** The row version: a row written again, even with the same values, gets another. */
    private String verdictVersion(String commodity, String country, Theme theme) {
        return jdbc.sql("""
                        SELECT xmin::text || ':' || ctid::text FROM pair_risk
                         WHERE commodity_code = ? AND country_iso3 = ? AND theme = ?
                        """)
                .params(commodity, country, theme.code())
                .query(String.class)
                .single();
    }

    /** The evaluation stores each entry it writes with its rank, so the page lists it as the register ranks it. */
    @Test
    void theEvaluationWritesItsEntriesRankedAsTheRegisterRanksThem() {
        assertTheListingFollowsTheRegister();
        try {
            setIvoryCoastCorruptionRank("3.5");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> entry(Theme.CORRUPTION).level() == Level.HIGH);
            assertTheListingFollowsTheRegister();
        } finally {
            setIvoryCoastCorruptionRank("44.34");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> entry(Theme.CORRUPTION).level() == Level.MEDIUM);
    }

    private void assertTheListingFollowsTheRegister() {
        assertThat(asCompany(() -> appJdbc.sql(
                                "SELECT count(*) FROM register_entry WHERE organisation_id = ? AND rank IS NULL")
                        .param(company)
                        .query(Integer.class)
                        .single()))
                .as("entries the evaluation left unranked")
                .isZero();
        List<String> listed =
                asCompany(() -> listing.page(company, RegisterListing.Criteria.ALL, 0, 1_000)).entries().stream()
                        .map(RiskRegisterIntegrationTests::shown)
                        .toList();
        assertThat(listed)
                .containsExactlyElementsOf(ranked().stream()
                        .filter(e -> !e.isDismissed())
                        .map(RiskRegisterIntegrationTests::shown)
                        .toList());
    }

    private static String shown(RegisterEntry entry) {
        return "%s/%s/%s %s s%d l%s"
                .formatted(
                        entry.commodityCode(),
                        entry.countryIso3(),
                        entry.theme().code(),
                        entry.level(),
                        entry.severity(),
                        entry.likelihood());
    }

    private void setIvoryCoastCorruptionRank(String rank) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            appJdbc.sql("UPDATE evidence_value SET value = ? WHERE data_set = 'wgi' AND iso3 = 'CIV'"
                            + " AND field = 'cc_pctrank'")
                    .param(rank)
                    .update();
            revision.announce(new DatasetEditionPublished("wgi", "2023", "2023"));
        });
    }

    @Test
    void aFinishedReEvaluationLeavesNoEventBehind() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%ChainChanged'")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL")
                        .query(Long.class)
                        .single())
                .as("completed publications are deleted, so the table holds only unfinished work")
                .isZero();
    }

    @Test
    void aCompanyWeighsAThemeItsOwnWayWithAReason() throws Exception {
        assertThat(entry(Theme.CORRUPTION).severity()).isEqualTo(Severity.defaultFor(Theme.CORRUPTION));
        mvc.perform(post("/register/severity")
                        .with(user(editor))
                        .with(csrf())
                        .param("theme", "corruption")
                        .param("severity", "4")
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reden: zeg waarom u dit thema zo weegt.")));
        assertThat(entry(Theme.CORRUPTION).severity()).isEqualTo(2);

        mvc.perform(post("/register/severity")
                        .with(user(editor))
                        .with(csrf())
                        .param("theme", "corruption")
                        .param("severity", "4")
                        .param("reason", "Onze cacao gaat door veel handen in havens met bekende smeergeldpraktijken."))
                .andExpect(status().is3xxRedirection());

        RegisterEntry weighed = entry(Theme.CORRUPTION);
        assertThat(weighed.severity()).isEqualTo(4);
        assertThat(weighed.priority()).isEqualTo(4 * weighed.likelihood());
        mvc.perform(get("/register/severity").with(user(editor)))
                .andExpect(content().string(containsString("Uw keuze: 4 van 5, omdat: Onze cacao")));

        mvc.perform(post("/register/severity")
                        .with(user(editor))
                        .with(csrf())
                        .param("theme", "corruption")
                        .param("severity", "")
                        .param("reason", "Terug naar de standaard na het gesprek met de branche."))
                .andExpect(status().is3xxRedirection());
        assertThat(entry(Theme.CORRUPTION).severity()).isEqualTo(2);
    }

    @Test
    void aViewerCannotWeighAThemeAndAnotherCompanyIsNotTouched() throws Exception {
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        mvc.perform(get("/register/severity").with(user(viewer))).andExpect(status().isOk());
        mvc.perform(post("/register/severity")
                        .with(user(viewer))
                        .with(csrf())
                        .param("theme", "corruption")
                        .param("severity", "5")
                        .param("reason", "Zomaar."))
                .andExpect(status().isForbidden());
        Account stranger = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        mvc.perform(post("/register/severity")
                        .with(user(stranger))
                        .with(csrf())
                        .param("theme", "corruption")
                        .param("severity", "5")
                        .param("reason", "Voor ons eigen register."))
                .andExpect(status().is3xxRedirection());
        assertThat(entry(Theme.CORRUPTION).severity()).isEqualTo(2);
    }

    @Test
    void theApiGivesTheRankedEntriesWithStableThemeCodes() throws Exception {
        mvc.perform(get("/api/v1/risk-register").with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].rank").value(1))
                .andExpect(jsonPath("$.entries[0].commodity").value("cocoa"))
                .andExpect(jsonPath("$.entries[0].country").value("CIV"))
                .andExpect(jsonPath("$.entries[0].level").value("very_high"))
                .andExpect(jsonPath("$.entries[0].priority").value(25))
                .andExpect(jsonPath("$.entries[?(@.theme == 'animal_welfare')].priority")
                        .value(org.hamcrest.Matchers.contains((Object) null)));
    }

    private MockHttpServletRequestBuilder decide(String theme) {
        return post("/register/entry")
                .with(user(editor))
                .with(csrf())
                .param("commodity", "cocoa")
                .param("country", "CIV")
                .param("theme", theme);
    }

    private void material(String product, String name, String origins) throws Exception {
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", name)
                        .param("origins", origins))
                .andExpect(status().is3xxRedirection());
    }

    private UUID materialId(String name) {
        return jdbcAsCompany("SELECT id FROM raw_material WHERE name = ?", name);
    }

    private UUID jdbcAsCompany(String sql, String param) {
        return tenantScope.asOrganisation(
                company, () -> appJdbc.sql(sql).param(param).query(UUID.class).single());
    }

    /** Company rows are read as the company: row-level security admits no one else. */
    private <T> T asCompany(java.util.function.Supplier<T> read) {
        return tenantScope.asOrganisation(company, read);
    }

    private List<RegisterEntry> ranked() {
        return asCompany(() -> registers.ranked(company));
    }

    private RegisterEntry entry(Theme theme) {
        return ranked().stream()
                .filter(e -> e.theme() == theme && e.commodityCode().equals("cocoa"))
                .findFirst()
                .orElseThrow();
    }

    private static RegisterDecisions.EntryKey key(Theme theme) {
        return new RegisterDecisions.EntryKey("cocoa", "CIV", theme);
    }

    private void awaitRegister(java.util.function.Predicate<List<RegisterEntry>> condition) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> condition.test(ranked()));
    }
}
