package nl.ketenwijs.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new personal API token: a name to recognise it by, and how many days it lives. */
record TokenForm(
        @NotBlank @Size(max = 100) String name, @NotNull Integer days) {

    static TokenForm empty() {
        return new TokenForm("", 90);
    }
}
