package nl.ketenwijs.quickscan.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.quickscan.scan.ChosenStep;
import nl.ketenwijs.quickscan.scan.Findings;
import nl.ketenwijs.quickscan.scan.QuickScan;
import nl.ketenwijs.quickscan.scan.QuickScans;
import nl.ketenwijs.quickscan.scan.ScanFindings;
import nl.ketenwijs.quickscan.scan.ScanMaterial;
import nl.ketenwijs.riskanalysis.RegisterRefresh;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quick scan, one plain form per step with a redirect after each post, so it works without JavaScript
 * and a person can leave and come back: the draft is kept. Everyone of the company reads a scan; its admins
 * and editors answer. The company is always the logged-in account's.
 */
@Controller
@PreAuthorize(QuickScanController.READERS)
class QuickScanController {

    static final String READERS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')";
    static final String EDITORS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')";
    static final int STEPS = 5;

    private final QuickScans scans;
    private final StepForms forms;
    private final ScanFindings findings;
    private final RegisterRefresh register;
    private final KnowledgeNames names;
    private final MessageSource messages;
    private final SummaryPdf summaryPdf;

    QuickScanController(
            QuickScans scans,
            StepForms forms,
            ScanFindings findings,
            RegisterRefresh register,
            KnowledgeNames names,
            MessageSource messages,
            SummaryPdf summaryPdf) {
        this.scans = scans;
        this.forms = forms;
        this.findings = findings;
        this.register = register;
        this.names = names;
        this.messages = messages;
        this.summaryPdf = summaryPdf;
    }

    @ModelAttribute("canEdit")
    boolean canEdit(@AuthenticationPrincipal Account account) {
        return account.role() == Role.COMPANY_ADMIN || account.role() == Role.COMPANY_EDITOR;
    }

    @GetMapping("/quickscan")
    String start(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("scans", scans.all(account.organisationId()));
        return "quickscan/start";
    }

    @PostMapping("/quickscan")
    @PreAuthorize(EDITORS)
    String begin(@AuthenticationPrincipal Account account) {
        UUID id = scans.start(account.organisationId(), account.getUsername());
        return "redirect:/quickscan/" + id + "/products";
    }

    @GetMapping("/quickscan/{id}/products")
    @PreAuthorize(EDITORS)
    String products(@AuthenticationPrincipal Account account, @PathVariable UUID id, Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        List<String> given =
                scan.answers().products().stream().map(p -> p.name()).toList();
        return productsForm(scan, given, Map.of(), model);
    }

    @PostMapping("/quickscan/{id}/products")
    @PreAuthorize(EDITORS)
    String answerProducts(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(name = "product", required = false) List<String> fields,
            Locale locale,
            Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        List<String> given = fields == null ? List.of() : fields;
        Problems problems = new Problems(messages, locale);
        List<String> products = forms.products(given, problems);
        if (!problems.isEmpty()) {
            return productsForm(scan, given, problems.byField(), model);
        }
        scans.answer(account.organisationId(), id, scan.answers().withProducts(products));
        return "redirect:/quickscan/" + id + "/materials";
    }

    @GetMapping("/quickscan/{id}/materials")
    @PreAuthorize(EDITORS)
    String materials(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale, Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        if (!scan.answers().hasProducts()) {
            return "redirect:/quickscan/" + id + "/products";
        }
        List<List<String>> given = scan.answers().products().stream()
                .map(p -> p.materials().stream().map(ScanMaterial::name).toList())
                .toList();
        return materialsForm(scan, given, Map.of(), locale, model);
    }

    @PostMapping("/quickscan/{id}/materials")
    @PreAuthorize(EDITORS)
    String answerMaterials(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> fields,
            Locale locale,
            Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        if (!scan.answers().hasProducts()) {
            return "redirect:/quickscan/" + id + "/products";
        }
        List<List<String>> given =
                indexed(fields, "material-", scan.answers().products().size());
        Problems problems = new Problems(messages, locale);
        List<List<ScanMaterial>> materials = forms.materials(scan.answers().products(), given, problems);
        if (!problems.isEmpty()) {
            return materialsForm(scan, given, problems.byField(), locale, model);
        }
        scans.answer(account.organisationId(), id, scan.answers().withMaterials(materials));
        return "redirect:/quickscan/" + id + "/origins";
    }

    @GetMapping("/quickscan/{id}/origins")
    @PreAuthorize(EDITORS)
    String origins(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale, Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        if (!scan.answers().hasMaterials()) {
            return "redirect:/quickscan/" + id + "/materials";
        }
        KnowledgeNames.Names inLanguage = names.in(locale);
        List<List<String>> given = scan.answers().materials().stream()
                .map(m -> m.countries().stream().map(inLanguage::country).toList())
                .toList();
        return originsForm(scan, given, Map.of(), locale, model);
    }

    /** The answers go into the chain here, and the register is brought up to date for the next step. */
    @PostMapping("/quickscan/{id}/origins")
    @PreAuthorize(EDITORS)
    String answerOrigins(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> fields,
            Locale locale,
            Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        if (!scan.answers().hasMaterials()) {
            return "redirect:/quickscan/" + id + "/materials";
        }
        List<ScanMaterial> materials = scan.answers().materials();
        List<List<String>> given = indexed(fields, "origin-", materials.size());
        Problems problems = new Problems(messages, locale);
        List<List<String>> origins = forms.origins(materials, given, locale, problems);
        if (!problems.isEmpty()) {
            return originsForm(scan, given, problems.byField(), locale, model);
        }
        scans.confirm(account.organisationId(), id, scan.answers().withOrigins(origins));
        register.now(account.organisationId());
        return "redirect:/quickscan/" + id + "/risks";
    }

    @GetMapping("/quickscan/{id}/risks")
    String risks(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale, Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        if (!scan.savedToChainYet()) {
            // Viewers cannot answer the origins; the summary shows them how far the scan is.
            return "redirect:/quickscan/" + id + (canEdit(account) ? "/origins" : "");
        }
        progress(scan, 4, model);
        model.addAttribute("names", names.in(locale));
        model.addAttribute("findings", findings.of(account.organisationId(), scan.answers()));
        return "quickscan/risks";
    }

    @GetMapping("/quickscan/{id}/steps")
    @PreAuthorize(EDITORS)
    String steps(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale, Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        if (!scan.savedToChainYet()) {
            return "redirect:/quickscan/" + id + "/origins";
        }
        Findings found = findings.of(account.organisationId(), scan.answers());
        List<String> chosen = (scan.steps().isEmpty() ? found.suggested() : scan.steps())
                .stream().map(ChosenStep::key).toList();
        return stepsForm(scan, found, chosen, Map.of(), locale, model);
    }

    @PostMapping("/quickscan/{id}/steps")
    @PreAuthorize(EDITORS)
    String chooseSteps(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(name = "step", required = false) List<String> keys,
            Locale locale,
            Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        if (!scan.savedToChainYet()) {
            return "redirect:/quickscan/" + id + "/origins";
        }
        Findings found = findings.of(account.organisationId(), scan.answers());
        List<String> given = keys == null ? List.of() : keys.stream().distinct().toList();
        List<ChosenStep> chosen = found.options().stream()
                .filter(option -> given.contains(option.key()))
                .toList();
        Problems problems = new Problems(messages, locale);
        if (chosen.size() != given.size()) {
            problems.add("steps", "quickscan.steps.unknown");
        } else if (chosen.size() != ScanFindings.STEPS) {
            problems.add("steps", "quickscan.steps.three", ScanFindings.STEPS, chosen.size());
        }
        if (!problems.isEmpty()) {
            return stepsForm(scan, found, given, problems.byField(), locale, model);
        }
        scans.choose(account.organisationId(), id, chosen);
        return "redirect:/quickscan/" + id + "?done";
    }

    @GetMapping("/quickscan/{id}")
    String summary(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale, Model model) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        model.addAllAttributes(SummaryModel.of(account, scan, findings, names.in(locale)));
        return "quickscan/summary";
    }

    /** One A4 page, to print or send: what the company sells and buys, its top risks and first steps. */
    @GetMapping("/quickscan/{id}/summary.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale) {
        QuickScan scan = scans.scan(account.organisationId(), id);
        byte[] pdf = summaryPdf.render(SummaryModel.of(account, scan, findings, names.in(locale)), locale);
        String file = messages.getMessage("quickscan.pdf.file", new Object[] {LocalDate.now()}, locale) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    private String productsForm(QuickScan scan, List<String> given, Map<String, String> errors, Model model) {
        model.addAttribute("rows", rows(given, 3, 2, StepForms.MAX_PRODUCTS));
        model.addAttribute("maxProducts", StepForms.MAX_PRODUCTS);
        return form(scan, 1, errors, model, "quickscan/products");
    }

    private String materialsForm(
            QuickScan scan, List<List<String>> given, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute(
                "rows",
                given.stream().map(g -> rows(g, 3, 1, StepForms.MAX_MATERIALS)).toList());
        model.addAttribute("names", names.in(locale));
        return form(scan, 2, errors, model, "quickscan/materials");
    }

    private String originsForm(
            QuickScan scan, List<List<String>> given, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute(
                "rows",
                given.stream()
                        .map(g -> rows(g, StepForms.MAX_COUNTRIES, 0, StepForms.MAX_COUNTRIES))
                        .toList());
        model.addAttribute("names", names.in(locale));
        model.addAttribute(
                "materials",
                scan.answers().products().stream()
                        .flatMap(p -> p.materials().stream().map(m -> new MaterialLine(p.name(), m)))
                        .toList());
        return form(scan, 3, errors, model, "quickscan/origins");
    }

    private String stepsForm(
            QuickScan scan,
            Findings found,
            List<String> chosen,
            Map<String, String> errors,
            Locale locale,
            Model model) {
        model.addAttribute("findings", found);
        model.addAttribute("chosen", chosen);
        model.addAttribute("names", names.in(locale));
        return form(scan, 5, errors, model, "quickscan/steps");
    }

    private static String form(QuickScan scan, int step, Map<String, String> errors, Model model, String view) {
        progress(scan, step, model);
        model.addAttribute("errors", errors);
        return view;
    }

    private static void progress(QuickScan scan, int step, Model model) {
        model.addAttribute("scan", scan);
        model.addAttribute("step", step);
        model.addAttribute("steps", STEPS);
    }

    /** A raw material with the product it is in, for the origins step's one list of every raw material. */
    record MaterialLine(String product, ScanMaterial material) {}

    /** What was given, with spare empty rows to add more: at least min rows, at most max. */
    static List<String> rows(List<String> given, int min, int spare, int max) {
        List<String> rows = new ArrayList<>(given);
        int size = Math.min(Math.max(min, given.size() + spare), Math.max(max, given.size()));
        while (rows.size() < size) {
            rows.add("");
        }
        return rows;
    }

    /** The values of fields prefix0, prefix1, … in the order of the form; a missing field gives none. */
    private static List<List<String>> indexed(MultiValueMap<String, String> fields, String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> fields.getOrDefault(prefix + i, List.of()))
                .toList();
    }
}
