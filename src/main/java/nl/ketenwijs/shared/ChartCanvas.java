package nl.ketenwijs.shared;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The SVG document the three charts share: the root with its accessible name and description, text in the
 * font the PDFs embed, and numbers in the reader's language. Colours are presentation attributes, never a
 * style attribute, so the strict content security policy allows them and the PDF shows the same.
 */
final class ChartCanvas {

    static final String FONT = "DejaVu Sans, Verdana, sans-serif";
    static final String INK = "#1b1f23";
    static final String GRID = "#c9ced4";
    static final String MUTED = "#5a636d";
    static final int WIDTH = 640;

    /** About this many characters fit the label column of a bar chart on one line. */
    static final int LABEL_CHARACTERS = 28;

    private final StringBuilder svg = new StringBuilder(4_096);
    private final NumberFormat numbers;

    ChartCanvas(String id, String title, String description, int height, Locale locale) {
        numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
        numbers.setMinimumFractionDigits(0);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" font-family=\"")
                .append(FONT)
                .append("\" font-size=\"12\" fill=\"")
                .append(INK)
                .append("\">");
        SvgText.element(svg, "title", id + "-title", title);
        SvgText.element(svg, "desc", id + "-desc", description);
    }

    String number(double value) {
        return numbers.format(value);
    }

    void rect(double x, double y, double width, double height, String fill) {
        svg.append("<rect x=\"")
                .append(round(x))
                .append("\" y=\"")
                .append(round(y))
                .append("\" width=\"")
                .append(round(Math.max(0, width)))
                .append("\" height=\"")
                .append(round(height))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        svg.append("<line x1=\"")
                .append(round(x1))
                .append("\" y1=\"")
                .append(round(y1))
                .append("\" x2=\"")
                .append(round(x2))
                .append("\" y2=\"")
                .append(round(y2))
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(round(width))
                .append("\"/>");
    }

    /** A polyline through the points, given as x,y pairs. */
    void polyline(String points, String stroke) {
        svg.append("<polyline points=\"")
                .append(points)
                .append("\" fill=\"none\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"2.5\"/>");
    }

    void dot(double x, double y, String fill) {
        svg.append("<circle cx=\"")
                .append(round(x))
                .append("\" cy=\"")
                .append(round(y))
                .append("\" r=\"4\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    /** Text anchored at start, middle or end; escaped, like every text in a drawing. */
    void text(double x, double y, String anchor, String text) {
        text(x, y, anchor, text, INK);
    }

    void text(double x, double y, String anchor, String text, String fill) {
        svg.append("<text x=\"")
                .append(round(x))
                .append("\" y=\"")
                .append(round(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append('"');
        if (!INK.equals(fill)) {
            svg.append(" fill=\"").append(fill).append('"');
        }
        svg.append('>').append(SvgText.escape(text)).append("</text>");
    }

    /**
     * A category's name right-aligned before its bar, on two lines when long, so that it fits the label
     * column instead of running off the drawing.
     */
    void label(double x, double y, String text) {
        int split = splitPoint(text == null ? "" : text);
        if (split < 0) {
            text(x, y, "end", text);
            return;
        }
        svg.append("<text x=\"")
                .append(round(x))
                .append("\" y=\"")
                .append(round(y - 6))
                .append("\" text-anchor=\"end\" font-size=\"11\"><tspan x=\"")
                .append(round(x))
                .append("\">")
                .append(SvgText.escape(text.substring(0, split)))
                .append("</tspan><tspan x=\"")
                .append(round(x))
                .append("\" dy=\"13\">")
                .append(SvgText.escape(text.substring(split + 1)))
                .append("</tspan></text>");
    }

    /** The space nearest the middle of a name too long for one line, or -1. */
    static int splitPoint(String text) {
        if (text.length() <= LABEL_CHARACTERS) {
            return -1;
        }
        int middle = text.length() / 2;
        for (int offset = 0; offset < middle; offset++) {
            if (text.charAt(middle + offset) == ' ') {
                return middle + offset;
            }
            if (text.charAt(middle - offset) == ' ') {
                return middle - offset;
            }
        }
        return -1;
    }

    String close() {
        return svg.append("</svg>").toString();
    }

    static String round(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
