package nl.ketenwijs.quickscan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.ketenwijs.shared.XhtmlPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The quick scan's one-page summary as a PDF: a Thymeleaf template written as XHTML, laid out by
 * openhtmltopdf ({@link XhtmlPdf}, which embeds the shipped font), so a company or country name in any
 * Latin, Greek or Cyrillic script prints the same everywhere.
 */
@Component
class SummaryPdf {

    static final String TEMPLATE = "quickscan/summary-pdf";

    /**
     * The densest layout: in it a scan with every product, raw material and country filled in, under
     * ordinary names, still fits on the page.
     */
    static final int DENSEST = 2;

    private final ITemplateEngine templates;

    SummaryPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * In the normal type size if that fits on one page, else in a smaller one: a page of the largest scan
     * is denser, not longer.
     */
    byte[] render(Map<String, Object> model, Locale locale) {
        byte[] pdf = null;
        for (int density = 0; density <= DENSEST; density++) {
            Map<String, Object> withDensity = new HashMap<>(model);
            withDensity.put("density", density);
            pdf = render(templates.process(TEMPLATE, new Context(locale, withDensity)));
            if (pages(pdf) == 1) {
                return pdf;
            }
        }
        return pdf;
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("The quick scan summary just written cannot be read back", e);
        }
    }

    private static byte[] render(String xhtml) {
        return XhtmlPdf.render(xhtml);
    }
}
