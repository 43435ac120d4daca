package nl.ketenwijs.supplychain;

import java.util.List;
import java.util.Set;
import nl.ketenwijs.riskknowledge.ChainExposure;
import nl.ketenwijs.riskknowledge.CommodityCountry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many companies' chains a change of the knowledge base touches, counted in the database by a function
 * that returns the number only: the chains themselves stay closed to the caller.
 */
@Component
class SectorChainExposure implements ChainExposure {

    private final JdbcClient jdbc;

    SectorChainExposure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public int companiesSourcing(Set<CommodityCountry> pairs) {
        if (pairs.isEmpty()) {
            return 0;
        }
        List<CommodityCountry> ordered = List.copyOf(pairs);
        return jdbc.sql("SELECT kw_companies_sourcing(?::text[], ?::text[])")
                .params(
                        ordered.stream().map(CommodityCountry::commodityCode).toArray(String[]::new),
                        ordered.stream().map(CommodityCountry::iso3).toArray(String[]::new))
                .query(Integer.class)
                .single();
    }
}
