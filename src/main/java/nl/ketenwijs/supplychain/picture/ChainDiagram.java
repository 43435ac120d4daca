package nl.ketenwijs.supplychain.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.shared.SvgText;
import nl.ketenwijs.supplychain.mapping.Product;
import nl.ketenwijs.supplychain.mapping.RawMaterial;

/**
 * A company's chain as three columns, products → raw materials → countries, joined by lines: one SVG made on
 * the server, readable without JavaScript. Unknown origins and unclassified raw materials are drawn dashed,
 * as gaps. A chain with more than {@link #MAX_LINKS} links is not drawn: the picture would be unreadable, and
 * the page shows the same chain as a list.
 */
public final class ChainDiagram {

    public static final int MAX_LINKS = 200;

    /** The diagram's words in the reader's language; {@code levelNames} names a country's highest level. */
    public record Words(
            String id,
            String title,
            String description,
            List<String> columns,
            String unknownOrigin,
            String unclassified,
            Map<Level, String> levelNames) {}

    private static final int WIDTH = 960;
    private static final int BOX_WIDTH = 290;
    private static final int[] COLUMN_X = {0, 335, 670};
    private static final int TOP = 36;
    private static final int ROW = 30;
    private static final int BOX_HEIGHT = 24;
    private static final int MAX_CHARACTERS = 36;
    private static final String INK = "#1b1f23";
    private static final String LINE = "#6b7580";
    private static final String GAP = "#8a1c1c";

    private ChainDiagram() {}

    /** Every (raw material, origin) counts once; a raw material without origins counts as one unknown origin. */
    public static int links(List<Product> products) {
        return products.stream()
                .flatMap(product -> product.materials().stream())
                .mapToInt(material -> Math.max(1, material.origins().size()))
                .sum();
    }

    /**
     * @param countries the company's origin countries in the order to draw them, with their highest level
     */
    public static String render(List<Product> products, List<CountryRisk> countries, Words words) {
        Map<String, Integer> countryRow = new LinkedHashMap<>();
        countries.forEach(country -> countryRow.put(country.iso3(), countryRow.size()));
        int unknownRow = countryRow.size();
        List<RawMaterial> materials = new ArrayList<>();
        products.forEach(product -> materials.addAll(product.materials()));
        boolean anyUnknown = materials.stream().anyMatch(RawMaterial::hasUnknownOrigin);
        int rows = Math.max(Math.max(products.size(), materials.size()), unknownRow + (anyUnknown ? 1 : 0));
        int height = TOP + Math.max(1, rows) * ROW;

        StringBuilder svg = new StringBuilder(4_000 + 400 * materials.size());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" class=\"chain-diagram\" role=\"img\" aria-labelledby=\"")
                .append(words.id())
                .append("-title ")
                .append(words.id())
                .append("-desc\" font-size=\"13\" fill=\"")
                .append(INK)
                .append("\">");
        SvgText.element(svg, "title", words.id() + "-title", words.title());
        SvgText.element(svg, "desc", words.id() + "-desc", words.description());
        for (int column = 0; column < COLUMN_X.length; column++) {
            svg.append("<text x=\"")
                    .append(COLUMN_X[column])
                    .append("\" y=\"20\" font-weight=\"bold\">")
                    .append(SvgText.escape(words.columns().get(column)))
                    .append("</text>");
        }

        svg.append("<g fill=\"none\" stroke=\"").append(LINE).append("\" stroke-width=\"1\">");
        int materialRow = 0;
        for (int productRow = 0; productRow < products.size(); productRow++) {
            for (RawMaterial material : products.get(productRow).materials()) {
                line(svg, 0, productRow, 1, materialRow);
                for (String iso3 : material.knownCountries()) {
                    line(svg, 1, materialRow, 2, countryRow.get(iso3));
                }
                if (material.hasUnknownOrigin()) {
                    line(svg, 1, materialRow, 2, unknownRow);
                }
                materialRow++;
            }
        }
        svg.append("</g>");

        for (int row = 0; row < products.size(); row++) {
            box(svg, 0, row, products.get(row).name(), false);
        }
        for (int row = 0; row < materials.size(); row++) {
            RawMaterial material = materials.get(row);
            box(
                    svg,
                    1,
                    row,
                    material.isClassified() ? material.name() : material.name() + " (" + words.unclassified() + ")",
                    !material.isClassified());
        }
        for (CountryRisk country : countries) {
            box(
                    svg,
                    2,
                    countryRow.get(country.iso3()),
                    country.name() + ": " + words.levelNames().get(country.highest()),
                    country.highest() == Level.UNKNOWN);
        }
        if (anyUnknown) {
            box(svg, 2, unknownRow, words.unknownOrigin(), true);
        }
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, int fromColumn, int fromRow, int toColumn, int toRow) {
        int x1 = COLUMN_X[fromColumn] + BOX_WIDTH;
        int x2 = COLUMN_X[toColumn];
        int y1 = middle(fromRow);
        int y2 = middle(toRow);
        int bend = (x1 + x2) / 2;
        svg.append("<path d=\"M")
                .append(x1)
                .append(' ')
                .append(y1)
                .append("C")
                .append(bend)
                .append(' ')
                .append(y1)
                .append(' ')
                .append(bend)
                .append(' ')
                .append(y2)
                .append(' ')
                .append(x2)
                .append(' ')
                .append(y2)
                .append("\"/>");
    }

    private static void box(StringBuilder svg, int column, int row, String text, boolean gap) {
        int x = COLUMN_X[column];
        int y = TOP + row * ROW;
        svg.append("<g class=\"")
                .append(gap ? "chain-node chain-gap" : "chain-node")
                .append("\"><rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(BOX_WIDTH)
                .append("\" height=\"")
                .append(BOX_HEIGHT)
                .append("\" rx=\"4\" fill=\"#ffffff\" stroke=\"")
                .append(gap ? GAP + "\" stroke-dasharray=\"5 3" : LINE)
                .append("\"/>");
        SvgText.element(svg, "title", null, text);
        svg.append("<text x=\"")
                .append(x + 8)
                .append("\" y=\"")
                .append(y + 17)
                .append("\">")
                .append(SvgText.escape(shortened(text)))
                .append("</text></g>");
    }

    private static int middle(int row) {
        return TOP + row * ROW + BOX_HEIGHT / 2;
    }

    /** The full text stays in the node's title. */
    private static String shortened(String text) {
        return text.length() <= MAX_CHARACTERS ? text : text.substring(0, MAX_CHARACTERS - 1) + "\u2026";
    }
}
