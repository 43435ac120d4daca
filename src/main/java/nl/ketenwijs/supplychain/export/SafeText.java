package nl.ketenwijs.supplychain.export;

/**
 * A text cell a spreadsheet will not run. Excel and LibreOffice read a cell that starts with = + - @ (or a
 * tab or carriage return before one) as a formula, and a formula can fetch URLs or start programs; a single
 * quote in front makes it text, in a CSV file and in a workbook re-saved from one.
 */
final class SafeText {

    private SafeText() {}

    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
