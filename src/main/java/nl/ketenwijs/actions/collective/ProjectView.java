package nl.ketenwijs.actions.collective;

import java.util.List;

/** All a participant (or the secretariat) sees of a project. */
public record ProjectView(
        Project project,
        List<Participant> participants,
        List<ProjectMeasure> measures,
        List<ProjectIndicator> indicators,
        List<ProjectNote> updates,
        List<ProjectNote> documents) {}
