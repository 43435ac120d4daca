package nl.ketenwijs.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Finds text that a template shows as it is written, which would stay in one language. Text inside an
 * element whose body Thymeleaf replaces (th:text and friends) is only a design-time sample and is fine.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

    /** Words that are the same in every language: the product's name and the languages' own names. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Ketenwijs", "Nederlands", "English");

    private static final Set<String> VOID_ELEMENTS =
            Set.of("meta", "link", "input", "br", "hr", "img", "source", "area", "base", "col", "wbr");
    private static final Pattern TOKEN =
            Pattern.compile("<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|([^<]+)", Pattern.DOTALL);
    private static final Pattern BODY_REPLACED = Pattern.compile("\\bth:(text|utext|replace|insert|errors)\\s*=");
    private static final Pattern HUMAN_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)\\s*=\\s*\"([^\"]*)\"");

    @Test
    void everyVisibleTextComesFromTheMessageFiles() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template :
                    files.filter(p -> p.toString().endsWith(".html")).toList()) {
                findings.addAll(hardCodedText(TEMPLATES.relativize(template).toString(), Files.readString(template)));
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theCheckFindsHardCodedTextAndAttributes() {
        assertThat(hardCodedText("t.html", "<p>Welkom</p><p th:text=\"#{a}\">Sample</p>"))
                .containsExactly("t.html: text \"Welkom\"");
        assertThat(hardCodedText("t.html", "<input placeholder=\"Naam\"><input th:placeholder=\"#{b}\">"))
                .containsExactly("t.html: placeholder \"Naam\"");
        assertThat(hardCodedText("t.html", "<a href=\"/\">Ketenwijs</a>")).isEmpty();
    }

    static List<String> hardCodedText(String name, String html) {
        List<String> findings = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        replaced.push(false);
        boolean inScript = false;
        Matcher token = TOKEN.matcher(html);
        while (token.find()) {
            String element = token.group(2);
            if (element != null) {
                String tag = element.toLowerCase();
                boolean closing = !token.group(1).isEmpty();
                String attributes = token.group(3);
                if (tag.equals("script") || tag.equals("style")) {
                    inScript = !closing && !attributes.endsWith("/");
                }
                if (closing) {
                    if (replaced.size() > 1) {
                        replaced.pop();
                    }
                    continue;
                }
                Matcher human = HUMAN_ATTRIBUTE.matcher(attributes);
                while (human.find()) {
                    findings.add(name + ": " + human.group(1) + " \"" + human.group(2) + "\"");
                }
                if (!VOID_ELEMENTS.contains(tag) && !attributes.endsWith("/")) {
                    replaced.push(
                            replaced.peek() || BODY_REPLACED.matcher(attributes).find());
                }
            } else if (token.group(4) != null && !inScript && !replaced.peek()) {
                String text = token.group(4).strip();
                if (text.chars().anyMatch(Character::isLetter) && !SAME_IN_EVERY_LANGUAGE.contains(text)) {
                    findings.add(name + ": text \"" + text + "\"");
                }
            }
        }
        return findings;
    }
}
