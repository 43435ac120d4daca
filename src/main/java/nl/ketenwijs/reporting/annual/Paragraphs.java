package nl.ketenwijs.reporting.annual;

import java.util.Arrays;
import java.util.List;

/**
 * The report's texts are plain text, never markup: an empty line starts a new paragraph, and the pages and
 * the PDF print each paragraph escaped.
 */
public final class Paragraphs {

    private Paragraphs() {}

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\\n\\s*\\n"))
                .map(paragraph -> paragraph.strip().replaceAll("\\s*\\n\\s*", " "))
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }
}
