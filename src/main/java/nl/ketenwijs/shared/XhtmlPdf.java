package nl.ketenwijs.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * Lays out an XHTML document as a PDF with openhtmltopdf, for every module that prints. The font ships with
 * the application (DejaVu Sans, wide Latin, Greek and Cyrillic coverage) and is embedded as a subset, so
 * "Łódź" prints as written instead of falling back to a standard PDF font without those letters. SVG, in
 * the document or as an image, is drawn as vector graphics in the same font; the SVG may not fetch
 * anything or run script.
 */
public final class XhtmlPdf {

    /** The font family documents name in their stylesheet. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private XhtmlPdf() {}

    /** An untagged PDF, laid out quickly: for short documents such as a one-page summary. */
    public static byte[] render(String xhtml) {
        return render(xhtml, false);
    }

    /**
     * A tagged PDF (PDF/UA): headings, paragraphs, tables and figures carry their structure, so a screen
     * reader reads it in order; the document needs a title, a language and text alternatives for images.
     */
    public static byte[] renderTagged(String xhtml) {
        return render(xhtml, true);
    }

    private static byte[] render(String xhtml, boolean tagged) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(tagged);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer(
                    BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be written as PDF", e);
        }
    }

    private static InputStream font(String file) {
        try {
            return new ClassPathResource("fonts/" + file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Font missing from the application: " + file, e);
        }
    }
}
