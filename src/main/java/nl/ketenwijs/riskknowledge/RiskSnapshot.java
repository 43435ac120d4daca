package nl.ketenwijs.riskknowledge;

import java.util.function.BiFunction;

/**
 * The knowledge base at one revision: every profile asked of it is judged from the same evidence, and the
 * revision says which. From {@link RiskProfiles#current()}.
 */
public final class RiskSnapshot {

    private final long revision;
    private final BiFunction<Commodity, Country, RiskProfile> profiles;

    RiskSnapshot(long revision, BiFunction<Commodity, Country, RiskProfile> profiles) {
        this.revision = revision;
        this.profiles = profiles;
    }

    /** The knowledge revision the evidence was read at (or an older one: never a newer). */
    public long revision() {
        return revision;
    }

    public RiskProfile profile(Commodity commodity, Country country) {
        return profiles.apply(commodity, country);
    }
}
