package nl.ketenwijs.reporting.annual;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.DemoSectorLoaded;
import nl.ketenwijs.organisation.TenantScope;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's annual report for 2026: a foreword and an outlook, two good-practice examples whose company
 * gave consent and one that still waits (and so stays out). Published once the application is ready, after
 * every module has loaded its demo data (assessments, projects), so /jaarrapport/2026.pdf works right after
 * the start. A year that has its texts already is left as it is.
 */
@Component
class DemoReport {

    static final int YEAR = 2026;
    private static final String BY = "demo";
    private static final String SECRETARIAT_ADMIN = "admin@secretariaat.example";

    private record DemoExample(
            String company, String title, String body, String quote, String person, boolean consent) {}

    private static final List<DemoExample> EXAMPLES = List.of(
            new DemoExample(
                    "Cacaohuis Zaandam",
                    "Samen naar een leefbaar inkomen voor cacaoboeren",
                    "Cacaohuis Zaandam bracht in 2026 al zijn cacao terug tot zeven coöperaties in Côte d'Ivoire."
                            + " Met twee andere deelnemers van het convenant en een partnerorganisatie betaalt het"
                            + " een opslag bovenop de boerenprijs, en het meet per seizoen het inkomen van vrouwen"
                            + " en mannen apart.\n\nDe eerste meting laat zien dat het gat met een leefbaar inkomen"
                            + " kleiner wordt, maar nog niet dicht is.",
                    "Pas toen we onze keten tot de coöperatie kenden, konden we iets doen aan het inkomen van de boeren.",
                    "Marieke de Vries, directeur inkoop",
                    true),
            new DemoExample(
                    "Vanillehuis Delft",
                    "Een klein bedrijf dat zijn risico’s kent",
                    "Vanillehuis Delft heeft negen medewerkers en geen duurzaamheidsafdeling. Met de quick scan"
                            + " van Ketenwijs bracht het in een ochtend zijn vanille uit Madagaskar in kaart, en het"
                            + " sloot zich aan bij het collectieve project voor genderbewuste inkoop.",
                    "Voor een klein bedrijf is samen optrekken de enige manier om invloed te hebben.",
                    "Joost Bakker, eigenaar",
                    true),
            new DemoExample(
                    "Koffiebranderij De Boon",
                    "Klachten van plukkers serieus nemen",
                    "Koffiebranderij De Boon gaf in 2026 de klachtenprocedure van het convenant door aan al zijn"
                            + " leveranciers in Honduras.",
                    "Een klacht is informatie die we anders nooit zouden krijgen.",
                    "Sanne Willems, kwaliteitsmanager",
                    false));

    private final AnnualReports reports;
    private final GoodPracticeExamples examples;
    private final Editions editions;
    private final ReportPublication publication;
    private final TenantScope tenantScope;
    private final AccountDirectory accounts;
    private final AtomicBoolean loaded = new AtomicBoolean();

    DemoReport(
            AnnualReports reports,
            GoodPracticeExamples examples,
            Editions editions,
            ReportPublication publication,
            TenantScope tenantScope,
            AccountDirectory accounts) {
        this.reports = reports;
        this.examples = examples;
        this.editions = editions;
        this.publication = publication;
        this.tenantScope = tenantScope;
        this.accounts = accounts;
    }

    @EventListener
    void load(DemoSectorLoaded sector) {
        UUID secretariat = accounts.loadUserByUsername(SECRETARIAT_ADMIN).organisationId();
        tenantScope.asOrganisation(secretariat, () -> {
            if (reports.find(YEAR).isEmpty()) {
                write(sector.companies());
            }
            return null;
        });
        loaded.set(true);
    }

    private void write(Map<String, UUID> companies) {
        reports.save(new ReportTexts(YEAR, FOREWORD, OUTLOOK), BY);
        for (DemoExample demo : EXAMPLES) {
            UUID company = companies.get(demo.company());
            if (company == null) {
                continue;
            }
            UUID id = examples.add(
                    YEAR, new ExampleDraft(company, demo.title(), demo.body(), demo.quote(), demo.person()));
            if (demo.consent()) {
                examples.decide(id, company, Consent.GIVEN, BY);
            }
        }
    }

    /** After every module's demo data: the first edition, unless one exists. */
    @EventListener
    void publish(ApplicationReadyEvent ready) {
        if (!loaded.get() || !editions.ofYear(YEAR).isEmpty()) {
            return;
        }
        UUID secretariat = accounts.loadUserByUsername(SECRETARIAT_ADMIN).organisationId();
        publication.run(publication.start(YEAR, BY), secretariat);
    }

    private static final String FOREWORD = """
            Dit is het eerste jaarrapport dat het secretariaat rechtstreeks uit Ketenwijs samenstelt. De cijfers \
            komen uit de zelfbeoordelingen die de deelnemende bedrijven dit jaar invulden, aangevuld met wat \
            Ketenwijs al van hun ketens, risico's en plannen weet.

            De eerste metingen zijn binnen. Ze laten zien dat bijna alle bedrijven beleid hebben, dat een \
            groeiende groep zijn risico's in kaart heeft gebracht, en dat het bijhouden van resultaten en \
            herstel voor slachtoffers de zwakste stappen blijven. Grote bedrijven zijn verder dan kleine, maar \
            het verschil wordt kleiner.

            We danken de bedrijven die hun verhaal willen delen. Een voorbeeld staat alleen in dit rapport als \
            het bedrijf daar in Ketenwijs toestemming voor gaf.""";

    private static final String OUTLOOK = """
            Volgend jaar vragen we de bedrijven om bij elke stap bewijs te laten zien, en vult Ketenwijs meer \
            antwoorden vooraf in uit de keten, het risicoregister en de plannen van aanpak.

            Het klachtenloket is dit jaar geopend voor werknemers en boeren in de productielanden; het \
            hoofdstuk Klachten geeft de eerste cijfers. In het volgende jaarrapport doen we verslag over een \
            heel jaar: het aantal klachten, de duur van de behandeling en de uitkomsten.

            De collectieve projecten over een leefbaar inkomen voor cacaoboeren en genderbewuste inkoop van \
            vanille lopen door; we nodigen meer bedrijven uit die dezelfde risico's prioriteren.""";
}
