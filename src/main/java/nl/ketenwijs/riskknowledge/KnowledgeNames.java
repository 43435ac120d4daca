package nl.ketenwijs.riskknowledge;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/** The names of commodities and countries in a page's language, looked up once per page. */
@Service
public class KnowledgeNames {

    private final Commodities commodities;
    private final Countries countries;
    private final Map<Locale, Names> byLocale = new ConcurrentHashMap<>();

    KnowledgeNames(Commodities commodities, Countries countries) {
        this.commodities = commodities;
        this.countries = countries;
    }

    /**
     * The lists are loaded before the application takes requests and do not change while it runs (as
     * {@link Countries} assumes too), so each language's names are read once, not on every page.
     */
    public Names in(Locale locale) {
        return byLocale.computeIfAbsent(locale, this::read);
    }

    private Names read(Locale locale) {
        return new Names(
                commodities.all().stream().collect(Collectors.toMap(Commodity::code, c -> c.name(locale))),
                countries.all().stream().collect(Collectors.toMap(Country::iso3, c -> c.name(locale))),
                locale);
    }

    /** Public, with public methods: templates call them. */
    public static final class Names {

        private final Map<String, String> commodities;
        private final Map<String, String> countries;

        /** Sorted once per language with its collator, which compares names slowly, not on every page. */
        private final List<Map.Entry<String, String>> commodityOptions;

        private final List<Map.Entry<String, String>> countryOptions;

        /** Every country's place in this language's alphabet, so a page sorts its few without a collator. */
        private final Map<String, Integer> countryPlaces;

        Names(Map<String, String> commodities, Map<String, String> countries, Locale locale) {
            this.commodities = commodities;
            this.countries = countries;
            this.commodityOptions = sorted(commodities, locale);
            this.countryOptions = sorted(countries, locale);
            this.countryPlaces = IntStream.range(0, countryOptions.size())
                    .boxed()
                    .collect(Collectors.toMap(i -> countryOptions.get(i).getKey(), i -> i));
        }

        /** The knowledge base's name, or the code itself for a code that has left the list. */
        public String commodity(String code) {
            return commodities.getOrDefault(code, code);
        }

        public String country(String iso3) {
            return countries.getOrDefault(iso3, iso3);
        }

        /** Every commodity, by its name in this language, for a select. */
        public List<Map.Entry<String, String>> commodityOptions() {
            return commodityOptions;
        }

        /** Every country, by its name in this language, for a select. */
        public List<Map.Entry<String, String>> countryOptions() {
            return countryOptions;
        }

        /**
         * Country codes in the alphabetical order of their names in this language (a collator compares names
         * slowly: sorting 170 of them took a fifth of the register page's own work); unknown codes last, by code.
         */
        public Comparator<String> countryOrder() {
            return Comparator.<String>comparingInt(iso3 -> countryPlaces.getOrDefault(iso3, Integer.MAX_VALUE))
                    .thenComparing(Comparator.naturalOrder());
        }

        private static List<Map.Entry<String, String>> sorted(Map<String, String> names, Locale locale) {
            return names.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Collator.getInstance(locale)))
                    .toList();
        }
    }
}
