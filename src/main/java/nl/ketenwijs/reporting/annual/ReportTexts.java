package nl.ketenwijs.reporting.annual;

/** What the secretariat writes for a year's report, as plain text with empty lines between paragraphs. */
public record ReportTexts(int year, String foreword, String outlook) {

    public static ReportTexts empty(int year) {
        return new ReportTexts(year, "", "");
    }
}
