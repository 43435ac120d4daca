package nl.ketenwijs.supplychain.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.supplychain.mapping.DecimalText;
import nl.ketenwijs.supplychain.mapping.MaterialInput;
import nl.ketenwijs.supplychain.mapping.OriginText;
import nl.ketenwijs.supplychain.mapping.Quantities;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Turns a raw-material form into what is stored, or names each field that cannot be read. A name the
 * knowledge base does not know is no error: the material is kept unclassified, a gap to close later.
 */
@Component
class MaterialFormReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LARGEST = new BigDecimal("999999999999");

    private final Commodities commodities;
    private final OriginText originText;

    MaterialFormReader(Commodities commodities, OriginText originText) {
        this.commodities = commodities;
        this.originText = originText;
    }

    /** @return what to store, or empty when the result has errors to show */
    Optional<MaterialInput> read(MaterialForm form, BindingResult errors, Locale locale) {
        String commodity = commodity(form, errors);
        OriginText.Reading origins = originText.read(form.origins());
        origins.problems()
                .forEach(problem -> errors.rejectValue(
                        "origins",
                        problem.suggestions().isEmpty()
                                ? "chain.material.origins.unknown"
                                : "chain.material.origins.suggest",
                        new Object[] {problem.input(), names(problem, locale)},
                        null));
        boolean decimalComma = "nl".equals(locale.getLanguage());
        BigDecimal share = number(form.sharePercent(), "sharePercent", decimalComma, errors);
        if (share != null && (share.signum() == 0 || share.compareTo(HUNDRED) > 0)) {
            errors.rejectValue("sharePercent", "chain.material.sharePercent.range");
        }
        BigDecimal volume = number(form.volumeKgPerYear(), "volumeKgPerYear", decimalComma, errors);
        BigDecimal spend = number(form.spendEur(), "spendEur", decimalComma, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new MaterialInput(
                form.name().strip(), commodity, new Quantities(share, volume, spend), origins.origins()));
    }

    /** The chosen commodity, else the one the name stands for, else none (unclassified). */
    private String commodity(MaterialForm form, BindingResult errors) {
        String chosen = form.commodityCode() == null ? "" : form.commodityCode().strip();
        if (!chosen.isEmpty()) {
            Optional<Commodity> known = commodities.all().stream()
                    .filter(c -> c.code().equals(chosen))
                    .findFirst();
            if (known.isEmpty()) {
                errors.rejectValue("commodityCode", "chain.material.commodity.unknown");
            }
            return chosen;
        }
        String name = form.name() == null ? "" : form.name();
        return commodities.match(name).found().map(Commodity::code).orElse(null);
    }

    private static BigDecimal number(String text, String field, boolean decimalComma, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> value = DecimalText.parse(text, decimalComma);
        if (value.isEmpty() || value.get().compareTo(LARGEST) > 0) {
            errors.rejectValue(field, "chain.material." + field + ".invalid", new Object[] {text.strip()}, null);
            return null;
        }
        return value.get();
    }

    private static String names(OriginText.Problem problem, Locale locale) {
        return problem.suggestions().stream().map((Country c) -> c.name(locale)).collect(Collectors.joining(", "));
    }
}
