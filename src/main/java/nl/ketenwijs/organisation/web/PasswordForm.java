package nl.ketenwijs.organisation.web;

import nl.ketenwijs.organisation.password.PasswordPolicy;
import org.springframework.validation.Errors;

/**
 * A new password, typed twice; shared by the invitation and the reset page. The policy itself is checked
 * here for the field messages and again by the service that stores the password.
 */
record PasswordForm(String displayName, String password, String passwordConfirmation) {

    static PasswordForm named(String displayName) {
        return new PasswordForm(displayName, null, null);
    }

    void check(PasswordPolicy policy, String email, Errors errors) {
        policy.problemWith(password, email).ifPresent(problem -> errors.rejectValue("password", problem.messageKey()));
        if (password != null && !password.equals(passwordConfirmation)) {
            errors.rejectValue("passwordConfirmation", "password.confirmation.differs");
        }
    }

    /** The invitation page also asks for a name; the reset page does not. */
    void checkDisplayName(Errors errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.rejectValue("displayName", "invite.displayName.required");
        } else if (displayName.length() > 200) {
            errors.rejectValue("displayName", "invite.displayName.tooLong");
        }
    }
}
