package nl.ketenwijs.riskanalysis;

import java.time.OffsetDateTime;
import java.util.List;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Reason;
import nl.ketenwijs.riskknowledge.Theme;

/**
 * One risk in a company's register: a theme for a raw material from a country, its inherent level with
 * the reasons, and the company's severity, likelihood and priority. The likelihood follows the inherent
 * level, moved by what the company's suppliers show ({@link LikelihoodEvidence}, each step in adjustments),
 * unless the company adjusted it: its own judgement overrides everything; an unknown level has no likelihood and so no priority: it is a gap
 * to investigate, ranked by severity, never taken for low.
 */
public record RegisterEntry(
        String commodityCode,
        String countryIso3,
        Theme theme,
        Level level,
        List<Reason> reasons,
        List<String> products,
        int severity,
        Integer likelihood,
        Decision decision,
        String decisionReason,
        OffsetDateTime evaluatedAt,
        List<LikelihoodEvidence.Adjustment> adjustments) {

    public RegisterEntry {
        reasons = List.copyOf(reasons);
        products = List.copyOf(products);
        adjustments = List.copyOf(adjustments);
    }

    /** Severity times likelihood, 1 to 25; null while the likelihood is unknown. */
    public Integer priority() {
        return likelihood == null ? null : severity * likelihood;
    }

    public boolean isGap() {
        return likelihood == null;
    }

    public boolean isDismissed() {
        return decision == Decision.DISMISSED;
    }

    /** The likelihood the inherent level suggests before any company-specific evidence. */
    public static Integer likelihoodOf(Level level) {
        return switch (level) {
            case UNKNOWN -> null;
            case LOW -> 2;
            case MEDIUM -> 3;
            case HIGH -> 4;
            case VERY_HIGH -> 5;
        };
    }
}
