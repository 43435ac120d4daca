package nl.ketenwijs.actions.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;
import nl.ketenwijs.organisation.DemoSectorLoaded;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives most demo companies a plan of approach for a risk of their own chain (demo/chains.csv): cocoa
 * companies one for a living income, the vanilla company one for gender-responsive sourcing, the others one
 * around a supplier code of conduct. Dates are set around today, so some measures are done, some under way
 * and some overdue, with progress, evidence and, for some, a review. A company that has plans keeps them.
 */
@Component
class DemoPlans {

    static final String CREATED_BY = "demo";

    /** A company, the raw material and origin its plan is about. */
    record Subject(String company, String commodity, String country) {}

    static final List<Subject> SUBJECTS = List.of(
            new Subject("Cacaohuis Zaandam", "cocoa", "CIV"),
            new Subject("Koffiebranderij De Boon", "coffee", "ETH"),
            new Subject("Specerijenhandel Van Gelder", "black_pepper", "VNM"),
            new Subject("Grootgrutter Noord", "cocoa", "GHA"),
            new Subject("Buurtsuper Keten Oost", "tea", "KEN"),
            new Subject("Versmarkt Zuid", "avocados", "MEX"),
            new Subject("Biologisch Winkelhuis", "cocoa", "PER"),
            new Subject("Noten en Zuidvruchten Hollandia", "cashews", "CIV"),
            new Subject("Vanillehuis Delft", "vanilla", "MDG"),
            new Subject("Pepermolen Import", "black_pepper", "VNM"),
            new Subject("Kaneel & Co", "cinnamon", "LKA"),
            new Subject("Kruidenmengerij Brabant", "turmeric", "IND"),
            new Subject("Palmolie Raffinaderij Rijnmond", "palm_oil", "IDN"),
            new Subject("Sojaverwerking Botlek", "soy", "BRA"),
            new Subject("Chocolaterie Amstel", "cocoa", "CIV"),
            new Subject("Tonijnconserven Scheveningen", "tuna", "THA"),
            new Subject("Sapfabriek Sinaasappelgaard", "oranges", "BRA"),
            new Subject("Bananenrijperij Westland", "bananas", "ECU"),
            new Subject("Rijstpellerij Maasvlakte", "rice", "PAK"),
            new Subject("Kokosproducten Tropica", "coconut", "PHL"),
            new Subject("Cashewbranderij Amsterdam", "cashews", "CIV"),
            new Subject("Hazelnootpasta Fabriek Limburg", "hazelnuts", "TUR"),
            new Subject("Kruidenierswinkels Samen", "vanilla", "MDG"),
            new Subject("Discountsuper Voordeel", "cocoa", "CIV"),
            new Subject("Gemberhandel Oriënt", "ginger", "CHN"),
            new Subject("Nootmuskaat Compagnie", "nutmeg", "IDN"),
            new Subject("Kurkuma Import Rotterdam", "turmeric", "IND"));

    private final Plans plans;
    private final Measures measures;
    private final Reviews reviews;
    private final EvidenceFiles evidence;
    private final TenantScope tenantScope;
    private final CovenantDate date;
    private final KnowledgeNames names;

    DemoPlans(
            Plans plans,
            Measures measures,
            Reviews reviews,
            EvidenceFiles evidence,
            TenantScope tenantScope,
            CovenantDate date,
            KnowledgeNames names) {
        this.plans = plans;
        this.measures = measures;
        this.reviews = reviews;
        this.evidence = evidence;
        this.tenantScope = tenantScope;
        this.date = date;
        this.names = names;
    }

    @EventListener
    void load(DemoSectorLoaded sector) {
        LocalDate today = date.today();
        for (int i = 0; i < SUBJECTS.size(); i++) {
            Subject subject = SUBJECTS.get(i);
            UUID company = sector.companies().get(subject.company());
            if (company != null) {
                boolean withReview = i % 3 == 0;
                tenantScope.asOrganisation(company, () -> {
                    if (plans.all(company).isEmpty()) {
                        write(company, subject, today, withReview);
                    }
                    return null;
                });
            }
        }
    }

    private void write(UUID company, Subject subject, LocalDate today, boolean withReview) {
        String owner =
                "inkoop@" + subject.company().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".example";
        String material = names.in(Locale.forLanguageTag("nl"))
                .commodity(subject.commodity())
                .toLowerCase(Locale.ROOT);
        String key = subject.commodity() + "/" + subject.country() + "/";
        Scenario scenario = switch (subject.commodity()) {
            case "cocoa" -> livingIncome(key, owner, today);
            case "vanilla" -> genderResponsive(key, owner, today);
            default -> codeOfConduct(key, material, owner, today);
        };
        UUID plan = plans.store(company, scenario.plan(), scenario.measures(), CREATED_BY, false);
        List<Measure> written = measures.ofPlan(company, plan);
        for (Measure measure : written) {
            if (measure.status() != MeasureStatus.PLANNED) {
                measures.addUpdate(
                        company,
                        measure.id(),
                        new UpdateDraft(
                                today.minusDays(40).toString(),
                                "Gestart; afspraken gemaakt met de eerste leveranciers.",
                                null),
                        owner);
            }
            if (measure.status() == MeasureStatus.DONE) {
                evidence.add(
                        company,
                        measure.id(),
                        measure.dueDate().toString(),
                        "Afgerond; de bevestigingen van de leveranciers staan in het inkoopdossier.",
                        null,
                        owner);
            }
        }
        if (withReview) {
            reviews.add(
                    company,
                    plan,
                    today.minusDays(10).toString(),
                    Review.Verdict.PARTLY.name(),
                    "Leveranciers werken mee zodra de afspraken in het contract staan; zonder afnamegarantie"
                            + " haken kleine boeren af.",
                    "Afnamegarantie van drie jaar toevoegen en de klachtenprocedure in de lokale taal vertalen.",
                    owner);
        }
    }

    private record Scenario(PlanDraft plan, List<MeasureDraft> measures) {}

    private static Scenario livingIncome(String key, String owner, LocalDate today) {
        return new Scenario(
                new PlanDraft(
                        "Leefbaar inkomen voor cacaoboeren",
                        "In 2030 verdienen de boeren van wie wij cacao kopen een leefbaar inkomen. In 2027 kopen"
                                + " wij de helft van ons volume tegen de referentieprijs, en kinderarbeid wordt"
                                + " gesignaleerd en opgelost.",
                        List.of(key + "living_wage", key + "child_labour")),
                List.of(
                        measure(
                                "Referentieprijs voor een leefbaar inkomen",
                                MeasureType.REMEDIATE,
                                MeasureStatus.IN_PROGRESS,
                                owner,
                                today.minusDays(200),
                                today.plusDays(300),
                                "Aandeel volume tegen de referentieprijs",
                                "%",
                                "0",
                                "50",
                                "20",
                                false),
                        measure(
                                "Gedragscode voor leveranciers",
                                MeasureType.PREVENT,
                                MeasureStatus.DONE,
                                owner,
                                today.minusDays(240),
                                today.minusDays(60),
                                "Aandeel directe leveranciers dat tekende",
                                "%",
                                "30",
                                "100",
                                "100",
                                false),
                        measure(
                                "Klachtenkanaal voor boeren en werknemers, ook voor vrouwen",
                                MeasureType.REMEDIATE,
                                MeasureStatus.IN_PROGRESS,
                                owner,
                                today.minusDays(120),
                                today.minusDays(14),
                                "Coöperaties waar het kanaal bekend is",
                                "coöperaties",
                                "0",
                                "12",
                                "5",
                                true)));
    }

    private static Scenario genderResponsive(String key, String owner, LocalDate today) {
        return new Scenario(
                new PlanDraft(
                        "Gendersensitieve inkoop van vanille",
                        "Vrouwen die vanille telen en verwerken krijgen gelijke betaling en een eigen stem; in"
                                + " 2028 gaat een premie rechtstreeks naar vrouwelijke boeren.",
                        List.of(key + "discrimination_gender", key + "child_labour")),
                List.of(
                        measure(
                                "Training voor vrouwelijke vanilleboeren in curing en kwaliteit",
                                MeasureType.MITIGATE,
                                MeasureStatus.IN_PROGRESS,
                                owner,
                                today.minusDays(150),
                                today.plusDays(210),
                                "Vrouwen getraind",
                                "personen",
                                "0",
                                "150",
                                "62",
                                true),
                        measure(
                                "Premie rechtstreeks uitbetaald aan vrouwelijke boeren",
                                MeasureType.REMEDIATE,
                                MeasureStatus.PLANNED,
                                owner,
                                today.minusDays(60),
                                today.minusDays(5),
                                "Aandeel premie bij vrouwen",
                                "%",
                                "0",
                                "40",
                                null,
                                true),
                        measure(
                                "Vragenlijst voor leveranciers over gelijke betaling",
                                MeasureType.PREVENT,
                                MeasureStatus.DONE,
                                owner,
                                today.minusDays(180),
                                today.minusDays(90),
                                "Aandeel leveranciers dat antwoordde",
                                "%",
                                "0",
                                "100",
                                "80",
                                true)));
    }

    private static Scenario codeOfConduct(String key, String material, String owner, LocalDate today) {
        return new Scenario(
                new PlanDraft(
                        "Gedragscode en leveranciersdialoog voor " + material,
                        "Al onze directe leveranciers van " + material + " onderschrijven onze gedragscode en"
                                + " laten zien hoe zij dwangarbeid uitsluiten; binnen twee jaar is de grondstof"
                                + " gecertificeerd.",
                        List.of(key + "forced_labour")),
                List.of(
                        measure(
                                "Gedragscode voor leveranciers",
                                MeasureType.PREVENT,
                                MeasureStatus.DONE,
                                owner,
                                today.minusDays(200),
                                today.minusDays(30),
                                "Aandeel directe leveranciers dat tekende",
                                "%",
                                "0",
                                "100",
                                "100",
                                false),
                        measure(
                                "Vragenlijst voor leveranciers",
                                MeasureType.PREVENT,
                                MeasureStatus.IN_PROGRESS,
                                owner,
                                today.minusDays(90),
                                today.minusDays(20),
                                "Aandeel leveranciers dat de vragenlijst invulde",
                                "%",
                                "0",
                                "100",
                                "45",
                                false),
                        measure(
                                "Eis van certificering",
                                MeasureType.MITIGATE,
                                MeasureStatus.PLANNED,
                                owner,
                                null,
                                today.plusDays(180),
                                "Aandeel gecertificeerd ingekocht",
                                "%",
                                "10",
                                "80",
                                null,
                                false)));
    }

    private static MeasureDraft measure(
            String title,
            MeasureType type,
            MeasureStatus status,
            String owner,
            LocalDate start,
            LocalDate due,
            String indicator,
            String unit,
            String baseline,
            String target,
            String current,
            boolean gender) {
        return new MeasureDraft(
                title,
                "",
                type.name(),
                "Sanne de Vries",
                owner,
                start == null ? null : start.toString(),
                due.toString(),
                status.name(),
                indicator,
                unit,
                baseline,
                target,
                current,
                gender);
    }
}
