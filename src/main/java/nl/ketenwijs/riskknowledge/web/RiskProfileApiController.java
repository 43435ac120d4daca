package nl.ketenwijs.riskknowledge.web;

import java.util.List;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Match;
import nl.ketenwijs.riskknowledge.Reason;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public risk check as JSON: the inherent risk of a raw material from a country on every theme, with
 * the source rows and rules behind each level. Public, like the sources it is made of.
 */
@RestController
class RiskProfileApiController {

    /** Said when no name is near enough to suggest: a typo-free name that is simply not on our lists. */
    private static final java.util.Map<String, String> WHAT_TO_TRY = java.util.Map.of(
            "commodity", "Use a raw material's name in English or Dutch, or its HS code (e.g. 1801 for cocoa beans).",
            "country", "Use the country's name in English or Dutch, or its ISO code (e.g. CI or CIV).");

    private final Commodities commodities;
    private final Countries countries;
    private final RiskProfiles profiles;

    RiskProfileApiController(Commodities commodities, Countries countries, RiskProfiles profiles) {
        this.commodities = commodities;
        this.countries = countries;
        this.profiles = profiles;
    }

    @GetMapping(path = "/api/v1/risk-profiles", produces = MediaType.APPLICATION_JSON_VALUE)
    RiskProfileJson profile(@RequestParam String commodity, @RequestParam String country) {
        Match<Commodity> commodityMatch = commodities.match(commodity);
        Commodity foundCommodity = commodityMatch
                .found()
                .orElseThrow(() -> new NameNotMatched(
                        "commodity",
                        commodity,
                        commodityMatch.suggestions().stream()
                                .map(Commodity::nameEn)
                                .toList()));
        Match<Country> countryMatch = countries.match(country);
        Country foundCountry = countryMatch
                .found()
                .orElseThrow(() -> new NameNotMatched(
                        "country",
                        country,
                        countryMatch.suggestions().stream().map(Country::nameEn).toList()));
        return RiskProfileJson.of(profiles.profile(foundCommodity, foundCountry));
    }

    /** RFC 9457: a name that matches nothing is a resource that does not exist, with names to try instead. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> notMatched(NameNotMatched failure) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "No " + failure.kind() + " is called '" + failure.input() + "'; "
                        + (failure.suggestions().isEmpty()
                                ? "no name comes close. " + WHAT_TO_TRY.get(failure.kind())
                                : "try one of the suggestions."));
        problem.setTitle("Unknown " + failure.kind());
        problem.setProperty("parameter", failure.kind());
        problem.setProperty("suggestions", failure.suggestions());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    record RiskProfileJson(CommodityJson commodity, CountryJson country, List<ThemeJson> themes) {

        static RiskProfileJson of(RiskProfile profile) {
            Commodity c = profile.commodity();
            Country country = profile.country();
            return new RiskProfileJson(
                    new CommodityJson(c.code(), c.nameEn(), c.nameNl(), c.category(), c.hsCodes()),
                    new CountryJson(country.iso2(), country.iso3(), country.nameEn(), country.nameNl()),
                    profile.themes().stream()
                            .map(risk -> new ThemeJson(
                                    risk.theme().code(),
                                    risk.theme().group().code(),
                                    risk.level().code(),
                                    risk.reasons()))
                            .toList());
        }
    }

    record CommodityJson(String code, String nameEn, String nameNl, String category, List<String> hsCodes) {}

    record CountryJson(String iso2, String iso3, String nameEn, String nameNl) {}

    record ThemeJson(String theme, String group, String level, List<Reason> reasons) {}
}
