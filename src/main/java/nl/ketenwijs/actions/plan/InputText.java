package nl.ketenwijs.actions.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reading form and JSON text into values, each failure reported on its field. */
public final class InputText {

    /** Something, an @, something, a dot, something; the real check is that the owner receives mail. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private InputText() {}

    /** Stripped, or null when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Required text within a length; PostgreSQL refuses NUL in text, so it is refused here first. */
    public static String required(String value, int max, String field, FieldProblems problems) {
        String text = clean(value);
        if (text == null) {
            problems.add(field, "plans.field.required." + field);
        }
        return optional(text, max, field, problems);
    }

    public static String optional(String value, int max, String field, FieldProblems problems) {
        String text = clean(value);
        if (text != null && text.length() > max) {
            problems.add(field, "plans.field.tooLong." + field, max);
            return null;
        }
        if (text != null && text.indexOf('\0') >= 0) {
            problems.add(field, "plans.field.invalid." + field);
            return null;
        }
        return text;
    }

    public static LocalDate date(String value, boolean required, String field, FieldProblems problems) {
        String text = clean(value);
        if (text == null) {
            if (required) {
                problems.add(field, "plans.field.required." + field);
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field, "plans.field.invalid." + field);
            return null;
        }
    }

    /** A decimal number of zero or more; a decimal comma is read as a point, as people write it here. */
    public static BigDecimal amount(String value, String field, FieldProblems problems) {
        String text = clean(value);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text.replace(',', '.'));
            if (amount.signum() < 0) {
                problems.add(field, "plans.field.negative." + field);
                return null;
            }
            if (amount.precision() - amount.scale() > 14 || amount.scale() > 4) {
                problems.add(field, "plans.field.invalid." + field);
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            problems.add(field, "plans.field.invalid." + field);
            return null;
        }
    }

    public static String email(String value, String field, FieldProblems problems) {
        String text = required(value, 254, field, problems);
        if (text != null && !EMAIL.matcher(text).matches()) {
            problems.add(field, "plans.field.invalid." + field);
            return null;
        }
        return text;
    }

    public static <E extends Enum<E>> E choice(String value, Class<E> type, String field, FieldProblems problems) {
        String text = clean(value);
        if (text == null) {
            problems.add(field, "plans.field.required." + field);
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problems.add(field, "plans.field.invalid." + field);
            return null;
        }
    }
}
