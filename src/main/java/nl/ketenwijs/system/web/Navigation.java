package nl.ketenwijs.system.web;

import java.util.List;
import java.util.Set;
import nl.ketenwijs.organisation.Role;

/** The main menu: each role sees the places where it has something to do, and no others. */
public final class Navigation {

    /** One menu entry; {@code roles} empty means every logged-in person. */
    public record Link(String path, String labelKey, Set<Role> roles) {

        public boolean isFor(Role role) {
            return roles.isEmpty() || roles.contains(role);
        }

        public boolean isCurrent(String requestPath) {
            return path.equals("/") ? requestPath.equals("/") : requestPath.startsWith(path);
        }
    }

    private static final List<Link> LINKS = List.of(
            new Link("/", "nav.home", Set.of()),
            new Link("/chain", "nav.chain", Set.of(Role.COMPANY_ADMIN, Role.COMPANY_EDITOR, Role.COMPANY_VIEWER)),
            new Link("/register", "nav.register", Set.of(Role.COMPANY_ADMIN, Role.COMPANY_EDITOR, Role.COMPANY_VIEWER)),
            new Link(
                    "/quickscan",
                    "nav.quickscan",
                    Set.of(Role.COMPANY_ADMIN, Role.COMPANY_EDITOR, Role.COMPANY_VIEWER)),
            new Link("/plans", "nav.plans", Set.of(Role.COMPANY_ADMIN, Role.COMPANY_EDITOR, Role.COMPANY_VIEWER)),
            new Link(
                    "/assessment",
                    "nav.assessment",
                    Set.of(Role.COMPANY_ADMIN, Role.COMPANY_EDITOR, Role.COMPANY_VIEWER)),
            new Link(
                    "/shared-risks",
                    "nav.sharedRisks",
                    Set.of(Role.COMPANY_ADMIN, Role.COMPANY_EDITOR, Role.COMPANY_VIEWER)),
            new Link(
                    "/forwarded-complaints",
                    "nav.forwardedComplaints",
                    Set.of(Role.COMPANY_ADMIN, Role.COMPANY_EDITOR, Role.COMPANY_VIEWER)),
            new Link(
                    "/projects",
                    "nav.projects",
                    Set.of(
                            Role.COMPANY_ADMIN,
                            Role.COMPANY_EDITOR,
                            Role.COMPANY_VIEWER,
                            Role.PARTNER_MEMBER,
                            Role.SECRETARIAT_ADMIN,
                            Role.MONITORING_REVIEWER)),
            new Link("/partner/complaints/new", "nav.assistedComplaint", Set.of(Role.PARTNER_MEMBER)),
            new Link(
                    "/shared-risks/sector",
                    "nav.sectorRisks",
                    Set.of(Role.SECRETARIAT_ADMIN, Role.MONITORING_REVIEWER)),
            new Link("/branch/progress", "nav.members", Set.of(Role.BRANCH_STAFF, Role.SECRETARIAT_ADMIN)),
            new Link("/organisations", "organisations.title", Set.of(Role.SECRETARIAT_ADMIN)),
            new Link("/organisation/people", "people.title", Set.of(Role.COMPANY_ADMIN, Role.SECRETARIAT_ADMIN)),
            new Link("/outbox", "outbox.title", Set.of(Role.SECRETARIAT_ADMIN)),
            new Link(
                    "/complaints/review",
                    "nav.complaintReview",
                    Set.of(Role.COMPLAINT_HANDLER, Role.SECRETARIAT_ADMIN)),
            new Link(
                    "/knowledge/expert-assessments",
                    "expert.title",
                    Set.of(Role.SECRETARIAT_ADMIN, Role.MONITORING_REVIEWER)),
            new Link("/knowledge/editions", "editions.title", Set.of(Role.SECRETARIAT_ADMIN)),
            new Link("/measure-templates", "nav.measureTemplates", Set.of(Role.SECRETARIAT_ADMIN)),
            new Link("/review/assessments", "nav.reviewAssessments", Set.of(Role.MONITORING_REVIEWER)),
            new Link(
                    "/monitoring/aggregates",
                    "nav.aggregates",
                    Set.of(Role.SECRETARIAT_ADMIN, Role.MONITORING_REVIEWER, Role.BRANCH_STAFF)),
            new Link("/reports", "nav.reports", Set.of(Role.SECRETARIAT_ADMIN)),
            new Link(
                    "/monitoring/questionnaires",
                    "nav.questionnaires",
                    Set.of(Role.SECRETARIAT_ADMIN, Role.MONITORING_REVIEWER)),
            new Link("/complaints", "nav.complaints", Set.of(Role.COMPLAINT_HANDLER)),
            new Link("/account/security", "security.title", Set.of()));

    private Navigation() {}

    static List<Link> forRole(Role role) {
        return LINKS.stream().filter(link -> link.isFor(role)).toList();
    }
}
