package nl.ketenwijs.riskknowledge;

import java.util.Locale;

/**
 * The fixed scale of inherent risk, lowest first. UNKNOWN is not a low risk: it says no evidence was found,
 * so it comes first only in order, never in meaning.
 */
public enum Level {
    UNKNOWN,
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH;

    /** Stable: used in the API (very_high) and stored with risk levels; never rename. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
