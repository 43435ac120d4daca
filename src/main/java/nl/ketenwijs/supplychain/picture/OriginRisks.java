package nl.ketenwijs.supplychain.picture;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import nl.ketenwijs.supplychain.mapping.Product;
import nl.ketenwijs.supplychain.mapping.RawMaterial;
import org.springframework.stereotype.Service;

/**
 * Where a company's raw materials come from and how risky each origin is: per (commodity, country) the
 * highest inherent level over all themes, per country the highest over its raw materials. An unclassified
 * raw material adds its country with an unknown level, never a low one.
 */
@Service
public class OriginRisks {

    private final RiskProfiles profiles;
    private final Commodities commodities;
    private final Countries countries;

    OriginRisks(RiskProfiles profiles, Commodities commodities, Countries countries) {
        this.profiles = profiles;
        this.commodities = commodities;
        this.countries = countries;
    }

    /** Highest level first, then by country name. */
    public List<CountryRisk> of(List<Product> products, Locale locale) {
        Map<String, Commodity> commodityByCode =
                commodities.all().stream().collect(Collectors.toMap(Commodity::code, Function.identity()));
        Map<String, Country> countryByIso3 =
                countries.all().stream().collect(Collectors.toMap(Country::iso3, Function.identity()));
        Map<String, Level> pairLevels = new HashMap<>();
        Map<String, List<CountryRisk.Sourced>> sourced = new LinkedHashMap<>();
        for (Product product : products) {
            for (RawMaterial material : product.materials()) {
                for (String iso3 : material.knownCountries()) {
                    Level level = level(material.commodityCode(), iso3, commodityByCode, countryByIso3, pairLevels);
                    sourced.computeIfAbsent(iso3, key -> new ArrayList<>())
                            .add(new CountryRisk.Sourced(
                                    product.name(), material.name(), material.commodityCode(), level));
                }
            }
        }
        Collator collator = Collator.getInstance(locale);
        return sourced.entrySet().stream()
                .map(entry -> new CountryRisk(
                        entry.getKey(),
                        countryByIso3.containsKey(entry.getKey())
                                ? countryByIso3.get(entry.getKey()).name(locale)
                                : entry.getKey(),
                        entry.getValue().stream()
                                .map(CountryRisk.Sourced::level)
                                .max(Comparator.naturalOrder())
                                .orElse(Level.UNKNOWN),
                        entry.getValue()))
                .sorted(Comparator.comparing(CountryRisk::highest)
                        .reversed()
                        .thenComparing(CountryRisk::name, collator))
                .toList();
    }

    /** The highest level over all themes; UNKNOWN for an unclassified raw material or an unlisted code. */
    private Level level(
            String commodityCode,
            String iso3,
            Map<String, Commodity> commodityByCode,
            Map<String, Country> countryByIso3,
            Map<String, Level> known) {
        Commodity commodity = commodityCode == null ? null : commodityByCode.get(commodityCode);
        Country country = countryByIso3.get(iso3);
        if (commodity == null || country == null) {
            return Level.UNKNOWN;
        }
        return known.computeIfAbsent(
                commodityCode + ':' + iso3,
                key -> profiles.profile(commodity, country).themes().stream()
                        .map(ThemeRisk::level)
                        .max(Comparator.naturalOrder())
                        .orElse(Level.UNKNOWN));
    }
}
