package nl.ketenwijs.riskknowledge.web;

import java.util.List;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import org.springframework.stereotype.Component;

/** The risk profile of a commodity from every country we know: what the maps and factsheets show. */
@Component
class CountryLevels {

    private final Countries countries;
    private final RiskProfiles profiles;

    CountryLevels(Countries countries, RiskProfiles profiles) {
        this.countries = countries;
        this.profiles = profiles;
    }

    /** Profiles cost no query, so every country of the world takes a few milliseconds. */
    List<RiskProfile> everyCountry(Commodity commodity) {
        return countries.all().stream()
                .map(country -> profiles.profile(commodity, country))
                .toList();
    }
}
