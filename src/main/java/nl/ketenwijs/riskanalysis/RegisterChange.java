package nl.ketenwijs.riskanalysis;

import java.time.OffsetDateTime;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;

/**
 * A level that appeared (old null), changed or went (new null) at a re-evaluation, and why: the company's
 * chain changed ("CHAIN") or the knowledge base did ("KNOWLEDGE").
 */
public record RegisterChange(
        String commodityCode,
        String countryIso3,
        Theme theme,
        Level oldLevel,
        Level newLevel,
        String cause,
        OffsetDateTime changedAt) {

    /** appeared, gone, up or down: which sentence describes it. */
    public String kind() {
        if (oldLevel == null) {
            return "appeared";
        }
        if (newLevel == null) {
            return "gone";
        }
        return newLevel.compareTo(oldLevel) > 0 ? "up" : "down";
    }
}
