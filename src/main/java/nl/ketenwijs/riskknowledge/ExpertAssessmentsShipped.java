package nl.ketenwijs.riskknowledge;

import java.util.Set;

/**
 * A start of a new version added or corrected shipped expert entries of these raw materials: one event for
 * all of them, so registers are re-evaluated once, not once per entry.
 */
public record ExpertAssessmentsShipped(Set<String> commodityCodes) implements RiskKnowledgeEvent {

    public ExpertAssessmentsShipped {
        commodityCodes = Set.copyOf(commodityCodes);
    }

    @Override
    public boolean touches(String commodityCode) {
        return commodityCodes.contains(commodityCode);
    }
}
