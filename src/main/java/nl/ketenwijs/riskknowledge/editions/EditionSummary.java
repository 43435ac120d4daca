package nl.ketenwijs.riskknowledge.editions;

import java.time.OffsetDateTime;

/**
 * An edition of an evidence data set as the staff pages list it.
 *
 * @param loadedBy who uploaded it, or null for an edition shipped in the application
 * @param rowCount source rows with at least one value
 */
public record EditionSummary(
        String edition, OffsetDateTime loadedAt, String loadedBy, boolean active, int rowCount, int countries) {

    public boolean isShipped() {
        return loadedBy == null;
    }
}
