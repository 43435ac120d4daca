package nl.ketenwijs.reporting.annual;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.ketenwijs.shared.XhtmlPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A snapshot as a PDF: the same chapters as the public page (one Thymeleaf fragment, written as XHTML),
 * the charts as SVG drawn as vectors, tagged for screen readers, the font embedded. Printed in Dutch, the
 * report's language.
 */
@Component
public class ReportDocument {

    static final String TEMPLATE = "reporting/report-pdf";
    public static final Locale LANGUAGE = Locale.forLanguageTag("nl");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter PUBLISHED_ON = DateTimeFormatter.ofPattern("d MMMM yyyy", LANGUAGE);

    private final ITemplateEngine templates;
    private final ReportCharts charts;

    ReportDocument(ITemplateEngine templates, ReportCharts charts) {
        this.templates = templates;
        this.charts = charts;
    }

    public String xhtml(ReportSnapshot snapshot) {
        return templates.process(
                TEMPLATE,
                new Context(
                        LANGUAGE,
                        Map.of(
                                "report",
                                snapshot,
                                "charts",
                                charts.of(snapshot.results(), LANGUAGE),
                                "pdf",
                                true,
                                "publishedOn",
                                PUBLISHED_ON.format(snapshot.frozenAt().atZone(ZONE)))));
    }

    public byte[] pdf(ReportSnapshot snapshot) {
        return XhtmlPdf.renderTagged(xhtml(snapshot));
    }
}
