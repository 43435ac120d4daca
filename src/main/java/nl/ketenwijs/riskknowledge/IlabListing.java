package nl.ketenwijs.riskknowledge;

/**
 * One row of the ILAB List of Goods for a good a commodity covers: which exploitation ILAB found, in which
 * country, in which edition.
 */
public record IlabListing(
        String good,
        String iso3,
        boolean childLabour,
        boolean forcedLabour,
        boolean forcedChildLabour,
        String edition) {}
