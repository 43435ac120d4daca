package nl.ketenwijs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartTests {

    private static final String HOSTILE = "Łódź<script>1</script>&\"";

    @Test
    void aBarChartIsWellFormedSvgNamedByItsTitleAndDescriptionWithEveryFigureInItsTable() throws Exception {
        Chart chart = new BarChart(
                        "bars",
                        "Deelname per branche",
                        "Aantal bedrijven per branche",
                        "Branche",
                        "Bedrijven",
                        40,
                        List.of(new BarChart.Bar(HOSTILE, 12.5), new BarChart.Bar("Klein", null)),
                        "minder dan 5")
                .render(Locale.forLanguageTag("nl"));

        Element svg = parse(chart.svg());
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("bars-title bars-desc");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Deelname per branche");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Aantal bedrijven per branche");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getTextContent()).contains(HOSTILE, "12,5", "minder dan 5");
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(1);
        assertThat(chart.table().headers()).containsExactly("Branche", "Bedrijven");
        assertThat(chart.table().rows())
                .containsExactly(
                        new ChartTable.Row(HOSTILE, List.of("12,5")),
                        new ChartTable.Row("Klein", List.of("minder dan 5")));
    }

    @Test
    void aLongCategoryNameIsSetOnTwoLinesSoItStaysInsideTheDrawing() throws Exception {
        String longName = "Stoppen, voorkomen en beperken van schade";
        Chart chart = new BarChart("long", "t", "d", "c", "v", 4, List.of(new BarChart.Bar(longName, 2.0)), "-")
                .render(Locale.ENGLISH);

        Element svg = parse(chart.svg());
        assertThat(svg.getElementsByTagName("tspan").getLength()).isEqualTo(2);
        assertThat(svg.getElementsByTagName("tspan").item(0).getTextContent()
                        + " "
                        + svg.getElementsByTagName("tspan").item(1).getTextContent())
                .isEqualTo(longName);
    }

    @Test
    void aStackedBarDividesEachBarIntoItsSharesAndTablesThemAsPercentages() throws Exception {
        Chart chart = new StackedBarChart(
                        "maturity",
                        "Maturity per step",
                        "Share of companies per level",
                        "Step",
                        List.of("0", "1", "2", "3", "4"),
                        List.of(
                                new StackedBarChart.Stack("Policy", List.of(0.1, 0.2, 0.3, 0.25, 0.15)),
                                new StackedBarChart.Stack("Remediate", null)),
                        "suppressed")
                .render(Locale.ENGLISH);

        Element svg = parse(chart.svg());
        double drawn = 0;
        for (int i = 0; i < svg.getElementsByTagName("rect").getLength(); i++) {
            Element rect = (Element) svg.getElementsByTagName("rect").item(i);
            if (Double.parseDouble(rect.getAttribute("height")) == 20) {
                drawn += Double.parseDouble(rect.getAttribute("width"));
            }
        }
        assertThat(drawn)
                .as("the five segments fill the plot")
                .isCloseTo(420, org.assertj.core.data.Offset.offset(1.0));
        assertThat(chart.table().headers()).containsExactly("Step", "0", "1", "2", "3", "4");
        assertThat(chart.table().rows().get(0).cells()).containsExactly("10 %", "20 %", "30 %", "25 %", "15 %");
        assertThat(chart.table().rows().get(1).cells()).containsOnly("suppressed");
    }

    @Test
    void aLineChartBreaksAtAMissingYearAndTablesEveryPoint() throws Exception {
        Chart chart = new LineChart(
                        "years",
                        "Mean maturity per year",
                        "Mean level 0 to 4",
                        "Step",
                        List.of("2024", "2025", "2026"),
                        4,
                        List.of(
                                new LineChart.Series("Policy", Arrays.asList(1.5, null, 2.25)),
                                new LineChart.Series("Track", List.of(1.0, 1.5, 2.0))),
                        "–")
                .render(Locale.ENGLISH);

        Element svg = parse(chart.svg());
        assertThat(svg.getElementsByTagName("polyline").getLength())
                .as("one line for Track; Policy has no two neighbouring points")
                .isEqualTo(1);
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(5);
        assertThat(chart.table().headers()).containsExactly("Step", "2024", "2025", "2026");
        assertThat(chart.table().rows().get(0).cells()).containsExactly("1.5", "–", "2.2");
        assertThat(chart.dataUri()).startsWith("data:image/svg+xml;base64,");
    }

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        return document.getDocumentElement();
    }
}
