package nl.ketenwijs.actions.collective;

import java.time.LocalDate;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.plan.EvidenceFiles.StoredFile;
import nl.ketenwijs.actions.plan.EvidenceFiles.Upload;
import nl.ketenwijs.actions.plan.FieldProblems;
import nl.ketenwijs.actions.plan.InputText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work participants do in a project: measures of the shared plan, indicators and their values, updates
 * and documents. Every change is by an organisation that joined the project (or the secretariat); input is
 * refused whole, with a problem per field, as in a company's own plan.
 */
@Service
public class ProjectWork {

    /** Who acts: the organisation, whether it is the secretariat, and the person. */
    public record Actor(UUID organisation, boolean secretariat, String person) {}

    private final Projects projects;
    private final ProjectContent content;

    ProjectWork(Projects projects, ProjectContent content) {
        this.projects = projects;
        this.content = content;
    }

    /** The owner must be an organisation that joined the project. */
    @Transactional
    public UUID addMeasure(Actor actor, UUID project, ProjectMeasureDraft draft) {
        projects.requireJoined(actor.organisation(), actor.secretariat(), project);
        FieldProblems problems = new FieldProblems();
        ProjectMeasureDraft.Checked measure = draft.check(problems);
        if (measure.ownerOrganisation() != null
                && projects.participants(project).stream()
                        .noneMatch(p -> p.organisationId().equals(measure.ownerOrganisation())
                                && p.participation() == Participation.JOINED)) {
            problems.add("ownerOrganisation", "projects.field.invalid.ownerOrganisation");
        }
        problems.throwIfAny();
        return content.addMeasure(project, measure, actor.person());
    }

    @Transactional
    public void changeStatus(Actor actor, UUID project, UUID measure, String status) {
        projects.requireJoined(actor.organisation(), actor.secretariat(), project);
        FieldProblems problems = new FieldProblems();
        MeasureStatus checked = InputText.choice(status, MeasureStatus.class, "status", problems);
        problems.throwIfAny();
        if (!content.changeStatus(project, measure, checked)) {
            throw new ProjectNotFound();
        }
    }

    @Transactional
    public UUID addIndicator(Actor actor, UUID project, IndicatorDraft draft) {
        projects.requireJoined(actor.organisation(), actor.secretariat(), project);
        FieldProblems problems = new FieldProblems();
        IndicatorDraft.Checked indicator = draft.check(problems);
        problems.throwIfAny();
        return content.addIndicator(project, indicator);
    }

    @Transactional
    public void addValue(Actor actor, UUID project, UUID indicator, ValueDraft draft) {
        projects.requireJoined(actor.organisation(), actor.secretariat(), project);
        boolean byGender = content.byGender(project, indicator).orElseThrow(ProjectNotFound::new);
        FieldProblems problems = new FieldProblems();
        ValueDraft.Checked value = draft.check(byGender, problems);
        problems.throwIfAny();
        content.addValue(project, indicator, value, actor.person());
    }

    @Transactional
    public void addUpdate(Actor actor, UUID project, String date, String text) {
        projects.requireJoined(actor.organisation(), actor.secretariat(), project);
        FieldProblems problems = new FieldProblems();
        LocalDate day = InputText.date(date, true, "updateDate", problems);
        String body = InputText.required(text, 4000, "updateText", problems);
        problems.throwIfAny();
        content.addUpdate(project, actor.organisation(), day, body, actor.person());
    }

    @Transactional
    public void addDocument(Actor actor, UUID project, String title, Upload file) {
        projects.requireJoined(actor.organisation(), actor.secretariat(), project);
        content.addDocument(project, actor.organisation(), title, file, actor.person());
    }

    @Transactional(readOnly = true)
    public StoredFile document(UUID organisation, boolean secretariat, UUID project, UUID document) {
        projects.requireJoined(organisation, secretariat, project);
        return content.document(project, document).orElseThrow(ProjectNotFound::new);
    }
}
