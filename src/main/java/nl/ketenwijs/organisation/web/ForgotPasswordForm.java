package nl.ketenwijs.organisation.web;

import jakarta.validation.constraints.NotBlank;

/** The address to send a reset link to, if it has an account. */
record ForgotPasswordForm(
        @NotBlank(message = "{password.forgot.email.required}")
        String email) {}
