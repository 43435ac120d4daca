package nl.ketenwijs.quickscan.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The messages of a step's form, by the id of the field each belongs to, in the order of the form. Each
 * message names its field, so it reads on its own too (in the summary at the top, or to a screen reader).
 */
final class Problems {

    private final Map<String, String> messages = new LinkedHashMap<>();
    private final MessageSource source;
    private final Locale locale;

    Problems(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    /** The first message of a field counts: one fix at a time. */
    void add(String field, String key, Object... arguments) {
        messages.putIfAbsent(field, source.getMessage(key, arguments, locale));
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    Map<String, String> byField() {
        return Map.copyOf(messages);
    }
}
