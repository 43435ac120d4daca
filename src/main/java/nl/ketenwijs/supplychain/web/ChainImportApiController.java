package nl.ketenwijs.supplychain.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.supplychain.imports.ChainImports;
import nl.ketenwijs.supplychain.imports.ImportProblem;
import nl.ketenwijs.supplychain.imports.ImportReport;
import nl.ketenwijs.supplychain.imports.ImportRow;
import nl.ketenwijs.supplychain.mapping.DecimalText;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Import of a chain by a company's own systems (Bearer token of its admin or editor). Without
 * {@code commit=true} it only reports; with it, it stores the file all or nothing, and answers 422 with the
 * report when anything is wrong. A stored import echoes only its first {@link ChainImportController#SHOWN_LIMIT}
 * rows: the rows are what the preview is for, and echoing a supermarket's 100,000 lines after they were
 * stored cost a second and tens of megabytes; {@code rowCount} says how many there were.
 */
@RestController
class ChainImportApiController {

    private final ChainImports imports;
    private final MessageSource messages;

    ChainImportApiController(ChainImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/chain/imports", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportJson> importChain(
            @AuthenticationPrincipal Account account,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean commit)
            throws IOException {
        if (account.organisationKind() != OrganisationKind.COMPANY || !ChainController.mayEdit(account)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a company's admin or editor imports");
        }
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String fileName = file == null ? null : file.getOriginalFilename();
        ImportReport report = commit
                ? imports.commit(account.organisationId(), bytes, fileName, null, Locale.ENGLISH)
                : imports.preview(account.organisationId(), bytes, fileName, null, Locale.ENGLISH);
        ReportJson json = ReportJson.of(report, commit && report.canCommit(), this::message);
        // A preview is answered whatever it found; a commit that could not be made is refused.
        return ResponseEntity.status(commit && !report.canCommit() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(json);
    }

    private String message(ImportProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), Locale.ENGLISH);
    }

    /**
     * The import's report. {@code committed} says whether the chain was changed; {@code errors} refuse the
     * file whole; {@code warnings} (raw materials the knowledge base does not know, kept unclassified, and
     * suppliers the company has not recorded yet, created with their name only) do not.
     * {@code needsMapping} says the product or raw material column was not found among the headers.
     * {@code rowCount} is the number of rows read; {@code rows} has them all for a preview or a refusal, and
     * the first {@link ChainImportController#SHOWN_LIMIT} once committed.
     */
    record ReportJson(
            boolean committed,
            boolean needsMapping,
            int rowCount,
            List<RowJson> rows,
            List<ProblemJson> errors,
            List<ProblemJson> warnings) {

        static ReportJson of(
                ImportReport report, boolean committed, java.util.function.Function<ImportProblem, String> message) {
            return new ReportJson(
                    committed,
                    report.needsMapping(),
                    report.rows().size(),
                    report.rows().stream()
                            .limit(committed ? ChainImportController.SHOWN_LIMIT : Long.MAX_VALUE)
                            .map(RowJson::of)
                            .toList(),
                    report.errors().stream()
                            .map(p -> ProblemJson.of(p, message))
                            .toList(),
                    report.warnings().stream()
                            .map(p -> ProblemJson.of(p, message))
                            .toList());
        }
    }

    /**
     * A row as read; {@code row} is its number in the spreadsheet (the header is 1). {@code origins} are ISO3
     * codes, or {@code "unknown"}; {@code commodity} is the knowledge base's code, null when unclassified.
     * {@code suppliers} stand on each of the row's origins, each with its tier (1 when the file gave none).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowJson(
            int row,
            String product,
            String articleCode,
            String material,
            String commodity,
            List<String> origins,
            BigDecimal sharePercent,
            BigDecimal volumeKgPerYear,
            BigDecimal spendEur,
            List<SupplierJson> suppliers) {

        static RowJson of(ImportRow row) {
            return new RowJson(
                    row.row(),
                    row.product(),
                    row.articleCode(),
                    row.material(),
                    row.commodityCode(),
                    row.origins().stream()
                            .map(o -> o.isUnknown() ? "unknown" : o.iso3())
                            .toList(),
                    DecimalText.plain(row.quantities().sharePercent()),
                    DecimalText.plain(row.quantities().volumeKgPerYear()),
                    DecimalText.plain(row.quantities().spendEur()),
                    row.suppliers().stream()
                            .map(s -> new SupplierJson(s.name(), s.tier()))
                            .toList());
        }
    }

    /** A supplier a row names, at its tier: 1 is the company's direct supplier, up to 5 closest to the origin. */
    record SupplierJson(String name, int tier) {}

    /** {@code row} 0 is the file as a whole; {@code column} is the header as the file has it. */
    record ProblemJson(int row, String column, String value, String code, String message) {

        static ProblemJson of(ImportProblem problem, java.util.function.Function<ImportProblem, String> message) {
            return new ProblemJson(
                    problem.row(), problem.column(), problem.value(), problem.reason(), message.apply(problem));
        }
    }
}
