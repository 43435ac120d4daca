package nl.ketenwijs.grievance.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A PDF written again without what identifies its maker: the document information (author, creator,
 * producer, dates), the XMP metadata of the document and its pages, and the parts that act when a handler
 * opens it (open action, additional actions, scripts) or hide other files (embedded files). Saved whole,
 * not incrementally, so earlier revisions of the information are not carried along.
 */
final class PdfCleaning {

    static final String CONTENT_TYPE = "application/pdf";
    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

    private PdfCleaning() {}

    static byte[] clean(byte[] file) {
        if (file.length < MAGIC.length || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new FileRejected(FileRejected.Reason.NOT_A_DOCUMENT);
        }
        try (PDDocument document = Loader.loadPDF(file)) {
            document.setAllSecurityToBeRemoved(true);
            document.setDocumentInformation(new PDDocumentInformation());
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setMetadata(null);
            catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
            catalog.getCOSObject().removeItem(COSName.AA);
            PDDocumentNameDictionary names = catalog.getNames();
            if (names != null) {
                names.setJavascript(null);
                names.setEmbeddedFiles(null);
            }
            for (PDPage page : document.getPages()) {
                page.setMetadata(null);
                page.getCOSObject().removeItem(COSName.AA);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            // A damaged file, a password we do not have, or a structure PDFBox cannot follow: not a document
            // we can pass on safely.
            throw new FileRejected(FileRejected.Reason.NOT_A_DOCUMENT);
        }
    }
}
