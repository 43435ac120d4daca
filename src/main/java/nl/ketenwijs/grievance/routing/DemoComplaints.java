package nl.ketenwijs.grievance.routing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ChildrenInvolved;
import nl.ketenwijs.grievance.cases.Complaint;
import nl.ketenwijs.grievance.cases.ComplaintContent;
import nl.ketenwijs.grievance.cases.ComplaintTheme;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.cases.ContactChannel;
import nl.ketenwijs.grievance.cases.Gender;
import nl.ketenwijs.grievance.intake.Submissions;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.BranchMembers;
import nl.ketenwijs.organisation.DemoSectorLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo complaints in six languages and several states, filed through the real intake (each with its own
 * case key, its content encrypted). Their receipts are thrown away at once: nobody can follow a demo case
 * as its complainant. Two are forwarded to demo companies whose chains really hold the commodity from that
 * country (cocoa from Côte d'Ivoire to Chocolaterie Amstel, which answered; coffee from Colombia to
 * Koffiebranderij De Boon); one more is linked to a pepper trader but not yet forwarded. A demo complaint
 * exists when its fixed form key does, and is then left as it is.
 */
@Component
class DemoComplaints {

    static final String HANDLER = "klachten@secretariaat.example";

    /** A demo complaint, how long ago it came in, its state, and where it was routed. */
    private record Demo(
            String key,
            Complaint complaint,
            int daysAgo,
            String status,
            String company,
            RoutingCriteria criteria,
            boolean forward,
            CompanyAnswer answer) {}

    private final Submissions submissions;
    private final ComplaintsScope scope;
    private final Routings routings;
    private final ForwardedCopies copies;
    private final AccountDirectory accounts;
    private final BranchMembers people;
    private final JdbcClient jdbc;

    DemoComplaints(
            Submissions submissions,
            ComplaintsScope scope,
            Routings routings,
            ForwardedCopies copies,
            AccountDirectory accounts,
            BranchMembers people,
            JdbcClient jdbc) {
        this.submissions = submissions;
        this.scope = scope;
        this.routings = routings;
        this.copies = copies;
        this.accounts = accounts;
        this.people = people;
        this.jdbc = jdbc;
    }

    @EventListener
    void load(DemoSectorLoaded sector) {
        UUID handler = accounts.loadUserByUsername(HANDLER).userId();
        for (Demo demo : demos()) {
            UUID formKey =
                    UUID.nameUUIDFromBytes(("ketenwijs-demo-complaint:" + demo.key()).getBytes(StandardCharsets.UTF_8));
            if (!filed(formKey)) {
                submissions.submit(formKey, demo.complaint(), List.of());
                UUID caseId = caseOf(formKey);
                UUID company =
                        demo.company() == null ? null : sector.companies().get(demo.company());
                scope.write(() -> {
                    submissions.forgetReceiptOf(caseId);
                    backdate(caseId, demo);
                    if (company != null) {
                        route(caseId, company, demo, handler);
                    }
                    return null;
                });
            }
        }
    }

    private void route(UUID caseId, UUID company, Demo demo, UUID handler) {
        Instant received = Instant.now().minus(Duration.ofDays(demo.daysAgo()));
        routings.saveCriteria(caseId, demo.criteria(), handler, received.plus(Duration.ofDays(3)));
        routings.link(caseId, company, handler, received.plus(Duration.ofDays(3)));
        if (!demo.forward()) {
            return;
        }
        CaseFacts facts = routings.facts(caseId).orElseThrow();
        ComplaintContent content = demo.complaint().content();
        copies.create(
                caseId,
                company,
                facts,
                new CopyContent(content.region(), content.since(), content.whatHappened(), content.wish()),
                null,
                List.of(),
                handler,
                received.plus(Duration.ofDays(5)));
        if (demo.answer() != null) {
            UUID admin = accounts.loadUserByUsername(
                            people.administratorsOf(List.of(company)).get(0).address())
                    .userId();
            UUID copy = jdbc.sql("SELECT id FROM forwarded_complaint WHERE case_id = ?")
                    .param(caseId)
                    .query(UUID.class)
                    .single();
            copies.answer(company, copy, demo.answer(), admin, received.plus(Duration.ofDays(19)));
        }
    }

    private void backdate(UUID caseId, Demo demo) {
        var received = Instant.now().minus(Duration.ofDays(demo.daysAgo())).atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        UPDATE grievance_case SET status = ?, received_at = ?, acknowledge_by = ?, feedback_by = ?
                         WHERE id = ?
                        """)
                .params(demo.status(), received, received.plusDays(7), received.plusMonths(3), caseId)
                .update();
    }

    private boolean filed(UUID formKey) {
        return scope.read(() -> jdbc.sql("SELECT count(*) FROM grievance_submission WHERE idempotency_key = ?")
                        .param(formKey)
                        .query(Integer.class)
                        .single())
                > 0;
    }

    private UUID caseOf(UUID formKey) {
        return scope.read(() -> jdbc.sql("SELECT case_id FROM grievance_submission WHERE idempotency_key = ?")
                .param(formKey)
                .query(UUID.class)
                .single());
    }

    private static List<Demo> demos() {
        return List.of(
                new Demo(
                        "fr-cocoa",
                        complaint(
                                "fr",
                                "CI",
                                Set.of(ComplaintTheme.CHILD_LABOUR, ComplaintTheme.WAGES),
                                new ComplaintContent(
                                        "Dans notre coopérative, des enfants de douze ans portent les sacs de cacao"
                                                + " pendant la récolte, et les planteurs sont payés deux mois en retard.",
                                        "Nawa, près de Soubré",
                                        null,
                                        "Coopérative du Sud-Ouest",
                                        "Octobre 2026",
                                        "Une quarantaine de familles",
                                        "Que les enfants aillent à l'école et que nous soyons payés à temps.")),
                        40,
                        "DIALOGUE",
                        "Chocolaterie Amstel",
                        new RoutingCriteria("cocoa", "CIV", null),
                        true,
                        new CompanyAnswer(
                                "Wij hebben de coöperatie bezocht met onze inkoper en een lokale ngo. De betalingen"
                                        + " liepen achter door een bankprobleem; dat is opgelost.",
                                "Achterstallige betaling met rente, een schoolprogramma voor de kinderen van de"
                                        + " coöperatie en een onafhankelijke controle tijdens de volgende oogst.")),
                new Demo(
                        "es-coffee",
                        complaint(
                                "es",
                                "CO",
                                Set.of(ComplaintTheme.HEALTH_SAFETY, ComplaintTheme.WAGES),
                                new ComplaintContent(
                                        "En la finca fumigan los cafetales mientras trabajamos, sin guantes ni"
                                                + " mascarillas. Varios compañeros se enfermaron.",
                                        "Huila",
                                        null,
                                        null,
                                        "Desde agosto",
                                        "Unos veinte recolectores",
                                        "Equipos de protección y que nadie fumigue mientras trabajamos.")),
                        25,
                        "ADMISSIBILITY",
                        "Koffiebranderij De Boon",
                        new RoutingCriteria("coffee", "COL", null),
                        true,
                        null),
                new Demo(
                        "vi-pepper",
                        complaint(
                                "vi",
                                "VN",
                                Set.of(ComplaintTheme.WORKING_HOURS),
                                new ComplaintContent(
                                        "Chúng tôi phải làm việc 14 giờ mỗi ngày trong mùa thu hoạch tiêu mà không"
                                                + " được trả thêm.",
                                        "Đắk Lắk",
                                        null,
                                        null,
                                        "Tháng 3",
                                        null,
                                        "Được trả tiền làm thêm giờ.")),
                        12,
                        "ACKNOWLEDGED",
                        "Specerijenhandel Van Gelder",
                        new RoutingCriteria("black_pepper", "VNM", null),
                        false,
                        null),
                new Demo(
                        "sw-tea",
                        complaint(
                                "sw",
                                "KE",
                                Set.of(ComplaintTheme.HARASSMENT),
                                new ComplaintContent(
                                        "Msimamizi wa shamba la chai anawanyanyasa wanawake wanaochuma majani.",
                                        "Kericho",
                                        null,
                                        null,
                                        "Mwaka huu",
                                        null,
                                        "Msimamizi aondolewe na tupate njia salama ya kulalamika.")),
                        3,
                        "RECEIVED",
                        null,
                        null,
                        false,
                        null),
                new Demo(
                        "id-palm",
                        complaint(
                                "id",
                                "ID",
                                Set.of(ComplaintTheme.LAND),
                                new ComplaintContent(
                                        "Perusahaan kelapa sawit menanami tanah adat desa kami tanpa persetujuan.",
                                        "Kalimantan Barat",
                                        null,
                                        null,
                                        "2025",
                                        "Satu desa",
                                        "Tanah kami dikembalikan.")),
                        60,
                        "MEDIATION",
                        null,
                        null,
                        false,
                        null),
                new Demo(
                        "ar-dates",
                        complaint(
                                "ar",
                                "EG",
                                Set.of(ComplaintTheme.DISCRIMINATION),
                                new ComplaintContent(
                                        "تدفع لنا الشركة أجرًا أقل من الرجال عن نفس العمل في التعبئة.",
                                        "الفيوم",
                                        null,
                                        null,
                                        "منذ سنتين",
                                        null,
                                        "أجر متساوٍ.")),
                        120,
                        "CLOSED",
                        null,
                        null,
                        false,
                        null));
    }

    private static Complaint complaint(
            String language, String country, Set<ComplaintTheme> themes, ComplaintContent content) {
        return new Complaint(
                content,
                country,
                themes,
                Gender.WOMAN,
                ChildrenInvolved.UNKNOWN,
                ContactChannel.ANONYMOUS,
                null,
                language);
    }
}
