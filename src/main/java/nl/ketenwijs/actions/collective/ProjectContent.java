package nl.ketenwijs.actions.collective;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;
import nl.ketenwijs.actions.plan.EvidenceFiles;
import nl.ketenwijs.actions.plan.EvidenceFiles.StoredFile;
import nl.ketenwijs.actions.plan.EvidenceFiles.Upload;
import nl.ketenwijs.actions.plan.EvidenceType;
import nl.ketenwijs.actions.plan.FieldProblems;
import nl.ketenwijs.actions.plan.InputText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a project shares with its participants: the plan's measures, the outcome indicators and their values,
 * dated updates and documents. Reads and writes pass row-level security only for an organisation that has
 * joined the project (or the secretariat); {@link ProjectWork} checks that first, so a page can say so.
 */
@Service
class ProjectContent {

    private final JdbcClient jdbc;

    ProjectContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProjectMeasure> measures(UUID project) {
        return jdbc.sql("""
                        SELECT m.id, m.title, m.description, m.type, o.name AS owner_organisation, m.owner_name,
                               m.start_date, m.due_date, m.status, m.gender_responsive
                          FROM project_measure m JOIN organisation o ON o.id = m.owner_organisation_id
                         WHERE m.project_id = ? ORDER BY m.due_date, m.title
                        """)
                .param(project)
                .query((rs, n) -> new ProjectMeasure(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getString("description"),
                        MeasureType.valueOf(rs.getString("type")),
                        rs.getString("owner_organisation"),
                        rs.getString("owner_name"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("due_date", LocalDate.class),
                        MeasureStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("gender_responsive")))
                .list();
    }

    List<ProjectIndicator> indicators(UUID project) {
        Map<UUID, List<ProjectIndicator.Value>> values = jdbc
                .sql("""
                        SELECT indicator_id, value_date, total, women, men, recorded_by FROM project_indicator_value
                         WHERE project_id = ? ORDER BY value_date DESC, created_at DESC
                        """)
                .param(project)
                .query((rs, n) -> Map.entry(
                        rs.getObject("indicator_id", UUID.class),
                        new ProjectIndicator.Value(
                                rs.getObject("value_date", LocalDate.class),
                                rs.getBigDecimal("total"),
                                rs.getBigDecimal("women"),
                                rs.getBigDecimal("men"),
                                rs.getString("recorded_by"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        SELECT id, name, unit, baseline, target, by_gender FROM project_indicator
                         WHERE project_id = ? ORDER BY created_at, name
                        """)
                .param(project)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new ProjectIndicator(
                            id,
                            rs.getString("name"),
                            rs.getString("unit"),
                            rs.getBigDecimal("baseline"),
                            rs.getBigDecimal("target"),
                            rs.getBoolean("by_gender"),
                            values.getOrDefault(id, List.of()));
                })
                .list();
    }

    List<ProjectNote> updates(UUID project) {
        return jdbc.sql("""
                        SELECT u.id, u.update_date, u.body, o.name, u.written_by
                          FROM project_update u JOIN organisation o ON o.id = u.organisation_id
                         WHERE u.project_id = ? ORDER BY u.update_date DESC, u.created_at DESC
                        """)
                .param(project)
                .query((rs, n) -> new ProjectNote(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        null,
                        null))
                .list();
    }

    List<ProjectNote> documents(UUID project) {
        return jdbc.sql("""
                        SELECT d.id, d.created_at::date, d.title, o.name, d.added_by, d.file_name,
                               octet_length(d.content)
                          FROM project_document d JOIN organisation o ON o.id = d.organisation_id
                         WHERE d.project_id = ? ORDER BY d.created_at DESC
                        """)
                .param(project)
                .query((rs, n) -> new ProjectNote(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)))
                .list();
    }

    @Transactional
    UUID addMeasure(UUID project, ProjectMeasureDraft.Checked m, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO project_measure (id, project_id, title, description, type, owner_organisation_id,
                                                     owner_name, start_date, due_date, status, gender_responsive,
                                                     created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        project,
                        m.title(),
                        m.description(),
                        m.type().name(),
                        m.ownerOrganisation(),
                        m.ownerName(),
                        m.startDate(),
                        m.dueDate(),
                        m.status().name(),
                        m.genderResponsive(),
                        by)
                .update();
        return id;
    }

    boolean changeStatus(UUID project, UUID measure, MeasureStatus status) {
        return jdbc.sql("""
                        UPDATE project_measure SET status = ?, updated_at = now() WHERE project_id = ? AND id = ?
                        """).params(status.name(), project, measure).update() == 1;
    }

    UUID addIndicator(UUID project, IndicatorDraft.Checked indicator) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO project_indicator (id, project_id, name, unit, baseline, target, by_gender)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        project,
                        indicator.name(),
                        indicator.unit(),
                        indicator.baseline(),
                        indicator.target(),
                        indicator.byGender())
                .update();
        return id;
    }

    /** Whether the indicator asks for women and men; empty when it is not this project's. */
    Optional<Boolean> byGender(UUID project, UUID indicator) {
        return jdbc.sql("SELECT by_gender FROM project_indicator WHERE project_id = ? AND id = ?")
                .params(project, indicator)
                .query(Boolean.class)
                .optional();
    }

    void addValue(UUID project, UUID indicator, ValueDraft.Checked value, String by) {
        jdbc.sql("""
                        INSERT INTO project_indicator_value (id, project_id, indicator_id, value_date, total, women,
                                                             men, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        project,
                        indicator,
                        value.date(),
                        value.total(),
                        value.women(),
                        value.men(),
                        by)
                .update();
    }

    void addUpdate(UUID project, UUID organisation, LocalDate date, String body, String by) {
        jdbc.sql("""
                        INSERT INTO project_update (id, project_id, organisation_id, update_date, body, written_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), project, organisation, date, body, by)
                .update();
    }

    /** A file of a kind recognised by content, up to the evidence limit; problems name the field. */
    void addDocument(UUID project, UUID organisation, String title, Upload file, String by) {
        FieldProblems problems = new FieldProblems();
        String checkedTitle = InputText.required(title, 200, "documentTitle", problems);
        EvidenceType type = null;
        if (file == null || file.size() == 0) {
            problems.add("documentFile", "projects.field.required.documentFile");
        } else {
            type = EvidenceFiles.type(file, "documentFile", problems);
        }
        problems.throwIfAny();
        jdbc.sql("""
                        INSERT INTO project_document (id, project_id, organisation_id, title, file_name, content_type,
                                                      content, added_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        project,
                        organisation,
                        checkedTitle,
                        EvidenceFiles.safeName(file.fileName(), type),
                        type.contentType(),
                        file.content(),
                        by)
                .update();
    }

    Optional<StoredFile> document(UUID project, UUID document) {
        return jdbc.sql("SELECT file_name, content_type, content FROM project_document WHERE project_id = ? AND id = ?")
                .params(project, document)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
