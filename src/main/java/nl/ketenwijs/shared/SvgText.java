package nl.ketenwijs.shared;

import org.springframework.web.util.HtmlUtils;

/**
 * Text inside the SVG that maps and diagrams are drawn as on the server. Every name that goes into a
 * drawing (a country, a product a company typed) passes through here, escaped, because the drawing is put
 * into the page as markup.
 */
public final class SvgText {

    private SvgText() {}

    /** {@code <name id="id">text</name>}, the text escaped; no id attribute when the id is null. */
    public static void element(StringBuilder svg, String name, String id, String text) {
        svg.append('<').append(name);
        if (id != null) {
            svg.append(" id=\"").append(id).append('"');
        }
        svg.append('>').append(escape(text)).append("</").append(name).append('>');
    }

    /** Safe in element content and in double-quoted attribute values; null is empty. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
