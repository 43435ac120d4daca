package nl.ketenwijs.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A drawn chart: its SVG document and the same figures as a table, which every page and PDF shows with the
 * chart, for readers who cannot see it and for anyone who wants the exact numbers.
 *
 * @param id unique within a page; the SVG's title and description carry it in their ids
 * @param title what the chart shows, also the image's text alternative
 */
public record Chart(String id, String title, String svg, ChartTable table) {

    /**
     * The SVG as a data address, for the PDF only: the PDF is laid out from one document, with nothing to
     * fetch. Pages load the SVG as an image resource of its own instead.
     */
    public String dataUri() {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
