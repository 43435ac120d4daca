package nl.ketenwijs.supplychain.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.supplychain.imports.ChainImports;
import nl.ketenwijs.supplychain.imports.ImportColumn;
import nl.ketenwijs.supplychain.imports.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Import of a chain from a spreadsheet in three steps without JavaScript: upload, preview (with a column
 * mapping when the headers are not known), import. The file stays in the session between the steps.
 */
@Controller
@PreAuthorize(ChainController.EDITORS)
class ChainImportController {

    static final String UPLOAD = "chain/import";
    static final String PREVIEW = "chain/import-preview";

    /** Rows, errors and warnings each shown on the preview page at most. */
    static final int SHOWN_LIMIT = 500;

    private final ChainImports imports;
    private final KnowledgeNames names;

    ChainImportController(ChainImports imports, KnowledgeNames names) {
        this.imports = imports;
        this.names = names;
    }

    @GetMapping("/chain/import")
    String form() {
        return UPLOAD;
    }

    @PostMapping("/chain/import")
    ModelAndView upload(
            @AuthenticationPrincipal Account account,
            @RequestParam(required = false) MultipartFile file,
            HttpSession session,
            Locale locale,
            Model model)
            throws IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String fileName = file == null ? null : file.getOriginalFilename();
        ImportReport report = imports.preview(account.organisationId(), bytes, fileName, null, locale);
        if (report.headers().isEmpty()) {
            model.addAttribute("report", report);
            return new ModelAndView(UPLOAD, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        PendingImport pending = PendingImport.of(account.organisationId(), fileName, bytes);
        session.setAttribute(PendingImport.SESSION_KEY, pending);
        return preview(pending, null, report, locale, model);
    }

    @PostMapping("/chain/import/mapping")
    ModelAndView mapping(
            @AuthenticationPrincipal Account account,
            @RequestParam String token,
            @RequestParam(name = "column", required = false) String[] columns,
            HttpSession session,
            Locale locale,
            Model model) {
        PendingImport pending = pending(session, token, account);
        if (pending == null) {
            return new ModelAndView("redirect:/chain/import?expired");
        }
        List<String> mapping = mapping(columns);
        return preview(
                pending,
                mapping,
                imports.preview(account.organisationId(), pending.file(), pending.fileName(), mapping, locale),
                locale,
                model);
    }

    @PostMapping("/chain/import/commit")
    ModelAndView commit(
            @AuthenticationPrincipal Account account,
            @RequestParam String token,
            @RequestParam(name = "column", required = false) String[] columns,
            HttpSession session,
            Locale locale,
            Model model) {
        PendingImport pending = pending(session, token, account);
        if (pending == null) {
            return new ModelAndView("redirect:/chain/import?expired");
        }
        List<String> mapping = columns == null ? null : mapping(columns);
        ImportReport report =
                imports.commit(account.organisationId(), pending.file(), pending.fileName(), mapping, locale);
        if (!report.canCommit()) {
            ModelAndView refused = preview(pending, mapping, report, locale, model);
            refused.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return refused;
        }
        session.removeAttribute(PendingImport.SESSION_KEY);
        return new ModelAndView("redirect:/chain?imported=" + report.rows().size());
    }

    private ModelAndView preview(
            PendingImport pending, List<String> mapping, ImportReport report, Locale locale, Model model) {
        model.addAttribute("report", report);
        // A page of a whole assortment would be megabytes: the first rows show how the file is read, and
        // the first problems are what to fix first; the counts say how many there are in all.
        model.addAttribute("shownRows", first(report.rows()));
        model.addAttribute("shownErrors", first(report.errors()));
        model.addAttribute("shownWarnings", first(report.warnings()));
        model.addAttribute("shownLimit", SHOWN_LIMIT);
        model.addAttribute("token", pending.token());
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("mapping", mapping);
        model.addAttribute("importColumns", ImportColumn.values());
        model.addAttribute("names", names.in(locale));
        return new ModelAndView(PREVIEW, model.asMap());
    }

    /** The upload of this session and company with this token; null when it expired or was replaced. */
    private static PendingImport pending(HttpSession session, String token, Account account) {
        return session.getAttribute(PendingImport.SESSION_KEY) instanceof PendingImport pending
                        && pending.matches(token, account.organisationId())
                ? pending
                : null;
    }

    private static <T> List<T> first(List<T> all) {
        return all.subList(0, Math.min(SHOWN_LIMIT, all.size()));
    }

    /** One entry per header, in order; a select left empty ignores its column. */
    private static List<String> mapping(String[] columns) {
        return columns == null ? List.of() : Arrays.asList(columns);
    }
}
