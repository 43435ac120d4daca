package nl.ketenwijs.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.ketenwijs.shared.Chart;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A chart served as an image of its own, so a page embeds it with an img element and no inline markup. */
final class ChartResponses {

    static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private ChartResponses() {}

    static ResponseEntity<String> svg(Chart chart) {
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(CacheControl.noCache())
                .body(chart.svg());
    }

    static ResponseEntity<String> published(Chart chart) {
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(chart.svg());
    }
}
