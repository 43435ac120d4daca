package nl.ketenwijs.quickscan.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The quick scan's one-page summary as a PDF: a Thymeleaf template written as XHTML, laid out by
 * openhtmltopdf. The font is shipped with the application and embedded (as a subset), so a company or
 * country name in any Latin, Greek or Cyrillic script prints the same everywhere.
 */
@Component
class SummaryPdf {

    static final String TEMPLATE = "quickscan/summary-pdf";
    static final String FONT_FAMILY = "DejaVu Sans";

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
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The quick scan summary could not be written as PDF", e);
        }
    }

    private static java.io.InputStream font(String file) {
        try {
            return new ClassPathResource("fonts/" + file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Font missing from the application: " + file, e);
        }
    }
}
