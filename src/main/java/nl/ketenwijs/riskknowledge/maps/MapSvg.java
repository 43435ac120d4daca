package nl.ketenwijs.riskknowledge.maps;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.MapLabels;
import nl.ketenwijs.shared.SvgText;

/**
 * Writes one map. Colours are presentation attributes, not a style element or attribute: the strict content
 * security policy of the pages allows them, and a PDF gets the same colours without our stylesheet. The
 * classes (level-high and so on) are there for the stylesheet to refine.
 */
public final class MapSvg {

    /**
     * A sequential palette (ColorBrewer YlOrBr), readable with every common colour blindness and in grey;
     * unknown is hatched grey on white, so it cannot be taken for low.
     */
    static final Map<Level, String> FILLS = new EnumMap<>(Map.of(
            Level.LOW, "#fed98e",
            Level.MEDIUM, "#fe9929",
            Level.HIGH, "#cc4c02",
            Level.VERY_HIGH, "#662506"));

    /** Pale grey: a country outside the map's subject, plainly neither a level nor unknown. */
    private static final String OUTSIDE = "#eef0f2";

    private static final String BORDER = "#4a5560";
    private static final String INK = "#1b1f23";
    private static final int LEGEND_HEIGHT = 44;
    private static final int LEGEND_STEP = 190;

    private final CountryShapes shapes;
    private final MapLabels labels;

    public MapSvg(CountryShapes shapes, MapLabels labels) {
        this.shapes = shapes;
        this.labels = labels;
    }

    public String render(Map<String, Level> levels) {
        int height = shapes.height() + LEGEND_HEIGHT;
        String id = labels.id();
        StringBuilder svg = new StringBuilder(80_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(CountryShapes.WIDTH)
                .append(' ')
                .append(height)
                .append("\" class=\"world-map\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">");
        SvgText.element(svg, "title", id + "-title", labels.title());
        SvgText.element(svg, "desc", id + "-desc", labels.description());
        svg.append("<defs><pattern id=\"")
                .append(id)
                .append("-unknown\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>")
                .append("<path d=\"M0 0v6\" stroke=\"#767676\" stroke-width=\"2\"/></pattern></defs>");
        svg.append("<g stroke=\"").append(BORDER).append("\" stroke-width=\"0.5\" stroke-linejoin=\"round\">");
        if (labels.outsideName() != null) {
            outside(svg, levels);
        }
        for (Level level : Level.values()) {
            List<CountryShape> drawn = new ArrayList<>();
            for (CountryShape shape : shapes.all()) {
                if (levels.getOrDefault(shape.iso3(), labels.outsideName() == null ? Level.UNKNOWN : null) == level) {
                    drawn.add(shape);
                }
            }
            if (drawn.isEmpty()) {
                continue;
            }
            svg.append("<g fill=\"").append(fill(level)).append("\">");
            for (CountryShape shape : drawn) {
                svg.append("<path class=\"")
                        .append(cssClass(level))
                        .append("\" d=\"")
                        .append(shape.path())
                        .append("\">");
                SvgText.element(
                        svg,
                        "title",
                        null,
                        name(shape) + ": " + labels.levelNames().get(level));
                svg.append("</path>");
            }
            svg.append("</g>");
        }
        svg.append("</g>");
        legend(svg, shapes.height());
        return svg.append("</svg>").toString();
    }

    /** Countries without a level on a map with an outside: plain, under the outside's name. */
    private void outside(StringBuilder svg, Map<String, Level> levels) {
        svg.append("<g fill=\"").append(OUTSIDE).append("\">");
        for (CountryShape shape : shapes.all()) {
            if (!levels.containsKey(shape.iso3())) {
                svg.append("<path class=\"map-outside\" d=\"")
                        .append(shape.path())
                        .append("\">");
                SvgText.element(svg, "title", null, name(shape) + ": " + labels.outsideName());
                svg.append("</path>");
            }
        }
        svg.append("</g>");
    }

    /** The class of a country at a level: level-unknown, level-low … level-very-high. */
    public static String cssClass(Level level) {
        return "level-" + level.code().replace('_', '-');
    }

    private String fill(Level level) {
        return level == Level.UNKNOWN ? "url(#" + labels.id() + "-unknown)" : FILLS.get(level);
    }

    private String name(CountryShape shape) {
        return labels.countryNames().getOrDefault(shape.iso3(), shape.nameEn());
    }

    /** Highest level first, as in the table under the map. */
    private void legend(StringBuilder svg, int top) {
        svg.append("<g class=\"map-legend\" font-size=\"16\" fill=\"")
                .append(INK)
                .append("\">");
        Level[] levels = Level.values();
        // Six entries share the width that five have on a map without an outside.
        int step = labels.outsideName() == null ? LEGEND_STEP : (CountryShapes.WIDTH - 10) / (levels.length + 1);
        int x = 10;
        for (int i = levels.length - 1; i >= 0; i--) {
            legendEntry(svg, x, top, fill(levels[i]), labels.levelNames().get(levels[i]));
            x += step;
        }
        if (labels.outsideName() != null) {
            legendEntry(svg, x, top, OUTSIDE, labels.outsideName());
        }
        svg.append("</g>");
    }

    private static void legendEntry(StringBuilder svg, int x, int top, String fill, String name) {
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(top + 14)
                .append("\" width=\"22\" height=\"22\" stroke=\"")
                .append(BORDER)
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
        svg.append("<text x=\"")
                .append(x + 30)
                .append("\" y=\"")
                .append(top + 31)
                .append("\">")
                .append(SvgText.escape(name))
                .append("</text>");
    }
}
