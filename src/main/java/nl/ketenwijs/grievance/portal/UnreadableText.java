package nl.ketenwijs.grievance.portal;

/**
 * Characters a text may not keep: PostgreSQL refuses NUL in text, other control characters have no place in
 * a complaint, and U+FFFD is what the server made of bytes that were not UTF-8.
 */
final class UnreadableText {

    static final char REPLACEMENT = '\uFFFD';

    private UnreadableText() {}

    static String mark(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder marked = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isControl(c) || (Character.isSurrogate((char) c) && Character.isBmpCodePoint(c))) {
                marked.append(REPLACEMENT);
            } else {
                marked.appendCodePoint(c);
            }
        });
        return marked.toString();
    }

    static boolean hasUnreadable(String text) {
        return text != null && text.indexOf(REPLACEMENT) >= 0;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0);
    }
}
