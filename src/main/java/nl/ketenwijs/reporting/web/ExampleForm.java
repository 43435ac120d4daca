package nl.ketenwijs.reporting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.ketenwijs.reporting.annual.ExampleDraft;

/** A good-practice example as the secretariat types it. */
record ExampleForm(
        @NotNull UUID company,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 6000) String body,
        @Size(max = 1000) String quote,
        @Size(max = 200) String quotedPerson) {

    static ExampleForm empty() {
        return new ExampleForm(null, "", "", "", "");
    }

    ExampleDraft draft() {
        return new ExampleDraft(
                company,
                title.strip(),
                body.strip(),
                quote == null ? "" : quote.strip(),
                quotedPerson == null ? "" : quotedPerson.strip());
    }
}
