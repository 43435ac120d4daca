package nl.ketenwijs.actions.matching;

import java.util.UUID;
import nl.ketenwijs.riskanalysis.PrioritisedRisks;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's choice to be named to the other companies that prioritise the same risk. Only for a risk the
 * company prioritises itself: it cannot announce itself on a risk it does not carry.
 */
@Service
public class RiskVisibility {

    /** The risk is not one the company prioritises. */
    public static class NotPrioritised extends RuntimeException {
        NotPrioritised() {
            super("Not a prioritised risk of this company");
        }
    }

    private final JdbcClient jdbc;
    private final PrioritisedRisks risks;

    RiskVisibility(JdbcClient jdbc, PrioritisedRisks risks) {
        this.jdbc = jdbc;
        this.risks = risks;
    }

    @Transactional
    public void show(UUID company, EntryKey key, String by) {
        if (!risks.of(company).contains(key)) {
            throw new NotPrioritised();
        }
        jdbc.sql("""
                        INSERT INTO shared_risk_visibility (organisation_id, commodity_code, country_iso3, theme,
                                                            opted_in_by)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                        """)
                .params(
                        company,
                        key.commodityCode(),
                        key.countryIso3(),
                        key.theme().code(),
                        by)
                .update();
    }

    @Transactional
    public void hide(UUID company, EntryKey key) {
        jdbc.sql("""
                        DELETE FROM shared_risk_visibility
                         WHERE organisation_id = ? AND commodity_code = ? AND country_iso3 = ? AND theme = ?
                        """)
                .params(
                        company,
                        key.commodityCode(),
                        key.countryIso3(),
                        key.theme().code())
                .update();
    }
}
