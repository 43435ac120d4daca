package nl.ketenwijs.riskknowledge.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.MapLabels;
import nl.ketenwijs.riskknowledge.WorldMaps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WorldMapRendererTests {

    private static final Map<Level, String> LEVEL_NAMES = Arrays.stream(Level.values())
            .collect(Collectors.toMap(level -> level, level -> level.code().replace('_', ' ')));

    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private static CountryShapes shapes;
    private static List<String> iso3s;

    @BeforeAll
    static void readTheGeoJsonIndependently() throws Exception {
        shapes = CountryShapes.load();
        try (InputStream in = new ClassPathResource(CountryShapes.FILE).getInputStream()) {
            JsonNode collection = JsonMapper.builder().build().readTree(in);
            iso3s = new ArrayList<>();
            for (JsonNode feature : collection.path("features")) {
                String iso3 = feature.path("properties").path("iso3").asString();
                if (!iso3.isEmpty() && !iso3.equals("ATA")) {
                    iso3s.add(iso3);
                }
            }
        }
    }

    @Test
    void everyCountryWithAnIsoCodeGetsAPathWithTheClassAndTitleOfItsLevel() throws Exception {
        Map<String, Level> levels = new HashMap<>();
        Level[] cycle = Level.values();
        for (int i = 0; i < iso3s.size(); i++) {
            levels.put(iso3s.get(i), cycle[i % cycle.length]);
        }
        Map<String, String> names = iso3s.stream().collect(Collectors.toMap(iso3 -> iso3, iso3 -> "Land " + iso3));

        Document svg = parse(new WorldMaps().render(levels, labels(names)));

        Map<String, String> classByTitle = new HashMap<>();
        NodeList paths = svg.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            NodeList titles = path.getElementsByTagName("title");
            if (titles.getLength() == 1) {
                classByTitle.put(titles.item(0).getTextContent(), path.getAttribute("class"));
            }
        }
        assertThat(iso3s).hasSizeGreaterThan(170);
        for (String iso3 : iso3s) {
            Level level = levels.get(iso3);
            assertThat(classByTitle)
                    .as(iso3)
                    .containsEntry("Land " + iso3 + ": " + LEVEL_NAMES.get(level), MapSvg.cssClass(level));
        }
    }

    @Test
    void aCountryWithoutALevelIsHatchedAsUnknownNeverFilledAsLow() throws Exception {
        Document svg = parse(new MapSvg(shapes, labels(Map.of())).render(Map.of("GHA", Level.LOW)));

        Element ivoryCoast = pathTitled(svg, "Côte d'Ivoire: unknown");
        Element ghana = pathTitled(svg, "Ghana: low");
        assertThat(ivoryCoast.getAttribute("class")).isEqualTo("level-unknown");
        assertThat(fillOf(ivoryCoast)).isEqualTo("url(#test-map-unknown)");
        assertThat(fillOf(ghana)).isEqualTo(MapSvg.FILLS.get(Level.LOW));
        assertThat(svg.getElementById("test-map-unknown"))
                .as("the hatching is defined inside the map itself")
                .isNotNull();
    }

    @Test
    void theMapIsNamedForScreenReadersAndHasALegendWithEveryLevel() throws Exception {
        Document svg = parse(new MapSvg(shapes, labels(Map.of())).render(Map.of()));
        Element root = svg.getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("test-map-title test-map-desc");
        assertThat(svg.getElementById("test-map-title").getTextContent()).isEqualTo("Child labour in cocoa");
        assertThat(svg.getElementById("test-map-desc").getTextContent()).isEqualTo("Colours by level");
        List<String> legend = new ArrayList<>();
        NodeList texts = root.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            legend.add(texts.item(i).getTextContent());
        }
        assertThat(legend).containsExactly("very high", "high", "medium", "low", "unknown");
    }

    @Test
    void textIsEscapedSoTheMapStaysWellFormed() throws Exception {
        Document svg = parse(new MapSvg(shapes, labels(Map.of("NLD", "<Nederland & \"Holland\">"))).render(Map.of()));

        assertThat(pathTitled(svg, "<Nederland & \"Holland\">: unknown")).isNotNull();
    }

    @Test
    void theProjectionIsSymmetricAndEveryPointLiesInsideTheViewBox() {
        assertThat(EqualEarth.project(-180, 0)[0]).isCloseTo(-EqualEarth.MAX_X, within(1e-9));
        assertThat(EqualEarth.project(0, -90)[1]).isCloseTo(-EqualEarth.MAX_Y, within(1e-9));
        assertThat(EqualEarth.MAX_X).isCloseTo(2.7066, within(1e-3));
        assertThat(EqualEarth.MAX_Y).isCloseTo(1.3173, within(1e-3));
        assertThat(EqualEarth.project(0, 0)).containsExactly(0.0, 0.0);

        assertThat(shapes.height()).isBetween(350, 500);
        for (CountryShape shape : shapes.all()) {
            assertThat(absolutePoints(shape.path()))
                    .as(shape.iso3())
                    .isNotEmpty()
                    .allSatisfy(point -> {
                        assertThat(point[0]).isBetween(0L, (long) CountryShapes.WIDTH);
                        assertThat(point[1]).isBetween(0L, (long) shapes.height());
                    });
        }
    }

    @Test
    void theWholeMapStaysSmall() {
        String svg = new MapSvg(shapes, labels(Map.of())).render(Map.of("CIV", Level.VERY_HIGH));

        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(100_000);
    }

    /** Path data is one absolute move, then relative line steps, per ring. */
    private static List<long[]> absolutePoints(String path) {
        List<long[]> points = new ArrayList<>();
        for (String ring : path.split("z")) {
            String[] parts = ring.substring(1).split("l");
            Matcher start = NUMBER.matcher(parts[0]);
            start.find();
            long x = Long.parseLong(start.group());
            start.find();
            long y = Long.parseLong(start.group());
            points.add(new long[] {x, y});
            Matcher step = NUMBER.matcher(parts[1]);
            while (step.find()) {
                x += Long.parseLong(step.group());
                step.find();
                y += Long.parseLong(step.group());
                points.add(new long[] {x, y});
            }
        }
        return points;
    }

    @Test
    void aMapWithAnOutsideDrawsUnlistedCountriesPlainAndNamesThemInTheLegend() throws Exception {
        MapLabels labels = new MapLabels(
                "chain-map", "Your chain", "Your countries", LEVEL_NAMES, Map.of("CIV", "Ivoorkust"), "not sourced");
        Document svg = parse(new WorldMaps().render(Map.of("CIV", Level.VERY_HIGH, "GHA", Level.UNKNOWN), labels));

        assertThat(pathTitled(svg, "Ivoorkust: very high").getAttribute("class"))
                .isEqualTo("level-very-high");
        assertThat(fillOf(pathTitled(svg, "Ghana: unknown"))).isEqualTo("url(#chain-map-unknown)");
        Element brazil = pathTitled(svg, "Brazil: not sourced");
        assertThat(brazil.getAttribute("class")).isEqualTo("map-outside");
        assertThat(fillOf(brazil)).isNotIn(MapSvg.FILLS.values()).doesNotStartWith("url(");

        List<String> legend = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            legend.add(texts.item(i).getTextContent());
        }
        assertThat(legend).containsExactly("very high", "high", "medium", "low", "unknown", "not sourced");
    }

    @Test
    void aMapWithoutAnOutsideStillDrawsUnlistedCountriesAsUnknown() throws Exception {
        Document svg = parse(new WorldMaps().render(Map.of("CIV", Level.HIGH), labels(Map.of())));
        assertThat(fillOf(pathTitled(svg, "Brazil: unknown"))).isEqualTo("url(#test-map-unknown)");
        assertThat(svg.getElementsByTagName("text").getLength()).isEqualTo(Level.values().length);
    }

    private static MapLabels labels(Map<String, String> countryNames) {
        return new MapLabels("test-map", "Child labour in cocoa", "Colours by level", LEVEL_NAMES, countryNames);
    }

    private static Element pathTitled(Document svg, String title) {
        NodeList titles = svg.getElementsByTagName("title");
        for (int i = 0; i < titles.getLength(); i++) {
            if (titles.item(i).getTextContent().equals(title)) {
                return (Element) titles.item(i).getParentNode();
            }
        }
        throw new AssertionError("No path titled " + title);
    }

    /** The fill the path inherits from its level's group. */
    private static String fillOf(Element path) {
        return ((Element) path.getParentNode()).getAttribute("fill");
    }

    /** Fails on anything that is not well-formed XML; ids are registered so getElementById works. */
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                element.setIdAttribute("id", true);
            }
        }
        return document;
    }
}
