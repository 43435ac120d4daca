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
import nl.ketenwijs.supplychain.export.SupplierExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The company's whole chain, and its suppliers, as files to open in a spreadsheet, for everyone of the company. */
@Controller
@PreAuthorize(ChainController.READERS)
class ChainExportController {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final ChainExport export;
    private final SupplierExport supplierExport;

    ChainExportController(ChainExport export, SupplierExport supplierExport) {
        this.export = export;
        this.supplierExport = supplierExport;
    }

    @GetMapping("/chain/export.csv")
    void csv(@AuthenticationPrincipal Account account, Locale locale, HttpServletResponse response) throws IOException {
        start(response, "keten", account, ExportFormat.CSV);
        export.write(account.organisationId(), ExportFormat.CSV, locale, response.getOutputStream());
    }

    @GetMapping("/chain/export.xlsx")
    void xlsx(@AuthenticationPrincipal Account account, Locale locale, HttpServletResponse response)
            throws IOException {
        start(response, "keten", account, ExportFormat.XLSX);
        export.write(account.organisationId(), ExportFormat.XLSX, locale, response.getOutputStream());
    }

    @GetMapping("/chain/suppliers/export.csv")
    void suppliersCsv(@AuthenticationPrincipal Account account, Locale locale, HttpServletResponse response)
            throws IOException {
        start(response, "leveranciers", account, ExportFormat.CSV);
        supplierExport.write(account.organisationId(), ExportFormat.CSV, locale, response.getOutputStream());
    }

    @GetMapping("/chain/suppliers/export.xlsx")
    void suppliersXlsx(@AuthenticationPrincipal Account account, Locale locale, HttpServletResponse response)
            throws IOException {
        start(response, "leveranciers", account, ExportFormat.XLSX);
        supplierExport.write(account.organisationId(), ExportFormat.XLSX, locale, response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String what, Account account, ExportFormat format) {
        response.setContentType(format.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        // Plain ASCII by construction, so no RFC 5987 variant is needed.
                        .filename(fileName(what, account.organisationName(), format))
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** keten-cacaohuis-zaandam-2026-11-25.csv: what, whose, and from when. */
    static String fileName(String what, String company, ExportFormat format) {
        String slug = Normalizer.normalize(company, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return what + "-" + (slug.isEmpty() ? "bedrijf" : slug) + "-" + LocalDate.now(NETHERLANDS) + "."
                + format.extension();
    }
}
