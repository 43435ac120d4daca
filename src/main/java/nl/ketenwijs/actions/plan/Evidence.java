package nl.ketenwijs.actions.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A dated note, a file, or both, that shows what a measure did. {@code fileName} is null for a note alone. */
public record Evidence(
        UUID id, LocalDate date, String note, String fileName, String contentType, Integer size, String addedBy) {

    public boolean hasFile() {
        return fileName != null;
    }
}
