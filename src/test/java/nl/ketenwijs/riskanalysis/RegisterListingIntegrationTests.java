package nl.ketenwijs.riskanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listing ranks, filters and counts in PostgreSQL what {@link RiskRegisters} ranks in Java: over a register
 * with every kind of entry (each level, covering and other certifications, failed audits, adjusted, dismissed,
 * reopened and confirmed entries, a theme the company weighs its own way), both must agree entry by entry.
 */
class RegisterListingIntegrationTests extends WebIntegrationTest {

    private static final String[] COUNTRIES = {"CIV", "GHA", "ECU", "IDN"};
    private static final String[] COMMODITIES = {"cocoa", "coffee", "palm_oil", "cane_sugar", "vanilla"};

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    RiskRegisters registers;

    @Autowired
    RegisterListing listing;

    @Autowired
    RegisterDecisions decisions;

    @Autowired
    ThemeSeverities themeSeverities;

    /** The application's own pool: company rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    UUID company;

    @BeforeEach
    void aRegisterWithEveryKindOfEntry() {
        company = new TestOrganisations(jdbc, accounts).aCompany();
        Level[] levels = Level.values();
        String[][] certifications = {{}, {"fairtrade"}, {"rspo", "organic"}, {"msc"}, {"no_longer_known"}};
        tenantScope.asOrganisation(company, () -> {
            int n = 0;
            for (String commodity : COMMODITIES) {
                for (String country : COUNTRIES) {
                    for (Theme theme : Theme.values()) {
                        n++;
                        appJdbc.sql("""
                                        INSERT INTO register_entry (organisation_id, commodity_code, country_iso3,
                                               theme, inherent_level, products, evaluated_at, certifications,
                                               audit_failed)
                                        VALUES (?, ?, ?, ?, ?, ?, now(), ?, ?)
                                        """)
                                .params(
                                        company,
                                        commodity,
                                        country,
                                        theme.code(),
                                        levels[n % levels.length].name(),
                                        new String[] {n % 3 == 0 ? "Reep puur" : "Koffie_blik", "Alles"},
                                        certifications[n % certifications.length],
                                        n % 7 == 0)
                                .update();
                        decide(n, commodity, country, theme);
                    }
                }
            }
            appJdbc.sql("""
                            INSERT INTO theme_severity (id, organisation_id, theme, severity, reason, decided_by)
                            VALUES (gen_random_uuid(), ?, 'corruption', 5, 'Onze sector kent omkoping', 'test'),
                                   (gen_random_uuid(), ?, 'water', 1, 'Eerst zo', 'test')
                            """).params(company, company).update();
            appJdbc.sql("""
                            INSERT INTO theme_severity (id, organisation_id, theme, severity, reason, decided_by,
                                                        decided_at)
                            VALUES (gen_random_uuid(), ?, 'water', NULL, 'Terug naar de standaard', 'test',
                                    now() + interval '1 second')
                            """).param(company).update();
            return null;
        });
    }

    /** Every 6th entry adjusted, every 11th dismissed, every 13th dismissed and then reopened, every 4th confirmed. */
    private void decide(int n, String commodity, String country, Theme theme) {
        if (n % 6 == 0) {
            judge(commodity, country, theme, "ADJUSTED", 1 + (n / 6) % 5, 1 + (n / 30) % 5, 0);
        } else if (n % 11 == 0) {
            judge(commodity, country, theme, "DISMISSED", null, null, 0);
        } else if (n % 13 == 0) {
            judge(commodity, country, theme, "DISMISSED", null, null, 0);
            judge(commodity, country, theme, "REOPENED", null, null, 1);
        } else if (n % 4 == 0) {
            judge(commodity, country, theme, "CONFIRMED", null, null, 0);
        }
    }

    private void judge(
            String commodity,
            String country,
            Theme theme,
            String decision,
            Integer severity,
            Integer likelihood,
            int secondsLater) {
        appJdbc.sql("""
                        INSERT INTO register_decision (id, organisation_id, commodity_code, country_iso3, theme,
                               decision, severity, likelihood, reason, decided_by, decided_at)
                        VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, 'Omdat het zo is', 'test',
                                now() + make_interval(secs => ?))
                        """)
                .params(company, commodity, country, theme.code(), decision, severity, likelihood, secondsLater)
                .update();
    }

    @Test
    void theListingRanksAsTheRegisterDoes() {
        List<RegisterEntry> ranked = asCompany(() -> registers.ranked(company));
        List<RegisterEntry> open = ranked.stream().filter(e -> !e.isDismissed()).toList();
        assertThat(open).hasSizeGreaterThan(200);
        assertThat(ranked.stream().filter(RegisterEntry::isDismissed)).isNotEmpty();
        assertThat(open.stream().filter(e -> !e.adjustments().isEmpty()))
                .as("certifications and audits moved some likelihoods")
                .hasSizeGreaterThan(20);

        RegisterListing.Page all = asCompany(() -> listing.page(company, RegisterListing.Criteria.ALL, 0, 10_000));

        assertThat(all.total()).isEqualTo(open.size());
        assertThat(summaries(all.entries())).containsExactlyElementsOf(summaries(open));
        assertThat(summaries(asCompany(() -> listing.dismissed(company))))
                .containsExactlyElementsOf(summaries(
                        ranked.stream().filter(RegisterEntry::isDismissed).toList()));
    }

    @Test
    void pagesAreSlicesOfTheRankedListWithTheTotalOfTheFilter() {
        List<RegisterEntry> open = asCompany(() -> registers.ranked(company)).stream()
                .filter(e -> !e.isDismissed())
                .toList();

        RegisterListing.Page third = asCompany(() -> listing.page(company, RegisterListing.Criteria.ALL, 100, 50));
        RegisterListing.Page beyond = asCompany(() -> listing.page(company, RegisterListing.Criteria.ALL, 100_000, 50));

        assertThat(summaries(third.entries())).containsExactlyElementsOf(summaries(open.subList(100, 150)));
        assertThat(third.total()).isEqualTo(open.size());
        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.total()).isEqualTo(open.size());
    }

    @Test
    void eachFilterAdmitsWhatTheRegisterHolds() {
        List<RegisterEntry> open = asCompany(() -> registers.ranked(company)).stream()
                .filter(e -> !e.isDismissed())
                .toList();

        assertFilter(
                new RegisterListing.Criteria(null, "child_labour", null, null, null),
                open,
                e -> e.theme() == Theme.CHILD_LABOUR);
        assertFilter(
                new RegisterListing.Criteria(null, null, "GHA", null, null),
                open,
                e -> e.countryIso3().equals("GHA"));
        assertFilter(
                new RegisterListing.Criteria(null, null, null, 4, 3),
                open,
                e -> e.severity() == 4 && Integer.valueOf(3).equals(e.likelihood()));
        assertFilter(new RegisterListing.Criteria(null, null, null, null, 0), open, RegisterEntry::isGap);
        assertFilter(
                new RegisterListing.Criteria("reep", "corruption", "CIV", null, null),
                open,
                e -> e.products().contains("Reep puur")
                        && e.theme() == Theme.CORRUPTION
                        && e.countryIso3().equals("CIV"));
        assertFilter(new RegisterListing.Criteria("Alles", null, null, null, null), open, e -> true);
        // A name chosen from the list is matched whole, also where it holds a LIKE wildcard.
        assertFilter(
                new RegisterListing.Criteria("Koffie_blik", null, null, null, null),
                open,
                e -> e.products().contains("Koffie_blik"));
        assertFilter(new RegisterListing.Criteria("Koffie%", null, null, null, null), open, e -> false);
    }

    @Test
    void theCellsCountTheOpenEntriesWithTheGapsInTheirOwnColumn() {
        List<RegisterEntry> open = asCompany(() -> registers.ranked(company)).stream()
                .filter(e -> !e.isDismissed())
                .toList();
        Map<List<Integer>, Long> expected = open.stream()
                .collect(Collectors.groupingBy(
                        e -> List.of(e.severity(), e.likelihood() == null ? 0 : e.likelihood()),
                        Collectors.counting()));

        RegisterListing.Overview overview = asCompany(() -> listing.overview(company));
        Map<List<Integer>, Long> counted = overview.cells().stream()
                .collect(Collectors.toMap(c -> List.of(c.severity(), c.likelihood()), RegisterListing.Cell::count));

        assertThat(counted).isEqualTo(expected);
        assertThat(counted.keySet()).anyMatch(cell -> cell.get(1) == 0);
        assertThat(overview.countries()).containsExactly("CIV", "ECU", "GHA", "IDN");
        assertThat(overview.open()).isEqualTo(open.size());
    }

    /**
     * The listing reads ranks stored with the entries: a judgement, a theme weighed anew and a changed chain
     * (the evaluation's own test covers that) must move the entries they touch at once.
     */
    @Test
    void aJudgementAndAThemeWeighedAnewMoveTheirEntriesAtOnce() {
        RegisterEntry top = asCompany(() -> listing.page(company, RegisterListing.Criteria.ALL, 0, 1))
                .entries()
                .get(0);
        RegisterEntry last =
                asCompany(() -> listing.page(company, RegisterListing.Criteria.ALL, 0, 10_000)).entries().stream()
                        .reduce((first, second) -> second)
                        .orElseThrow();

        asCompany(() -> {
            decisions.decide(
                    company,
                    new RegisterDecisions.EntryKey(top.commodityCode(), top.countryIso3(), top.theme()),
                    new RegisterDecisions.Judgement(Decision.DISMISSED, null, null, "Niet in onze keten"),
                    "test");
            decisions.decide(
                    company,
                    new RegisterDecisions.EntryKey(last.commodityCode(), last.countryIso3(), last.theme()),
                    new RegisterDecisions.Judgement(Decision.ADJUSTED, 5, 5, "Ter plaatse gezien"),
                    "test");
            themeSeverities.choose(company, Theme.LAND_RIGHTS, 5, "Landrechten wegen voor ons zwaar", "test");
            return null;
        });

        List<RegisterEntry> ranked = asCompany(() -> registers.ranked(company));
        List<RegisterEntry> open = ranked.stream().filter(e -> !e.isDismissed()).toList();
        List<RegisterEntry> listed = asCompany(() -> listing.page(company, RegisterListing.Criteria.ALL, 0, 10_000))
                .entries();
        assertThat(summaries(listed)).containsExactlyElementsOf(summaries(open));
        assertThat(summaries(asCompany(() -> listing.dismissed(company))))
                .containsExactlyElementsOf(summaries(
                        ranked.stream().filter(RegisterEntry::isDismissed).toList()));
        assertThat(listed)
                .noneMatch(e -> e.commodityCode().equals(top.commodityCode())
                        && e.countryIso3().equals(top.countryIso3())
                        && e.theme() == top.theme());
        assertThat(listed.get(0).priority()).isEqualTo(25);
        assertThat(listed.stream().filter(e -> e.theme() == Theme.LAND_RIGHTS && e.decision() != Decision.ADJUSTED))
                .isNotEmpty()
                .allMatch(e -> e.severity() == 5);
    }

    /** Ranks stored by a version with other rules (other theme defaults, say) are not shown: all are ranked anew. */
    @Test
    void ranksByOtherRulesAreWorkedOutAgain() {
        List<RegisterEntry> open = asCompany(() -> registers.ranked(company)).stream()
                .filter(e -> !e.isDismissed())
                .toList();
        asCompany(() -> listing.overview(company));
        asCompany(() -> {
            appJdbc.sql("UPDATE register_ranking SET rules = 'an older version' WHERE organisation_id = ?")
                    .param(company)
                    .update();
            return appJdbc.sql("UPDATE register_entry SET severity = 1, rank = 1 WHERE organisation_id = ?")
                    .param(company)
                    .update();
        });

        RegisterListing.Page all = asCompany(() -> listing.page(company, RegisterListing.Criteria.ALL, 0, 10_000));

        assertThat(summaries(all.entries())).containsExactlyElementsOf(summaries(open));
    }

    /** The page's one read gives what its parts give apart, counted from the heat map when unfiltered. */
    @Test
    void aViewIsTheOverviewAPageAndTheDismissedTogether() {
        RegisterListing.Criteria ghana = new RegisterListing.Criteria(null, null, "GHA", null, null);
        RegisterListing.Page filtered = asCompany(() -> listing.page(company, ghana, 0, 5));
        RegisterListing.Page all = asCompany(() -> listing.page(company, RegisterListing.Criteria.ALL, 50, 50));
        List<RegisterEntry> dismissed = asCompany(() -> listing.dismissed(company));

        RegisterListing.View ghanaView = asCompany(() -> listing.view(company, ghana, 0, 5));
        RegisterListing.View allView = asCompany(() -> listing.view(company, RegisterListing.Criteria.ALL, 50, 50));

        assertThat(summaries(ghanaView.entries())).containsExactlyElementsOf(summaries(filtered.entries()));
        assertThat(ghanaView.shown()).isEqualTo(filtered.total()).isLessThan(all.total());
        assertThat(summaries(allView.entries())).containsExactlyElementsOf(summaries(all.entries()));
        assertThat(allView.shown()).isEqualTo(all.total());
        assertThat(allView.overview().open()).isEqualTo(all.total());
        assertThat(summaries(allView.dismissed())).isNotEmpty().containsExactlyElementsOf(summaries(dismissed));
    }

    @Test
    void anotherCompanySeesNoneOfIt() {
        UUID other = new TestOrganisations(jdbc, accounts).aCompany();

        RegisterListing.Page page =
                tenantScope.asOrganisation(other, () -> listing.page(company, RegisterListing.Criteria.ALL, 0, 50));

        assertThat(page.entries()).isEmpty();
        assertThat(tenantScope
                        .asOrganisation(other, () -> listing.overview(company))
                        .cells())
                .isEmpty();
    }

    private void assertFilter(
            RegisterListing.Criteria criteria, List<RegisterEntry> open, Predicate<RegisterEntry> admits) {
        List<RegisterEntry> expected = open.stream().filter(admits).toList();
        RegisterListing.Page page = asCompany(() -> listing.page(company, criteria, 0, 10_000));
        assertThat(summaries(page.entries())).as(criteria.toString()).containsExactlyElementsOf(summaries(expected));
        assertThat(page.total()).isEqualTo(expected.size());
    }

    /** What the list shows of an entry. */
    private static List<String> summaries(List<RegisterEntry> entries) {
        List<String> shown = new ArrayList<>();
        entries.forEach(e -> shown.add("%s/%s/%s %s s%d l%s %s %s"
                .formatted(
                        e.commodityCode(),
                        e.countryIso3(),
                        e.theme().code(),
                        e.level(),
                        e.severity(),
                        e.likelihood(),
                        e.decision(),
                        e.decisionReason())));
        return shown;
    }

    private <T> T asCompany(java.util.function.Supplier<T> read) {
        return tenantScope.asOrganisation(company, read::get);
    }
}
