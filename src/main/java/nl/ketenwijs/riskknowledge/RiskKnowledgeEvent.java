package nl.ketenwijs.riskknowledge;

/**
 * A change of the knowledge base that can change inherent risk levels. Other modules listen (the company
 * risk analysis re-evaluates what the change touches); {@link KnowledgeRevision#announce} publishes it.
 */
public sealed interface RiskKnowledgeEvent
        permits DatasetEditionPublished, ExpertAssessmentChanged, ExpertAssessmentsShipped {

    /** Whether levels of this raw material (by commodity code) can have changed. */
    boolean touches(String commodityCode);
}
