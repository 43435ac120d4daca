package nl.ketenwijs.supplychain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.mapping.Audit;
import nl.ketenwijs.supplychain.mapping.AuditResult;
import nl.ketenwijs.supplychain.mapping.SupplierInput;
import nl.ketenwijs.supplychain.mapping.SupplierKind;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

class ChainExportIntegrationTests extends WebIntegrationTest {

    static final String DANGEROUS = "=HYPERLINK(\"x\")";
    static final String DANGEROUS_SUPPLIER = "=HYPERLINK(\"s\")";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SupplierStore supplierStore;

    @Autowired
    TenantScope tenantScope;

    /** The application's own pool: company rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    UUID company;
    Account viewer;

    @BeforeEach
    void setUp() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        company = fixtures.aCompany();
        viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        ChainFixture chain = new ChainFixture(mvc, fixtures.aPersonIn(company, Role.COMPANY_EDITOR));
        UUID bar = chain.product(DANGEROUS, "A;1");
        chain.material(bar, "Cacaobonen", "cocoa", "Ivoorkust, onbekend", "32,5", "12.000", "1500,25");
        chain.material(bar, "@Smaakstof", "", "", "", "", "");
        SupplierFixture suppliers = new SupplierFixture(supplierStore, tenantScope, appJdbc, company);
        suppliers.link(
                "Cacaobonen",
                "CIV",
                suppliers.supplier(new SupplierInput(
                        "Coop\u00e9rative de Soubr\u00e9",
                        SupplierKind.COOPERATIVE,
                        "CIV",
                        "Soubr\u00e9",
                        "BP 12; Soubr\u00e9",
                        List.of(Certification.RAINFOREST_ALLIANCE, Certification.ORGANIC),
                        new Audit(LocalDate.of(2026, 5, 12), "-SMETA", AuditResult.CONDITIONAL, "@herhalen"))),
                3);
        UUID trader = suppliers.supplier("Cocoa Trading BV", SupplierKind.TRADER);
        suppliers.link("Cacaobonen", "CIV", trader, 1);
        suppliers.link("Cacaobonen", null, suppliers.supplier(DANGEROUS_SUPPLIER, SupplierKind.OTHER), 2);

        UUID stranger = fixtures.aCompany();
        ChainFixture other = new ChainFixture(mvc, fixtures.aPersonIn(stranger, Role.COMPANY_EDITOR));
        other.material(
                other.product("Geheim product van een ander", ""), "Koffiebonen", "coffee", "Brazilië", "", "", "");
        SupplierFixture theirs = new SupplierFixture(supplierStore, tenantScope, appJdbc, stranger);
        theirs.link("Koffiebonen", "BRA", theirs.supplier("Geheime leverancier", SupplierKind.EXPORTER), 1);
    }

    @Test
    void theCsvIsWhatDutchExcelReadsWithEveryCellSafe() throws Exception {
        MockHttpServletResponse response = export("csv", "nl");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"keten-company-" + company + "-"
                        + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + ".csv\"");

        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo("Product;Artikelcode;Grondstof;Code kennisbank;Grondstof in kennisbank;Land (ISO3);Land;"
                        + "Aandeel (%);Volume (kg per jaar);Inkoopwaarde (EUR per jaar);Leveranciers");
        assertThat(lines.subList(1, lines.size()))
                .containsExactlyInAnyOrder(
                        "\"'=HYPERLINK(\"\"x\"\")\";\"A;1\";'@Smaakstof;;;onbekend;onbekend;;;;",
                        "\"'=HYPERLINK(\"\"x\"\")\";\"A;1\";Cacaobonen;cocoa;Cacao;CIV;Ivoorkust;32,5;12000;1500,25;"
                                + "\"Cocoa Trading BV (1); Coop\u00e9rative de Soubr\u00e9 (3)\"",
                        "\"'=HYPERLINK(\"\"x\"\")\";\"A;1\";Cacaobonen;cocoa;Cacao;onbekend;onbekend;32,5;12000;1500,25;"
                                + "\"'=HYPERLINK(\"\"s\"\") (2)\"");
    }

    @Test
    void theHeadersFollowThePageLanguage() throws Exception {
        String text = export("csv", "en").getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\ufeffProduct;Article code;Raw material;Knowledge base code;Knowledge base commodity;"
                        + "Country (ISO3);Country;Share (%);Volume (kg per year);Spend (EUR per year);Suppliers\r\n")
                .contains(
                        ";Cacaobonen;cocoa;Cocoa;CIV;C\u00f4te d\u2019Ivoire;32,5;12000;1500,25;\"Cocoa Trading BV (1);")
                .contains(";unknown;unknown;");
    }

    @Test
    void theWorkbookHasABoldFrozenHeaderNumericCellsAndNoFormula() throws Exception {
        MockHttpServletResponse response = export("xlsx", "nl");
        assertThat(response.getHeader("Content-Disposition")).endsWith(".xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Product");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(5));

            Row cocoa = rowOf(sheet, "Cacaobonen", "CIV");
            assertThat(cocoa.getCell(2).getStringCellValue()).isEqualTo("Cacaobonen");
            assertThat(cocoa.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cocoa.getCell(7).getNumericCellValue()).isEqualTo(32.5);
            assertThat(cocoa.getCell(8).getNumericCellValue()).isEqualTo(12000.0);
            assertThat(cocoa.getCell(9).getNumericCellValue()).isEqualTo(1500.25);
            assertThat(cocoa.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(cocoa.getCell(0).getStringCellValue()).isEqualTo("'" + DANGEROUS);
            assertThat(cocoa.getCell(10).getStringCellValue())
                    .isEqualTo("Cocoa Trading BV (1); Coop\u00e9rative de Soubr\u00e9 (3)");
            assertThat(rowOf(sheet, "Cacaobonen", "onbekend").getCell(10).getStringCellValue())
                    .isEqualTo("'" + DANGEROUS_SUPPLIER + " (2)");
            Row flavour = rowOf(sheet, "'@Smaakstof", "onbekend");
            assertThat(flavour.getCell(3)).isNull();
            assertThat(flavour.getCell(7)).isNull();
            assertThat(flavour.getCell(10)).isNull();

            List<CellType> types = new ArrayList<>();
            sheet.forEach(row -> row.forEach((Cell cell) -> types.add(cell.getCellType())));
            assertThat(types).doesNotContain(CellType.FORMULA).contains(CellType.NUMERIC);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void anExportHoldsTheCompanysOwnChainOnly() throws Exception {
        assertThat(export("csv", "nl").getContentAsString(StandardCharsets.UTF_8))
                .contains("Cacaobonen")
                .doesNotContain("Geheim product")
                .doesNotContain("Koffiebonen")
                .doesNotContain("Geheime leverancier");
        assertThat(download("/chain/suppliers/export.csv", "nl").getContentAsString(StandardCharsets.UTF_8))
                .contains("Cocoa Trading BV")
                .doesNotContain("Geheime leverancier");
    }

    @Test
    void theSuppliersExportHasEveryDetailInThePageLanguageWithEveryCellSafe() throws Exception {
        MockHttpServletResponse response = download("/chain/suppliers/export.csv", "nl");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"leveranciers-company-" + company + "-"
                        + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + ".csv\"");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo("Naam;Soort;Land (ISO3);Land;Regio of plaats;Adres;Certificeringen;Datum laatste audit;"
                        + "Schema, standaard of auditor;Uitkomst audit;Toelichting audit");
        assertThat(lines.subList(1, lines.size()))
                .containsExactlyInAnyOrder(
                        "\"'=HYPERLINK(\"\"s\"\")\";anders;;;;;;;;;",
                        "Cocoa Trading BV;handelaar;;;;;;;;;",
                        "Coop\u00e9rative de Soubr\u00e9;co\u00f6peratie;CIV;Ivoorkust;Soubr\u00e9;\"BP 12; Soubr\u00e9\";"
                                + "Rainforest Alliance, Biologisch;2026-05-12;'-SMETA;voorwaardelijk goedgekeurd;'@herhalen");
        assertThat(download("/chain/suppliers/export.csv", "en").getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\ufeffName;Kind;Country (ISO3);Country;")
                .contains(";cooperative;CIV;C\u00f4te d\u2019Ivoire;", ";passed with conditions;");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download("/chain/suppliers/export.xlsx", "nl").getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Leveranciers");
            List<String> names = new ArrayList<>();
            List<CellType> types = new ArrayList<>();
            sheet.forEach(row -> {
                names.add(row.getCell(0).getStringCellValue());
                row.forEach((Cell cell) -> types.add(cell.getCellType()));
            });
            assertThat(names)
                    .containsExactlyInAnyOrder(
                            "Naam", "'" + DANGEROUS_SUPPLIER, "Cocoa Trading BV", "Coop\u00e9rative de Soubr\u00e9");
            assertThat(types).containsOnly(CellType.STRING);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void aLargeChainIsExportedWhole() throws Exception {
        // 50 products × 10 raw materials × 5 countries: more links than one batch the export reads. Unclassified,
        // and removed afterwards: the sector's counts of (commodity, country) pairs that other tests read stay
        // as they were.
        tenantScope.asOrganisation(
                company, () -> appJdbc.sql("""
                        WITH p AS (INSERT INTO product (id, organisation_id, name)
                                   SELECT gen_random_uuid(), :company, 'Product ' || g FROM generate_series(1, 50) g
                                   RETURNING id),
                             m AS (INSERT INTO raw_material (id, organisation_id, product_id, name, volume_kg_per_year)
                                   SELECT gen_random_uuid(), :company, p.id, 'Grondstof ' || g, g * 1000
                                     FROM p, generate_series(1, 10) g
                                   RETURNING id)
                        INSERT INTO material_origin (id, organisation_id, raw_material_id, country_iso3)
                        SELECT gen_random_uuid(), :company, m.id, c
                          FROM m, unnest(ARRAY['NLD', 'BEL', 'DEU', 'FRA', 'LUX']) c
                        """).param("company", company).update());
        try {
            String csv = export("csv", "nl").getContentAsString(StandardCharsets.UTF_8);
            assertThat(csv.split("\r\n")).hasSize(1 + 3 + 2_500);
            try (XSSFWorkbook workbook = new XSSFWorkbook(
                    new ByteArrayInputStream(export("xlsx", "nl").getContentAsByteArray()))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3 + 2_500);
            }
        } finally {
            tenantScope.asOrganisation(
                    company,
                    () -> appJdbc.sql("DELETE FROM product WHERE organisation_id = ? AND name LIKE 'Product %'")
                            .param(company)
                            .update());
        }
    }

    @Test
    void onlyCompaniesExport() throws Exception {
        Account admin = new TestOrganisations(jdbc, accounts).secretariatAdmin();
        mvc.perform(get("/chain/export.csv").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/chain/export.xlsx").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/chain/suppliers/export.csv").with(user(admin))).andExpect(status().isForbidden());
    }

    /** The row of a raw material and origin: the order of names is the database's collation. */
    private static Row rowOf(Sheet sheet, String material, String iso3) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0
                    && row.getCell(2).getStringCellValue().equals(material)
                    && row.getCell(5).getStringCellValue().equals(iso3)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + material + " from " + iso3);
    }

    private MockHttpServletResponse export(String format, String language) throws Exception {
        return download("/chain/export." + format, language);
    }

    private MockHttpServletResponse download(String path, String language) throws Exception {
        return mvc.perform(get(path).with(user(viewer)).param("lang", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }
}
