package nl.ketenwijs.riskknowledge.maps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Natural Earth countries, projected once into SVG path data in a box {@link #WIDTH} units wide.
 * Coordinates are whole units (a thousandth of the map's width, about 40 km) written relative to the
 * previous point, which keeps the whole map far under 100 KB.
 */
public final class CountryShapes {

    public static final String FILE = "reference/geo/countries_110m_slim.geojson";
    public static final int WIDTH = 1000;

    /** Natural Earth units without an ISO code, drawn as the ISO country they belong to in ISO 3166. */
    private static final Map<String, String> PART_OF = Map.of("CYN", "CYP", "SOL", "SOM");

    /** No raw material comes from Antarctica, and it would take a fifth of the map. */
    private static final String LEFT_OFF = "ATA";

    private final List<CountryShape> shapes;
    private final int height;

    private CountryShapes(List<CountryShape> shapes, int height) {
        this.shapes = List.copyOf(shapes);
        this.height = height;
    }

    public static CountryShapes load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return of(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    static CountryShapes of(JsonNode collection) {
        List<JsonNode> features = new ArrayList<>();
        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (JsonNode feature : collection.path("features")) {
            if (LEFT_OFF.equals(iso3(feature))) {
                continue;
            }
            features.add(feature);
            for (JsonNode ring : rings(feature.path("geometry"))) {
                for (JsonNode point : ring) {
                    double y = EqualEarth.project(0, point.get(1).doubleValue())[1];
                    top = Math.max(top, y);
                    bottom = Math.min(bottom, y);
                }
            }
        }
        Scale scale = new Scale(WIDTH / (2 * EqualEarth.MAX_X), top);
        List<CountryShape> shapes = new ArrayList<>();
        for (JsonNode feature : features) {
            shapes.add(new CountryShape(
                    iso3(feature),
                    feature.path("properties").path("name_en").asString(),
                    path(rings(feature.path("geometry")), scale)));
        }
        return new CountryShapes(shapes, (int) Math.ceil((top - bottom) * scale.factor()));
    }

    public List<CountryShape> all() {
        return shapes;
    }

    /** The map's height in the units of its {@link #WIDTH}. */
    public int height() {
        return height;
    }

    private static String iso3(JsonNode feature) {
        JsonNode properties = feature.path("properties");
        String iso3 = properties.path("iso3").asString();
        return iso3.isEmpty()
                ? PART_OF.getOrDefault(properties.path("ne_adm0_a3").asString(), "")
                : iso3;
    }

    /** The outer rings and holes of a Polygon or MultiPolygon alike. */
    private static List<JsonNode> rings(JsonNode geometry) {
        List<JsonNode> rings = new ArrayList<>();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(geometry.path("type").asString())) {
            coordinates.forEach(rings::add);
        } else {
            coordinates.forEach(polygon -> polygon.forEach(rings::add));
        }
        return rings;
    }

    private record Scale(double factor, double top) {

        long x(double projected) {
            return Math.round((projected + EqualEarth.MAX_X) * factor);
        }

        long y(double projected) {
            return Math.round((top - projected) * factor);
        }
    }

    /** Rings that shrink to fewer than three points at this scale are left out: they would not show. */
    private static String path(List<JsonNode> rings, Scale scale) {
        StringBuilder path = new StringBuilder();
        for (JsonNode ring : rings) {
            StringBuilder steps = new StringBuilder();
            long startX = 0;
            long startY = 0;
            long lastX = 0;
            long lastY = 0;
            int points = 0;
            for (JsonNode point : ring) {
                double[] projected = EqualEarth.project(
                        point.get(0).doubleValue(), point.get(1).doubleValue());
                long x = scale.x(projected[0]);
                long y = scale.y(projected[1]);
                if (points == 0) {
                    startX = x;
                    startY = y;
                } else if (x == lastX && y == lastY) {
                    continue;
                } else {
                    number(steps, x - lastX);
                    number(steps, y - lastY);
                }
                lastX = x;
                lastY = y;
                points++;
            }
            if (points >= 3) {
                path.append('M').append(startX).append(' ').append(startY).append('l');
                path.append(steps).append('z');
            }
        }
        return path.toString();
    }

    /** A minus sign separates numbers by itself. */
    private static void number(StringBuilder steps, long value) {
        if (value >= 0 && !steps.isEmpty()) {
            steps.append(' ');
        }
        steps.append(value);
    }
}
