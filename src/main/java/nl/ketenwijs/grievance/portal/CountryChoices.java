package nl.ketenwijs.grievance.portal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.ketenwijs.supplychain.OriginCountries;
import org.springframework.stereotype.Component;

/**
 * The countries of the reference list, named in the person's language. The reference list has English and
 * Dutch names only; the JDK's CLDR data names them in every portal language. Reference data changes only at
 * a restart, so the list is read once.
 */
@Component
class CountryChoices {

    record Choice(String code, String name) {}

    private final OriginCountries countries;
    private volatile Set<String> codes;
    private final Map<String, List<Choice>> byLanguage = new ConcurrentHashMap<>();

    CountryChoices(OriginCountries countries) {
        this.countries = countries;
    }

    List<Choice> in(Locale language) {
        return byLanguage.computeIfAbsent(language.getLanguage(), code -> {
            Collator order = Collator.getInstance(language);
            return codes().stream()
                    .map(country -> new Choice(
                            country,
                            new Locale.Builder().setRegion(country).build().getDisplayCountry(language)))
                    .sorted(Comparator.comparing(Choice::name, order))
                    .toList();
        });
    }

    boolean known(String code) {
        return codes().contains(code);
    }

    private Set<String> codes() {
        Set<String> read = codes;
        if (read == null) {
            codes = read = Set.copyOf(countries.codes());
        }
        return read;
    }
}
