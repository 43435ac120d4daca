package nl.ketenwijs.supplychain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which member companies a complaint may concern, for the complaints mechanism's routing. The database
 * functions {@code kw_companies_with} and {@code kw_companies_naming_supplier} open the chains for one query
 * and return company ids only: the caller learns who matched and by which criterion, never anything else
 * of their chains (no product, supplier, volume or other origin).
 */
@Service
public class ChainLookup {

    /** Why a company is proposed. */
    public enum Criterion {
        COMMODITY_COUNTRY,
        SUPPLIER
    }

    public record CompanyMatch(UUID organisationId, String name, Criterion criterion) {}

    /** A commodity of the knowledge base, named in the reader's language. */
    public record CommodityChoice(String code, String name) {}

    /** A country of the reference list by both its codes: complaints name it by alpha-2, chains by alpha-3. */
    public record CountryChoice(String iso2, String iso3, String name) {}

    private final JdbcClient jdbc;
    private final Commodities commodities;
    private final Countries countries;

    ChainLookup(JdbcClient jdbc, Commodities commodities, Countries countries) {
        this.jdbc = jdbc;
        this.commodities = commodities;
        this.countries = countries;
    }

    /** Companies whose chain has the commodity from the country (ISO 3166-1 alpha-3), by name. */
    @Transactional
    public List<CompanyMatch> companiesWith(String commodityCode, String countryIso3) {
        if (commodityCode == null || countryIso3 == null) {
            return List.of();
        }
        return companies("SELECT kw_companies_with(?, ?)", commodityCode, countryIso3, Criterion.COMMODITY_COUNTRY);
    }

    /**
     * Companies with a supplier of this name in the country; names match as shared facilities do, folded
     * for case, punctuation and spaces.
     */
    @Transactional
    public List<CompanyMatch> companiesNamingSupplier(String supplierName, String countryIso3) {
        if (supplierName == null || supplierName.isBlank() || countryIso3 == null) {
            return List.of();
        }
        return companies("SELECT kw_companies_naming_supplier(?, ?)", supplierName, countryIso3, Criterion.SUPPLIER);
    }

    @Transactional(readOnly = true)
    public List<CommodityChoice> commodities(Locale locale) {
        return commodities.all().stream()
                .map(c -> new CommodityChoice(c.code(), c.name(locale)))
                .sorted(Comparator.comparing(CommodityChoice::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CountryChoice> countries(Locale locale) {
        return countries.all().stream()
                .map(c -> new CountryChoice(c.iso2(), c.iso3(), c.name(locale)))
                .sorted(Comparator.comparing(CountryChoice::name))
                .toList();
    }

    /** The country's alpha-3 code, as chains and plans name countries. */
    @Transactional(readOnly = true)
    public Optional<String> iso3(String countryIso2) {
        return countries.all().stream()
                .filter(c -> c.iso2().equals(countryIso2))
                .map(Country::iso3)
                .findFirst();
    }

    private List<CompanyMatch> companies(String function, String value, String countryIso3, Criterion criterion) {
        UUID[] ids = jdbc.sql(function)
                .params(value, countryIso3)
                .query((rs, n) -> (UUID[]) rs.getArray(1).getArray())
                .single();
        if (ids.length == 0) {
            return List.of();
        }
        Map<UUID, String> names = jdbc
                .sql("SELECT id, name FROM organisation WHERE id = ANY(?) AND kind = 'COMPANY'")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return names.entrySet().stream()
                .map(e -> new CompanyMatch(e.getKey(), e.getValue(), criterion))
                .sorted(Comparator.comparing(CompanyMatch::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
