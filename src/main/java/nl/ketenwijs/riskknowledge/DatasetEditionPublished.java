package nl.ketenwijs.riskknowledge;

/**
 * An edition of an evidence data set became the one the rules read. Any raw material can be touched: a
 * country indicator applies to every commodity from that country.
 *
 * @param previousEdition the edition it replaced, or null when the data set had none active
 */
public record DatasetEditionPublished(String dataSet, String edition, String previousEdition)
        implements RiskKnowledgeEvent {

    @Override
    public boolean touches(String commodityCode) {
        return true;
    }
}
