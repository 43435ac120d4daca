package nl.ketenwijs.supplychain.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.supplychain.export.ChainExport;
import nl.ketenwijs.supplychain.export.ExportFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The company's whole chain as a file to open in a spreadsheet, for everyone of the company. */
@Controller
@PreAuthorize(ChainController.READERS)
class ChainExportController {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final ChainExport export;

    ChainExportController(ChainExport export) {
        this.export = export;
    }

    @GetMapping("/chain/export.csv")
    void csv(@AuthenticationPrincipal Account account, Locale locale, HttpServletResponse response) throws IOException {
        write(account, ExportFormat.CSV, locale, response);
    }

    @GetMapping("/chain/export.xlsx")
    void xlsx(@AuthenticationPrincipal Account account, Locale locale, HttpServletResponse response)
            throws IOException {
        write(account, ExportFormat.XLSX, locale, response);
    }

    private void write(Account account, ExportFormat format, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        // Plain ASCII by construction, so no RFC 5987 variant is needed.
                        .filename(fileName(account.organisationName(), format))
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(account.organisationId(), format, locale, response.getOutputStream());
    }

    /** keten-cacaohuis-zaandam-2026-11-25.csv: whose chain, and from when. */
    static String fileName(String company, ExportFormat format) {
        String slug = Normalizer.normalize(company, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "keten-" + (slug.isEmpty() ? "bedrijf" : slug) + "-" + LocalDate.now(NETHERLANDS) + "."
                + format.extension();
    }
}
