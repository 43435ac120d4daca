package nl.ketenwijs.riskknowledge;

/** The secretariat added, changed or withdrew the expert entry of one raw material on one theme. */
public record ExpertAssessmentChanged(String commodityCode, String themeCode) implements RiskKnowledgeEvent {

    @Override
    public boolean touches(String commodityCode) {
        return this.commodityCode.equals(commodityCode);
    }
}
