package nl.ketenwijs.riskanalysis.register;

/**
 * How much of a register an evaluation brings in line, as the two CTEs its statement compares: {@code old},
 * the entries as they are (with how they are ranked, for the heat map), and {@code fresh}, what they should be.
 */
enum Reach {

    /**
     * Every entry, from the chain as it is now ({@code sourcing_pair}, the chain module's view). A company's
     * pairs are a few hundred of the sector's thousands: their verdicts are looked up by key ({@code OFFSET 0}
     * keeps the planner from hashing all of {@code pair_risk} for each company instead). A pair without any
     * is one the knowledge base cannot judge.
     */
    WHOLE_CHAIN("""
            old AS (
                SELECT commodity_code, country_iso3, theme, inherent_level, products, certifications, audit_failed,
                       severity, final_likelihood, dismissed
                  FROM register_entry WHERE organisation_id = :organisation
            ), sourced AS (
                SELECT p.commodity_code, p.country_iso3, r.theme, r.level, p.products, p.certifications,
                       p.audit_failed
                  FROM sourcing_pair p
                  LEFT JOIN LATERAL (SELECT theme, level FROM pair_risk
                                      WHERE commodity_code = p.commodity_code AND country_iso3 = p.country_iso3
                                     OFFSET 0) r ON true
                 WHERE p.organisation_id = :organisation
            ), fresh AS (
                SELECT * FROM sourced WHERE theme IS NOT NULL
            )""", "EXISTS (SELECT 1 FROM sourced WHERE theme IS NULL)"),

    /**
     * The entries of the pairs one of whose levels moved since the register was last brought in line, with what
     * the register holds of the chain for them (products, certifications, audits): the chain has not changed
     * since the register was brought in line, or the evaluation of that change is still to come and reads it in
     * full. The pairs and their verdicts come with the statement ({@link MovedPairs}: {@code :movedCommodities}
     * and {@code :movedCountries}; {@code :verdictCommodities}, {@code :verdictCountries},
     * {@code :verdictThemes} and {@code :verdictLevels}); each pair's entries are looked up by key.
     */
    MOVED_LEVELS("""
            old AS (
                SELECT e.commodity_code, e.country_iso3, e.theme, e.inherent_level, e.products, e.certifications,
                       e.audit_failed, e.severity, e.final_likelihood, e.dismissed
                  FROM unnest(:movedCommodities::text[], :movedCountries::text[]) AS j(commodity_code, country_iso3)
                  JOIN register_entry e ON e.organisation_id = :organisation AND e.commodity_code = j.commodity_code
                                       AND e.country_iso3 = j.country_iso3
            ), fresh AS (
                SELECT p.commodity_code, p.country_iso3, v.theme, v.level, p.products, p.certifications,
                       p.audit_failed
                  FROM (SELECT DISTINCT ON (commodity_code, country_iso3) commodity_code, country_iso3, products,
                               certifications, audit_failed
                          FROM old) p
                  JOIN unnest(:verdictCommodities::text[], :verdictCountries::text[], :verdictThemes::text[],
                              :verdictLevels::text[]) AS v(commodity_code, country_iso3, theme, level)
                    ON v.commodity_code = p.commodity_code AND v.country_iso3 = p.country_iso3
            )""", """
            coalesce((SELECT unknown_pairs FROM register_evaluation WHERE organisation_id = :organisation), true)
            OR EXISTS (SELECT 1 FROM changed WHERE new_level IS NULL)""");

    private final String ctes;
    private final String unknownPairs;

    Reach(String ctes, String unknownPairs) {
        this.ctes = ctes;
        this.unknownPairs = unknownPairs;
    }

    /**
     * Whether the chain has a pair without verdicts (its commodity or country not on the knowledge base's
     * lists), after the statement: the whole chain says so itself; when only moved pairs are read, it is as
     * it was, or true when a pair lost its entries because it lost its verdicts.
     */
    String unknownPairs() {
        return unknownPairs;
    }

    /** The {@code old} and {@code fresh} CTEs, without {@code WITH}. */
    String ctes() {
        return ctes;
    }
}
