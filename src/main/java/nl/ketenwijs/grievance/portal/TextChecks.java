package nl.ketenwijs.grievance.portal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The checks every typed text of the portal gets: said at all, readable, not too long. Each error names its
 * field by the field's label, resolved in the person's language when the page is drawn.
 */
final class TextChecks {

    private TextChecks() {}

    static void required(Errors errors, String field, String value, MessageSourceResolvable label) {
        if (value == null || value.isBlank()) {
            reject(errors, field, "portal.error.required", label);
        }
    }

    static void text(Errors errors, String field, String value, int limit, MessageSourceResolvable label) {
        if (value == null || errors.hasFieldErrors(field)) {
            return;
        }
        if (UnreadableText.hasUnreadable(value)) {
            reject(errors, field, "portal.error.unreadable", label);
        } else if (value.codePointCount(0, value.length()) > limit) {
            errors.rejectValue(field, "portal.error.tooLong", new Object[] {label, String.valueOf(limit)}, null);
        }
    }

    static void reject(Errors errors, String field, String code, MessageSourceResolvable label) {
        errors.rejectValue(field, code, new Object[] {label}, null);
    }
}
