package nl.ketenwijs.riskanalysis.register;

/** Why a register was evaluated again: its company's chain changed, or the knowledge base did. */
public enum Cause {
    CHAIN,
    KNOWLEDGE
}
