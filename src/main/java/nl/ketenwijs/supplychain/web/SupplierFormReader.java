package nl.ketenwijs.supplychain.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Match;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.mapping.Audit;
import nl.ketenwijs.supplychain.mapping.AuditResult;
import nl.ketenwijs.supplychain.mapping.SupplierInput;
import nl.ketenwijs.supplychain.mapping.SupplierKind;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Turns a supplier form into what is stored, or names each field that cannot be read. An audit is all or
 * nothing: a date and a result, with scheme and note optional.
 */
@Component
class SupplierFormReader {

    /** What a browser's date field sends, and what a person without one types in Dutch. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final Countries countries;

    SupplierFormReader(Countries countries) {
        this.countries = countries;
    }

    /** @return what to store, or empty when the result has errors to show */
    Optional<SupplierInput> read(SupplierForm form, BindingResult errors, Locale locale) {
        SupplierKind kind = Arrays.stream(SupplierKind.values())
                .filter(k -> k.code().equals(form.kind()))
                .findFirst()
                .orElse(null);
        if (kind == null) {
            errors.rejectValue("kind", "chain.supplier.kind.required");
        }
        String country = country(form.country(), errors, locale);
        Set<Certification> certifications = EnumSet.noneOf(Certification.class);
        for (String code : form.certifications()) {
            Certification.byCode(code)
                    .ifPresentOrElse(
                            certifications::add,
                            () -> errors.rejectValue("certifications", "chain.supplier.certifications.unknown"));
        }
        Audit audit = audit(form, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SupplierInput(
                form.name().strip(),
                kind,
                country,
                optional(form.place()),
                optional(form.address()),
                new ArrayList<>(certifications),
                audit));
    }

    private String country(String text, BindingResult errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Match<Country> match = countries.match(text.strip());
        if (match.found().isPresent()) {
            return match.found().get().iso3();
        }
        String suggestions =
                match.suggestions().stream().map(c -> c.name(locale)).collect(Collectors.joining(", "));
        errors.rejectValue(
                "country",
                suggestions.isEmpty() ? "chain.supplier.country.unknown" : "chain.supplier.country.suggest",
                new Object[] {text.strip(), suggestions},
                null);
        return null;
    }

    private Audit audit(SupplierForm form, BindingResult errors) {
        String dateText = optional(form.auditDate());
        AuditResult result = Arrays.stream(AuditResult.values())
                .filter(r -> r.code().equals(form.auditResult()))
                .findFirst()
                .orElse(null);
        String scheme = optional(form.auditScheme());
        String note = optional(form.auditNote());
        if (dateText == null && result == null && scheme == null && note == null) {
            return null;
        }
        LocalDate date = null;
        if (dateText == null) {
            errors.rejectValue("auditDate", "chain.supplier.auditDate.required");
        } else {
            date = date(dateText);
            if (date == null) {
                errors.rejectValue("auditDate", "chain.supplier.auditDate.invalid", new Object[] {dateText}, null);
            } else if (date.isAfter(LocalDate.now())) {
                errors.rejectValue("auditDate", "chain.supplier.auditDate.future");
            }
        }
        if (result == null) {
            errors.rejectValue("auditResult", "chain.supplier.auditResult.required");
        }
        return date == null || result == null ? null : new Audit(date, scheme, result, note);
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format may read it
            }
        }
        return null;
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
