package nl.ketenwijs.actions.collective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;
import nl.ketenwijs.actions.plan.CovenantDate;
import nl.ketenwijs.actions.plan.FieldProblems;
import nl.ketenwijs.organisation.DemoSectorLoaded;
import nl.ketenwijs.organisation.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two collective projects in the demo sector, each with several companies of the demo chains, a partner
 * organisation, a shared plan, indicators by gender with values over time, and updates: living income for
 * cocoa farmers in Côte d'Ivoire, and gender-responsive sourcing of vanilla from Madagascar. One company is
 * still invited to each. A project that exists (by title) is left as it is.
 */
@Component
class DemoProjects {

    private static final String BY = "demo";

    /** A project of the demo: who leads, who joined, who is invited, and what they share. */
    private record Demo(
            ProjectDraft draft,
            String lead,
            List<String> joined,
            String invited,
            String partner,
            List<ProjectMeasureDraft> measures,
            IndicatorDraft indicator,
            List<ValueDraft> values,
            List<String> updates) {}

    private final Projects projects;
    private final ProjectInvitations invitations;
    private final ProjectWork work;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final CovenantDate date;

    DemoProjects(
            Projects projects,
            ProjectInvitations invitations,
            ProjectWork work,
            TenantScope tenantScope,
            JdbcClient jdbc,
            CovenantDate date) {
        this.projects = projects;
        this.invitations = invitations;
        this.work = work;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.date = date;
    }

    @EventListener
    void load(DemoSectorLoaded sector) {
        LocalDate today = date.today();
        for (Demo demo : List.of(cocoa(today), vanilla(today))) {
            Map<String, UUID> companies = sector.companies();
            UUID lead = companies.get(demo.lead());
            if (lead != null && !exists(lead, demo.draft().title())) {
                write(demo, lead, companies);
            }
        }
    }

    private void write(Demo demo, UUID lead, Map<String, UUID> companies) {
        UUID partner = partner(demo.partner()).orElse(null);
        List<UUID> joining = new ArrayList<>();
        demo.joined().stream().map(companies::get).filter(Objects::nonNull).forEach(joining::add);
        if (partner != null) {
            joining.add(partner);
        }
        List<UUID> invited = new ArrayList<>(joining);
        Optional.ofNullable(companies.get(demo.invited())).ifPresent(invited::add);
        UUID project = tenantScope.asOrganisation(lead, () -> {
            FieldProblems problems = new FieldProblems();
            ProjectDraft.Checked checked = demo.draft().check(problems);
            problems.throwIfAny();
            UUID id = projects.insert(lead, checked, BY);
            invitations.invite(projects.find(id), invited, BY);
            return id;
        });
        for (UUID member : joining) {
            tenantScope.asOrganisation(member, () -> {
                projects.join(member, project);
                return null;
            });
        }
        tenantScope.asOrganisation(lead, () -> {
            ProjectWork.Actor actor = new ProjectWork.Actor(lead, false, BY);
            for (ProjectMeasureDraft measure : demo.measures()) {
                work.addMeasure(actor, project, withOwner(measure, lead));
            }
            UUID indicator = work.addIndicator(actor, project, demo.indicator());
            for (ValueDraft value : demo.values()) {
                work.addValue(actor, project, indicator, value);
            }
            work.addUpdate(
                    actor,
                    project,
                    date.today().minusDays(30).toString(),
                    demo.updates().get(0));
            return null;
        });
        if (partner != null) {
            tenantScope.asOrganisation(partner, () -> {
                work.addUpdate(
                        new ProjectWork.Actor(partner, false, BY),
                        project,
                        date.today().minusDays(7).toString(),
                        demo.updates().get(1));
                return null;
            });
        }
    }

    /** Read as the lead: projects are open to organisations, not to the platform scope. */
    private boolean exists(UUID lead, String title) {
        return tenantScope.asOrganisation(
                lead,
                () -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM collective_project WHERE title = ?)")
                        .param(title)
                        .query(Boolean.class)
                        .single());
    }

    private Optional<UUID> partner(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE kind = 'PARTNER' AND name = ?")
                .param(name)
                .query(UUID.class)
                .optional();
    }

    private static ProjectMeasureDraft withOwner(ProjectMeasureDraft measure, UUID owner) {
        return new ProjectMeasureDraft(
                measure.title(),
                measure.description(),
                measure.type(),
                owner.toString(),
                measure.ownerName(),
                measure.startDate(),
                measure.dueDate(),
                measure.status(),
                measure.genderResponsive());
    }

    private static ProjectMeasureDraft measure(
            String title, MeasureType type, MeasureStatus status, String owner, LocalDate due, boolean gender) {
        return new ProjectMeasureDraft(
                title, "", type.name(), null, owner, null, due.toString(), status.name(), gender);
    }

    private static Demo cocoa(LocalDate today) {
        return new Demo(
                new ProjectDraft(
                        "Leefbaar inkomen voor cacaoboeren in Ivoorkust",
                        "Samen dichten we tot 2030 de kloof naar een leefbaar inkomen voor de 2.400 boeren van de"
                                + " coöperaties waar wij kopen: een gedeelde referentieprijs, premies die ook vrouwen"
                                + " bereiken, en diversificatie van het inkomen.",
                        "cocoa/CIV/living_wage"),
                "Chocolaterie Amstel",
                List.of("Cacaohuis Zaandam", "Grootgrutter Noord", "Discountsuper Voordeel"),
                "Hazelnootpasta Fabriek Limburg",
                "Fair Harvest Alliance",
                List.of(
                        measure(
                                "Gedeelde referentieprijs voor een leefbaar inkomen",
                                MeasureType.USE_LEVERAGE,
                                MeasureStatus.IN_PROGRESS,
                                "Inkoopoverleg cacao",
                                today.plusDays(240),
                                false),
                        measure(
                                "Nulmeting inkomen per huishouden, vrouwen en mannen apart",
                                MeasureType.MITIGATE,
                                MeasureStatus.DONE,
                                "Projectcoördinator",
                                today.minusDays(20),
                                true)),
                new IndicatorDraft("Boeren met een inkomen boven de referentie", "boeren", "300", "2400", true),
                List.of(
                        new ValueDraft(today.minusDays(180).toString(), "420", "90", "330"),
                        new ValueDraft(today.minusDays(30).toString(), "610", "160", "450")),
                List.of(
                        "De nulmeting is rond: 26 % van de boeren verdient boven de referentie, bij vrouwelijke"
                                + " boeren 14 %. De premie gaat voortaan ook naar rekeningen van vrouwen.",
                        "Fair Harvest Alliance heeft in vier coöperaties boerenscholen gestart; 180 deelnemers,"
                                + " van wie 70 vrouwen."));
    }

    private static Demo vanilla(LocalDate today) {
        return new Demo(
                new ProjectDraft(
                        "Gendersensitieve inkoop van vanille uit Madagaskar",
                        "Vrouwen die vanille telen en curen krijgen gelijke betaling, een eigen rekening en een"
                                + " stem in de coöperatie. Wij kopen samen in bij dezelfde exporteurs en spreken"
                                + " hen daar samen op aan.",
                        "vanilla/MDG/discrimination_gender"),
                "Vanillehuis Delft",
                List.of("Specerijenhandel Van Gelder", "Kruidenierswinkels Samen"),
                "Biologisch Winkelhuis",
                "FNV Wereldwijd Voedsel",
                List.of(
                        measure(
                                "Gezamenlijke eis aan exporteurs: loonstroken op naam van de vrouw",
                                MeasureType.USE_LEVERAGE,
                                MeasureStatus.IN_PROGRESS,
                                "Inkoop vanille",
                                today.plusDays(120),
                                true),
                        measure(
                                "Klachtenkanaal in het Malagassisch, ook via vrouwelijke vertrouwenspersonen",
                                MeasureType.REMEDIATE,
                                MeasureStatus.PLANNED,
                                "Projectcoördinator",
                                today.minusDays(10),
                                true)),
                new IndicatorDraft("Telers met betaling op eigen rekening", "telers", "0", "600", true),
                List.of(new ValueDraft(today.minusDays(60).toString(), "140", "95", "45")),
                List.of(
                        "Twee exporteurs betalen sinds deze oogst op rekeningen van de telers zelf, ook van vrouwen.",
                        "FNV Wereldwijd Voedsel sprak in Sava met 40 curers; het loon per kilo voor vrouwen ligt"
                                + " nog 15 % lager."));
    }
}
