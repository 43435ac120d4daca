package nl.ketenwijs.supplychain.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenwijs.supplychain.mapping.RawMaterial;

/**
 * A raw material as a person types it: numbers as text, so 12,5 and 12.5 both work and a wrong one is
 * named in a message instead of failing the binding; origins as names separated by commas.
 *
 * @param commodityCode the knowledge base's commodity; empty means "recognise it from the name"
 */
record MaterialForm(
        @NotBlank(message = "{chain.material.name.required}")
        @Size(max = 200, message = "{chain.material.name.tooLong}")
        String name,

        String commodityCode,

        @Size(max = 2000, message = "{chain.material.origins.tooLong}")
        String origins,

        String sharePercent,
        String volumeKgPerYear,
        String spendEur) {

    static MaterialForm empty() {
        return new MaterialForm("", "", "", "", "", "");
    }

    /** The stored material, written back as a person would type it in this language. */
    static MaterialForm of(RawMaterial material, Function<String, String> countryName, Locale locale) {
        String origins = material.origins().stream()
                .map(origin -> origin.isUnknown()
                        ? nl.ketenwijs.supplychain.mapping.OriginText.unknownWord(locale)
                        : countryName.apply(origin.iso3()))
                .collect(Collectors.joining(", "));
        return new MaterialForm(
                material.name(),
                material.commodityCode() == null ? "" : material.commodityCode(),
                origins,
                text(material.quantities().sharePercent(), locale),
                text(material.quantities().volumeKgPerYear(), locale),
                text(material.quantities().spendEur(), locale));
    }

    private static String text(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return "nl".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
