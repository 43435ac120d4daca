package nl.ketenwijs.actions.collective;

import java.time.LocalDate;
import java.util.UUID;

/** A dated update a participant wrote, or a document one shared (then {@code fileName} is set). */
public record ProjectNote(
        UUID id, LocalDate date, String text, String organisation, String writtenBy, String fileName, Integer size) {}
