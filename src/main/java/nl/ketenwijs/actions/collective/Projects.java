package nl.ketenwijs.actions.collective;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.actions.plan.FieldProblems;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.riskanalysis.PrioritisedRisks;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import nl.ketenwijs.riskknowledge.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collective projects and who takes part. An organisation reads a project whole once it has joined (the
 * secretariat always); before that it sees the summary, and only of a project it is invited to or whose
 * risk it prioritises itself. Row-level security holds the same line in the database.
 */
@Service
public class Projects {

    private static final String SELECT_PROJECT = """
            SELECT p.id, p.title, p.goal, p.commodity_code, p.country_iso3, p.theme, p.status, o.name AS started_by,
                   p.created_at
              FROM collective_project p JOIN organisation o ON o.id = p.started_by_organisation
            """;

    /** A project with where the reading organisation stands in it. */
    public record Summary(Project project, Participation participation) {}

    private final JdbcClient jdbc;
    private final PrioritisedRisks risks;
    private final ProjectContent content;

    Projects(JdbcClient jdbc, PrioritisedRisks risks, ProjectContent content) {
        this.jdbc = jdbc;
        this.risks = risks;
        this.content = content;
    }

    /**
     * A company starts a project on a risk it prioritises; the secretariat on any risk. The starter leads it.
     */
    @Transactional
    public UUID start(UUID organisation, boolean secretariat, ProjectDraft draft, String by) {
        FieldProblems problems = new FieldProblems();
        ProjectDraft.Checked checked = draft.check(problems);
        if (checked.risk() != null && !secretariat && !risks.of(organisation).contains(checked.risk())) {
            problems.add("risk", "projects.field.notPrioritised.risk");
        }
        problems.throwIfAny();
        return insert(organisation, checked, by);
    }

    /** The project and its lead, for input that was checked. */
    UUID insert(UUID organisation, ProjectDraft.Checked checked, String by) {
        UUID id = UUID.randomUUID();
        EntryKey risk = checked.risk();
        jdbc.sql("""
                        INSERT INTO collective_project (id, title, goal, commodity_code, country_iso3, theme,
                                                        started_by_organisation, started_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        checked.title(),
                        checked.goal(),
                        risk.commodityCode(),
                        risk.countryIso3(),
                        risk.theme().code(),
                        organisation,
                        by)
                .update();
        jdbc.sql("""
                        INSERT INTO project_participant (project_id, organisation_id, role, status, joined_at)
                        VALUES (?, ?, 'LEAD', 'JOINED', now())
                        """).params(id, organisation).update();
        return id;
    }

    /**
     * The projects an organisation takes part in or is invited to, then the active ones on its prioritised
     * risks that it may join; for the secretariat every project.
     */
    @Transactional
    public List<Summary> summaries(UUID organisation, boolean secretariat) {
        Map<UUID, Participation> own = participations(organisation);
        List<Project> found;
        if (secretariat) {
            found = query(SELECT_PROJECT + " ORDER BY p.created_at DESC");
        } else {
            List<EntryKey> prioritised = risks.of(organisation);
            found = jdbc.sql(SELECT_PROJECT + """
                             WHERE p.id = ANY (?)
                                OR (p.status = 'ACTIVE' AND (p.commodity_code, p.country_iso3, p.theme) IN
                                    (SELECT * FROM unnest(?::text[], ?::text[], ?::text[])))
                             ORDER BY p.created_at DESC
                            """)
                    .params(
                            own.keySet().toArray(UUID[]::new),
                            prioritised.stream().map(EntryKey::commodityCode).toArray(String[]::new),
                            prioritised.stream().map(EntryKey::countryIso3).toArray(String[]::new),
                            prioritised.stream().map(k -> k.theme().code()).toArray(String[]::new))
                    .query(this::project)
                    .list();
        }
        List<Project> sized = withSizes(found);
        return sized.stream()
                .map(p -> new Summary(p, own.getOrDefault(p.id(), Participation.NONE)))
                .filter(s -> s.participation() != Participation.DECLINED || secretariat)
                .toList();
    }

    /**
     * Every active project with its size: title, goal and risk are readable by every organisation, so that a
     * company sharing the risk can find and join it.
     */
    @Transactional
    public List<Project> active() {
        return withSizes(query(SELECT_PROJECT + " WHERE p.status = 'ACTIVE' ORDER BY p.created_at DESC"));
    }

    /** The summary, for an organisation that has not joined: only when invited, or when it shares the risk. */
    @Transactional
    public Summary summary(UUID organisation, boolean secretariat, UUID id) {
        Project project = find(id);
        Participation participation = jdbc.sql("""
                        SELECT status FROM project_participant WHERE project_id = ? AND organisation_id = ?
                        """)
                .params(id, organisation)
                .query(String.class)
                .optional()
                .map(Participation::valueOf)
                .orElse(Participation.NONE);
        boolean open = secretariat
                || participation == Participation.INVITED
                || participation == Participation.JOINED
                || (project.active() && risks.of(organisation).contains(project.risk()));
        if (!open) {
            throw new ProjectNotFound();
        }
        return new Summary(withSizes(List.of(project)).get(0), participation);
    }

    /** The whole project, for a participant that joined or the secretariat. */
    @Transactional
    public ProjectView view(UUID organisation, boolean secretariat, UUID id) {
        Summary summary = requireJoined(organisation, secretariat, id);
        return new ProjectView(
                summary.project(),
                participants(id),
                content.measures(id),
                content.indicators(id),
                content.updates(id),
                content.documents(id));
    }

    /** Throws unless the organisation has joined the project or is the secretariat. */
    @Transactional
    public Summary requireJoined(UUID organisation, boolean secretariat, UUID id) {
        Summary summary = summary(organisation, secretariat, id);
        if (!secretariat && summary.participation() != Participation.JOINED) {
            throw new ProjectNotFound();
        }
        return summary;
    }

    /** Joins on an invitation, or by itself on a project whose risk it prioritises. */
    @Transactional
    public void join(UUID organisation, UUID id) {
        Summary summary = summary(organisation, false, id);
        if (!summary.project().active()) {
            throw new ProjectNotFound();
        }
        jdbc.sql("""
                        INSERT INTO project_participant (project_id, organisation_id, role, status, joined_at)
                        VALUES (?, ?, 'MEMBER', 'JOINED', now())
                        ON CONFLICT (project_id, organisation_id) DO UPDATE SET status = 'JOINED', joined_at = now()
                        """).params(id, organisation).update();
    }

    /** Declines an invitation; the project no longer shows in the organisation's list. */
    @Transactional
    public void decline(UUID organisation, UUID id) {
        int changed = jdbc.sql("""
                        UPDATE project_participant SET status = 'DECLINED'
                         WHERE project_id = ? AND organisation_id = ? AND status = 'INVITED'
                        """).params(id, organisation).update();
        if (changed == 0) {
            throw new ProjectNotFound();
        }
    }

    /**
     * The organisations that joined, with their names and kinds; the secretariat also sees the invited and
     * declined ones. Empty for an organisation that has not joined.
     */
    @Transactional
    public List<Participant> participants(UUID id) {
        return jdbc.sql("""
                        SELECT p.organisation_id, o.name, o.kind, p.role, p.status, p.joined_at
                          FROM kw_project_participants(?) p JOIN organisation o ON o.id = p.organisation_id
                        """)
                .param(id)
                .query((rs, n) -> new Participant(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        "LEAD".equals(rs.getString("role")),
                        Participation.valueOf(rs.getString("status")),
                        rs.getObject("joined_at", OffsetDateTime.class)))
                .list();
    }

    Project find(UUID id) {
        return jdbc.sql(SELECT_PROJECT + " WHERE p.id = ?")
                .param(id)
                .query(this::project)
                .optional()
                .orElseThrow(ProjectNotFound::new);
    }

    private Map<UUID, Participation> participations(UUID organisation) {
        return jdbc
                .sql("SELECT project_id, status FROM project_participant WHERE organisation_id = ?")
                .param(organisation)
                .query((rs, n) -> Map.entry(
                        rs.getObject("project_id", UUID.class), Participation.valueOf(rs.getString("status"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<Project> query(String sql) {
        return jdbc.sql(sql).query(this::project).list();
    }

    private List<Project> withSizes(List<Project> projects) {
        if (projects.isEmpty()) {
            return projects;
        }
        Map<UUID, Integer> sizes = jdbc
                .sql("SELECT project_id, joined FROM kw_project_sizes(?)")
                .param(projects.stream().map(Project::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return projects.stream()
                .map(p -> new Project(
                        p.id(),
                        p.title(),
                        p.goal(),
                        p.risk(),
                        p.active(),
                        p.startedBy(),
                        p.createdAt(),
                        sizes.getOrDefault(p.id(), 0)))
                .toList();
    }

    private Project project(ResultSet rs, int row) throws SQLException {
        return new Project(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("goal"),
                new EntryKey(
                        rs.getString("commodity_code"),
                        rs.getString("country_iso3"),
                        Theme.byCode(rs.getString("theme")).orElseThrow()),
                "ACTIVE".equals(rs.getString("status")),
                rs.getString("started_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                0);
    }
}
