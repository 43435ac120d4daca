package nl.ketenwijs.supplychain.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.mapping.Audit;
import nl.ketenwijs.supplychain.mapping.Supplier;
import nl.ketenwijs.supplychain.mapping.SupplierInput;

/** A supplier as a person types it: the country as a name, the audit date as text, so each can be named when wrong. */
record SupplierForm(
        @NotBlank(message = "{chain.supplier.name.required}")
        @Size(max = 200, message = "{chain.supplier.name.tooLong}")
        String name,

        String kind,

        @Size(max = 200, message = "{chain.supplier.country.tooLong}")
        String country,

        @Size(max = 200, message = "{chain.supplier.place.tooLong}")
        String place,

        @Size(max = 500, message = "{chain.supplier.address.tooLong}")
        String address,

        List<String> certifications,
        String auditDate,

        @Size(max = 200, message = "{chain.supplier.auditScheme.tooLong}")
        String auditScheme,

        String auditResult,

        @Size(max = 2000, message = "{chain.supplier.auditNote.tooLong}")
        String auditNote) {

    SupplierForm {
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }

    static SupplierForm empty() {
        return new SupplierForm("", "", "", "", "", List.of(), "", "", "", "");
    }

    /** The stored supplier, written back as a person would type it in this language. */
    static SupplierForm of(Supplier supplier, Function<String, String> countryName, Locale locale) {
        SupplierInput details = supplier.details();
        Audit audit = details.audit();
        return new SupplierForm(
                details.name(),
                details.kind().code(),
                details.countryIso3() == null ? "" : countryName.apply(details.countryIso3()),
                text(details.place()),
                text(details.address()),
                details.certifications().stream().map(Certification::code).toList(),
                audit == null ? "" : audit.date().toString(),
                audit == null ? "" : text(audit.scheme()),
                audit == null ? "" : audit.result().code(),
                audit == null ? "" : text(audit.note()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
