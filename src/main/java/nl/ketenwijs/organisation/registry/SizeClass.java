package nl.ketenwijs.organisation.registry;

/** Company size as the covenant counts it: SMEs get lighter monitoring. */
public enum SizeClass {
    SME,
    LARGE
}
