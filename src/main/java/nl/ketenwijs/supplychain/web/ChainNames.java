package nl.ketenwijs.supplychain.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import org.springframework.stereotype.Component;

/** The names of commodities and countries in the page's language, looked up once per page. */
@Component
class ChainNames {

    private final Commodities commodities;
    private final Countries countries;

    ChainNames(Commodities commodities, Countries countries) {
        this.commodities = commodities;
        this.countries = countries;
    }

    Names in(Locale locale) {
        return new Names(
                commodities.all().stream().collect(Collectors.toMap(Commodity::code, c -> c.name(locale))),
                countries.all().stream().collect(Collectors.toMap(Country::iso3, c -> c.name(locale))),
                locale);
    }

    /** Public, with public methods: the templates call them. */
    public static final class Names {

        private final Map<String, String> commodities;
        private final Map<String, String> countries;
        private final Locale locale;

        Names(Map<String, String> commodities, Map<String, String> countries, Locale locale) {
            this.commodities = commodities;
            this.countries = countries;
            this.locale = locale;
        }

        /** The knowledge base's name, or the code itself for a code that has left the list. */
        public String commodity(String code) {
            return commodities.getOrDefault(code, code);
        }

        public String country(String iso3) {
            return countries.getOrDefault(iso3, iso3);
        }

        /** Every commodity, sorted by its name in this language, for a select. */
        public List<Map.Entry<String, String>> commodityOptions() {
            return commodities.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(java.text.Collator.getInstance(locale)))
                    .toList();
        }

        Function<String, String> countryName() {
            return this::country;
        }
    }
}
