package nl.ketenwijs.supplychain;

import java.util.List;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import org.springframework.stereotype.Service;

/**
 * The countries an origin can be in, by ISO 3166-1 alpha-2 code: the reference list that chains use, for
 * modules that route by country without reaching the knowledge base themselves (the complaint portal).
 */
@Service
public class OriginCountries {

    private final Countries countries;

    OriginCountries(Countries countries) {
        this.countries = countries;
    }

    public List<String> codes() {
        return countries.all().stream().map(Country::iso2).toList();
    }
}
