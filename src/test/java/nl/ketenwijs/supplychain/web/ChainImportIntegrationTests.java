package nl.ketenwijs.supplychain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.supplychain.ChainChanged;
import nl.ketenwijs.supplychain.export.ChainExport;
import nl.ketenwijs.supplychain.export.ExportFormat;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.DecimalText;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.Product;
import nl.ketenwijs.supplychain.mapping.SupplierKind;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ChainImportIntegrationTests extends WebIntegrationTest {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    ChainStore chainStore;

    @Autowired
    ChainExport export;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    SupplierStore supplierStore;

    /** The application's own pool: company rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    TestOrganisations fixtures;
    UUID company;
    Account editor;
    final List<UUID> companies = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        fixtures = new TestOrganisations(jdbc, accounts);
        company = aCompany();
        editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
    }

    /**
     * The sector's counts of companies per (commodity, country) are shared by every test: the chains made here
     * go again, each company's in one transaction with one change announced, so the registers they made are
     * re-evaluated to nothing too, once per company (not once per product of a 50-product assortment).
     */
    @AfterEach
    void removeChains() {
        for (UUID organisation : companies) {
            tenantScope.asOrganisation(organisation, () -> {
                appJdbc.sql("DELETE FROM product WHERE organisation_id = ?")
                        .param(organisation)
                        .update();
                events.publishEvent(new ChainChanged(organisation));
                return null;
            });
        }
    }

    private UUID aCompany() {
        UUID created = fixtures.aCompany();
        companies.add(created);
        return created;
    }

    @Test
    void aDutchExcelCsvInWindows1252IsPreviewedThenImportedWithDecimalCommas() throws Exception {
        byte[] file = ("Productnaam;Artikelcode;Grondstof;Herkomst;Aandeel %;Volume kg/jaar;Inkoopwaarde EUR\r\n"
                        + "Cr\u00e8me br\u00fbl\u00e9e;CB-1;Cacaobonen;Ivoorkust, Ghana;12,5;1.250;2.500,75\r\n"
                        + "cr\u00e8me BR\u00dbL\u00c9E;;cacaobonen;Nigeria;;;\r\n")
                .getBytes(WINDOWS_1252);

        Upload upload = upload(file, "keten.csv");
        mvc.perform(upload.with(get("/chain"))).andExpect(status().isOk()); // the session carries on
        String preview = upload.result.getResponse().getContentAsString();
        assertThat(preview)
                .contains("Cr\u00e8me br\u00fbl\u00e9e", "Cacao", "Ivoorkust", "Ghana", "12.5", "1250", "2500.75")
                .contains("De import voegt toe aan uw keten");
        assertThat(products(company)).isEmpty();

        mvc.perform(upload.with(post("/chain/import/commit")).param("token", upload.token()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/chain?imported=2"));

        assertThat(products(company)).singleElement().satisfies(product -> {
            assertThat(product.name()).isEqualTo("Cr\u00e8me br\u00fbl\u00e9e");
            assertThat(product.articleCode()).isEqualTo("CB-1");
            assertThat(product.materials()).singleElement().satisfies(material -> {
                assertThat(material.commodityCode()).isEqualTo("cocoa");
                assertThat(material.knownCountries()).containsExactlyInAnyOrder("CIV", "GHA", "NGA");
                assertThat(material.quantities().sharePercent()).isEqualByComparingTo("12.5");
                assertThat(material.quantities().volumeKgPerYear()).isEqualByComparingTo("1250");
                assertThat(material.quantities().spendEur()).isEqualByComparingTo("2500.75");
            });
        });
    }

    @Test
    void aUtf8CsvWithAByteOrderMarkAndEnglishHeadersAddsToTheExistingChain() throws Exception {
        ChainFixture chain = new ChainFixture(mvc, editor);
        chain.material(chain.product("Orange juice", "OJ-1"), "Oranges", "", "Brazil", "90", "", "");
        byte[] file = ("\uFEFFProduct,Raw material,Country,Share,Spend EUR\r\n"
                        + "ORANGE JUICE,oranges,\"Spain, unknown\",,1000.5\r\n")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(new MockMultipartFile("file", "juice.csv", "text/csv", file))
                        .param("commit", "true")
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.rows[0].origins").value(org.hamcrest.Matchers.contains("ESP", "unknown")));

        assertThat(products(company)).singleElement().satisfies(product -> {
            assertThat(product.name()).isEqualTo("Orange juice");
            assertThat(product.materials()).singleElement().satisfies(material -> {
                assertThat(material.name()).isEqualTo("Oranges");
                assertThat(material.origins())
                        .containsExactlyInAnyOrder(new Origin("BRA"), new Origin("ESP"), Origin.UNKNOWN);
                assertThat(material.quantities().sharePercent()).isEqualByComparingTo("90");
                assertThat(material.quantities().spendEur()).isEqualByComparingTo("1000.5");
            });
        });
    }

    @Test
    void aStoredImportEchoesItsFirstRowsAndCountsThemAllWhileAPreviewEchoesEveryRow() throws Exception {
        StringBuilder text = new StringBuilder("Product;Grondstof;Land\r\n");
        for (int i = 1; i <= 600; i++) {
            text.append("Reep ").append(i).append(";Cacao;Ghana\r\n");
        }
        MockMultipartFile file = new MockMultipartFile(
                "file", "repen.csv", "text/csv", text.toString().getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/chain/imports").file(file).with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.rowCount").value(600))
                .andExpect(jsonPath("$.rows.length()").value(600));
        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(file)
                        .param("commit", "true")
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.rowCount").value(600))
                .andExpect(jsonPath("$.rows.length()").value(ChainImportController.SHOWN_LIMIT))
                .andExpect(jsonPath("$.rows[0].product").value("Reep 1"));

        assertThat(products(company)).hasSize(600);
    }

    @Test
    void aClassificationAPersonChoseIsNotOverwrittenByTheImportsGuessFromTheName() throws Exception {
        ChainFixture chain = new ChainFixture(mvc, editor);
        chain.material(chain.product("Margarine", ""), "Palmolie", "palm_kernel_oil", "Maleisië", "", "", "");
        byte[] file = "Product;Grondstof;Herkomst\r\nMargarine;palmolie;Indonesië\r\n".getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(new MockMultipartFile("file", "margarine.csv", "text/csv", file))
                        .param("commit", "true")
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true));

        assertThat(products(company))
                .singleElement()
                .satisfies(product -> assertThat(product.materials())
                        .singleElement()
                        .satisfies(material -> {
                            assertThat(material.commodityCode()).isEqualTo("palm_kernel_oil");
                            assertThat(material.knownCountries()).containsExactlyInAnyOrder("MYS", "IDN");
                        }));
    }

    @Test
    void aWorkbookImportsWithAnUnknownRawMaterialAsAWarningKeptUnclassified() throws Exception {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "Product", "Raw material", "Commodity", "Origin", "Volume (kg per year)");
            Row pepper = row(sheet, 1, "Spice mix", "Black pepper", "pepper", "Vietnam");
            pepper.createCell(4).setCellValue(2500.5);
            row(sheet, 2, "Spice mix", "Secret herb", "", "unknown");
        });

        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(new MockMultipartFile("file", "spices.xlsx", null, file))
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.rows[0].commodity").value("black_pepper"))
                .andExpect(jsonPath("$.rows[0].volumeKgPerYear").value(2500.5))
                .andExpect(jsonPath("$.warnings[0].row").value(3))
                .andExpect(jsonPath("$.warnings[0].column").value("Raw material"))
                .andExpect(jsonPath("$.warnings[0].value").value("Secret herb"))
                .andExpect(jsonPath("$.warnings[0].code").value("notClassified"));
        assertThat(products(company)).as("a preview stores nothing").isEmpty();

        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(new MockMultipartFile("file", "spices.xlsx", null, file))
                        .param("commit", "true")
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true));
        assertThat(products(company).get(0).materials())
                .extracting(m -> m.name(), m -> m.commodityCode())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Black pepper", "black_pepper"),
                        org.assertj.core.groups.Tuple.tuple("Secret herb", null));
    }

    @Test
    void theExportOfADemoCompanyImportsIntoAFreshCompanyAsTheSameChain() throws Exception {
        UUID demo = fixtures.organisationNamed("Cacaohuis Zaandam");
        for (ExportFormat format : ExportFormat.values()) {
            for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
                UUID fresh = aCompany();
                ByteArrayOutputStream exported = new ByteArrayOutputStream();
                tenantScope.asOrganisation(demo, () -> {
                    try {
                        export.write(demo, format, locale, exported);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return null;
                });

                mvc.perform(multipart("/api/v1/chain/imports")
                                .file(new MockMultipartFile(
                                        "file",
                                        "chain." + format.name().toLowerCase(Locale.ROOT),
                                        null,
                                        exported.toByteArray()))
                                .param("commit", "true")
                                .with(user(fixtures.aPersonIn(fresh, Role.COMPANY_ADMIN))))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.committed").value(true));

                assertThat(chainOf(fresh))
                        .as(format + " " + locale)
                        .isEqualTo(chainOf(demo))
                        .isNotEmpty()
                        .asString()
                        .as("the demo's chain has suppliers, so the round trip carries them")
                        .contains("Ivoire Cacao Export SA (1)");
            }
        }
    }

    @Test
    void unknownHeadersAreMappedOnceThenPreviewedAndImported() throws Exception {
        byte[] file = "Artikel;Bestanddeel;Waar vandaan\nReep;Cacaobonen;Ghana\n".getBytes(StandardCharsets.UTF_8);

        Upload upload = upload(file, "reep.csv");
        assertThat(upload.result.getResponse().getContentAsString())
                .contains("Welke kolom is wat?", "Waar vandaan", "name=\"column\"")
                .doesNotContain("/chain/import/commit");

        mvc.perform(upload.with(post("/chain/import/mapping"))
                        .param("token", upload.token())
                        .param("column", "PRODUCT", "MATERIAL", "COUNTRY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/chain/import/commit")))
                .andExpect(content().string(containsString("name=\"column\" value=\"MATERIAL\"")));
        mvc.perform(upload.with(post("/chain/import/commit"))
                        .param("token", upload.token())
                        .param("column", "PRODUCT", "MATERIAL", "COUNTRY"))
                .andExpect(redirectedUrl("/chain?imported=1"));

        assertThat(products(company)).singleElement().satisfies(product -> {
            assertThat(product.name()).isEqualTo("Reep");
            assertThat(product.materials().get(0).knownCountries()).containsExactly("GHA");
        });
    }

    @Test
    void everyRowErrorIsNamedWithRowAndColumnAndNothingIsStored() throws Exception {
        byte[] file = ("Product;Grondstof;Land;Aandeel (%);Volume (kg per jaar)\n"
                        + ";Cacaobonen;Ghana;;\n"
                        + "Reep;;Ghana;;\n"
                        + "Reep;Suiker;Atlantis;;\n"
                        + "Reep;Melk;Nederland;veel;\n"
                        + "Reep;Hazelnoten;Turkije;150;\n"
                        + "Reep;Vanille;Madagaskar;;12 ton\n"
                        + "Goed;Cacaobonen;Ghana;10;\n")
                .getBytes(StandardCharsets.UTF_8);

        for (boolean commit : List.of(false, true)) {
            mvc.perform(multipart("/api/v1/chain/imports")
                            .file(new MockMultipartFile("file", "fouten.csv", "text/csv", file))
                            .param("commit", String.valueOf(commit))
                            .with(user(editor)))
                    .andExpect(status().is(commit ? 422 : 200))
                    .andExpect(jsonPath("$.committed").value(false))
                    .andExpect(jsonPath("$.errors[*].row").value(org.hamcrest.Matchers.contains(2, 3, 4, 5, 6, 7)))
                    .andExpect(jsonPath("$.errors[*].column")
                            .value(org.hamcrest.Matchers.contains(
                                    "Product",
                                    "Grondstof",
                                    "Land",
                                    "Aandeel (%)",
                                    "Aandeel (%)",
                                    "Volume (kg per jaar)")))
                    .andExpect(jsonPath("$.errors[*].code")
                            .value(org.hamcrest.Matchers.contains(
                                    equalTo("missingProduct"),
                                    equalTo("missingMaterial"),
                                    startsWith("unknownCountry"), // with the nearest names, if any
                                    equalTo("notNumber"),
                                    equalTo("shareRange"),
                                    equalTo("notNumber"))))
                    .andExpect(jsonPath("$.errors[2].value").value("Atlantis"))
                    .andExpect(jsonPath("$.errors[3].message").value("Not a number (or too large)."));
        }
        assertThat(products(company))
                .as("a refused file stores nothing, not even its good rows")
                .isEmpty();

        Upload upload = upload(file, "fouten.csv");
        assertThat(upload.result.getResponse().getContentAsString())
                .contains("Atlantis", "Onbekend land", "6 fout(en)")
                .doesNotContain("/chain/import/commit");
        mvc.perform(upload.with(post("/chain/import/commit")).param("token", upload.token()))
                .andExpect(status().isUnprocessableContent());
        assertThat(products(company)).isEmpty();
    }

    @Test
    void suppliersNamedInTheFileAreLinkedOrCreatedAndALinkIsOnlyEverAdded() throws Exception {
        ChainFixture chain = new ChainFixture(mvc, editor);
        chain.material(chain.product("Reep", ""), "Cacaobonen", "cocoa", "Ivoorkust", "", "", "");
        SupplierFixture suppliers = new SupplierFixture(supplierStore, tenantScope, appJdbc, company);
        UUID trader = suppliers.supplier("Cocoa Trading BV", SupplierKind.TRADER);
        suppliers.link("Cacaobonen", "CIV", trader, 2);
        byte[] file = ("Product;Grondstof;Land;Leveranciers\n"
                        + "Reep;Cacaobonen;Ivoorkust, Ghana;\"cocoa trading bv (1); Coop\u00e9rative de Soubr\u00e9 ( 3 )\"\n"
                        + "Reep;Suiker;Brazili\u00eb;Usina Pedra\n"
                        + "Reep;Melk;Nederland;\n")
                .getBytes(StandardCharsets.UTF_8);

        Upload upload = upload(file, "keten.csv");
        assertThat(upload.result.getResponse().getContentAsString())
                .contains("<th scope=\"col\">Leveranciers</th>")
                .contains("<td>cocoa trading bv (1); Coop\u00e9rative de Soubr\u00e9 (3)</td>")
                .contains("<td>Usina Pedra (1)</td>")
                .contains("Nieuwe leverancier: wordt aangemaakt met alleen de naam");
        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(new MockMultipartFile("file", "keten.csv", "text/csv", file))
                        .param("commit", "true")
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.rows[0].suppliers[*].name")
                        .value(org.hamcrest.Matchers.contains("cocoa trading bv", "Coop\u00e9rative de Soubr\u00e9")))
                .andExpect(jsonPath("$.rows[0].suppliers[*].tier").value(org.hamcrest.Matchers.contains(1, 3)))
                .andExpect(jsonPath("$.warnings[?(@.code == 'newSupplier')].value")
                        .value(org.hamcrest.Matchers.contains("Coop\u00e9rative de Soubr\u00e9", "Usina Pedra")))
                .andExpect(jsonPath("$.warnings[?(@.code == 'newSupplier')].row")
                        .value(org.hamcrest.Matchers.contains(2, 3)))
                .andExpect(jsonPath("$.warnings[?(@.code == 'newSupplier')].column")
                        .value(org.hamcrest.Matchers.contains("Leveranciers", "Leveranciers")));

        assertThat(tenantScope.asOrganisation(
                        company, () -> appJdbc.sql("""
                                SELECT p.name || '/' || m.name || '/' || o.country_iso3 || ': ' || s.name || ' ('
                                       || l.tier || ', ' || s.kind || ')'
                                  FROM origin_supplier l
                                  JOIN supplier s ON s.id = l.supplier_id
                                  JOIN material_origin o ON o.id = l.material_origin_id
                                  JOIN raw_material m ON m.id = o.raw_material_id
                                  JOIN product p ON p.id = m.product_id
                                """).query(String.class).list()))
                .containsExactlyInAnyOrder(
                        "Reep/Cacaobonen/CIV: Cocoa Trading BV (2, trader)",
                        "Reep/Cacaobonen/CIV: Coop\u00e9rative de Soubr\u00e9 (3, other)",
                        "Reep/Cacaobonen/GHA: Cocoa Trading BV (1, trader)",
                        "Reep/Cacaobonen/GHA: Coop\u00e9rative de Soubr\u00e9 (3, other)",
                        "Reep/Suiker/BRA: Usina Pedra (1, other)");
        assertThat(tenantScope.asOrganisation(company, () -> supplierStore.lowerCaseNames(company)))
                .as("a supplier the company has is linked, not created again")
                .containsExactlyInAnyOrder("cocoa trading bv", "coop\u00e9rative de soubr\u00e9", "usina pedra");
    }

    @Test
    void everySupplierEntryThatCannotBeReadIsAnErrorAndNothingIsStored() throws Exception {
        byte[] file = ("Product;Grondstof;Land;Suppliers\n"
                        + "Reep;Cacaobonen;Ghana;\"Goed (1); (2)\"\n"
                        + "Reep;Suiker;Brazili\u00eb;\"Molen (6);Boer (0)\"\n"
                        + "Reep;Melk;Nederland;" + "x".repeat(201) + " (2)\n"
                        + "Reep;Vanille;Madagaskar;Handel (123456789012)\n")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(new MockMultipartFile("file", "fouten.csv", "text/csv", file))
                        .param("commit", "true")
                        .with(user(editor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.errors[*].row").value(org.hamcrest.Matchers.contains(2, 3, 3, 4, 5)))
                .andExpect(jsonPath("$.errors[*].column").value(org.hamcrest.Matchers.everyItem(equalTo("Suppliers"))))
                .andExpect(jsonPath("$.errors[*].value")
                        .value(org.hamcrest.Matchers.contains(
                                equalTo("(2)"),
                                equalTo("Molen (6)"),
                                equalTo("Boer (0)"),
                                startsWith("xxx"),
                                equalTo("Handel (123456789012)"))))
                .andExpect(jsonPath("$.errors[*].code")
                        .value(org.hamcrest.Matchers.contains(
                                "missingSupplierName", "supplierTier", "supplierTier", "tooLong", "supplierTier")))
                .andExpect(
                        jsonPath("$.errors[1].message").value("The tier of a supplier is a whole number from 1 to 5."));
        assertThat(products(company)).isEmpty();
        assertThat(tenantScope.asOrganisation(company, () -> supplierStore.lowerCaseNames(company)))
                .as("not even the good supplier of a refused file")
                .isEmpty();
    }

    /**
     * A supermarket's assortment is more lines than a person types: 25,000 rows (beyond the 20,000 a data-set
     * edition may have) import whole, and the preview shows its first rows and says how many there are.
     */
    @Test
    void anAssortmentOfTwentyFiveThousandLinesImportsWhole() throws Exception {
        String[] codes = {"cocoa", "coffee", "palm_oil", "soy", "cane_sugar"};
        String[] countries = {"CIV", "GHA", "BRA", "IDN", "VNM", "COL", "PER", "ECU", "IND", "ETH"};
        StringBuilder csv = new StringBuilder("Product;Grondstof;Code kennisbank;Land ISO3;Aandeel %\r\n");
        for (int product = 0; product < 50; product++) {
            for (int material = 0; material < 50; material++) {
                for (String country : countries) {
                    csv.append("Artikel ")
                            .append(product)
                            .append(";Grondstof ")
                            .append(material)
                            .append(';');
                    csv.append(codes[material % codes.length])
                            .append(';')
                            .append(country)
                            .append(";2,5\r\n");
                }
            }
        }

        Upload upload = upload(csv.toString().getBytes(StandardCharsets.UTF_8), "assortiment.csv");
        assertThat(upload.result.getResponse().getContentAsString())
                .contains("Gelezen rijen: 25.000", "Hierboven staan de eerste 500 van 25.000.")
                .contains("Artikel 0", "Grondstof 49")
                .doesNotContain("Artikel 49");
        mvc.perform(upload.with(post("/chain/import/commit")).param("token", upload.token()))
                .andExpect(redirectedUrl("/chain?imported=25000"));

        List<Product> products = products(company);
        assertThat(products)
                .hasSize(50)
                .allSatisfy(product -> assertThat(product.materials())
                        .hasSize(50)
                        .allSatisfy(material -> {
                            assertThat(material.origins()).hasSize(countries.length);
                            assertThat(material.quantities().sharePercent()).isEqualByComparingTo("2.5");
                        }));
        assertThat(products.get(0).materials())
                .filteredOn(material -> material.name().equals("Grondstof 7"))
                .singleElement()
                .satisfies(material -> assertThat(material.commodityCode()).isEqualTo("palm_oil"));
    }

    @Test
    void unreadableFilesEachGetTheirOwnMessage() throws Exception {
        byte[] binary = {'%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xFF, 0};
        byte[] oversized = new byte[16 * 1024 * 1024 + 1];
        Arrays.fill(oversized, (byte) 'a');
        assertRefused(new byte[0], "leeg.csv", "empty");
        assertRefused("Product;Grondstof\n".getBytes(StandardCharsets.UTF_8), "kop.csv", "noRows");
        assertRefused(binary, "report.pdf", "wrongType");
        assertRefused(binary, "report.csv", "notText");
        assertRefused(oversized, "groot.csv", "tooLarge");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "oud.xls", "wrongType");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "oud", "oldExcel");
        byte[] formula = workbook(sheet -> {
            row(sheet, 0, "Product", "Grondstof", "Volume");
            row(sheet, 1, "Reep", "Cacaobonen").createCell(2).setCellFormula("1+1");
        });
        assertRefused(formula, "formule.xlsx", "formula");

        mvc.perform(multipart("/chain/import")
                        .file(new MockMultipartFile("file", "leeg.csv", "text/csv", new byte[0]))
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Het bestand is leeg.")));
        assertThat(products(company)).isEmpty();
    }

    @Test
    void aViewerMayNotImport() throws Exception {
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        mvc.perform(get("/chain/import").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/chain/import").with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-file\"")));
        mvc.perform(multipart("/chain/import")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "Product;Grondstof\nA;B\n".getBytes()))
                        .with(user(viewer))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "Product;Grondstof\nA;B\n".getBytes()))
                        .param("commit", "true")
                        .with(user(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/chain").with(user(editor))).andExpect(content().string(containsString("/chain/import")));
        mvc.perform(get("/chain").with(user(viewer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/chain/import"))));
        assertThat(products(company)).isEmpty();
    }

    @Test
    void anImportChangesNothingOfAnotherCompanyEvenWithTheSameNames() throws Exception {
        UUID other = aCompany();
        ChainFixture theirs = new ChainFixture(mvc, fixtures.aPersonIn(other, Role.COMPANY_EDITOR));
        theirs.material(theirs.product("Reep", "THEIRS"), "Cacaobonen", "cocoa", "Ghana", "10", "", "");
        List<List<Object>> before = chainOf(other);
        byte[] file = ("Product;Artikelcode;Grondstof;Land;Aandeel (%)\nReep;OURS;Cacaobonen;Ecuador;50\n" + "Company "
                        + other + ";X;Suiker;Brazili\u00eb;\n")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(new MockMultipartFile("file", "reep.csv", "text/csv", file))
                        .param("commit", "true")
                        .with(user(editor)))
                .andExpect(status().isOk());

        assertThat(chainOf(other)).isEqualTo(before);
        assertThat(products(company)).extracting(Product::name).containsExactlyInAnyOrder("Reep", "Company " + other);
        assertThat(products(company).stream()
                        .filter(p -> p.name().equals("Reep"))
                        .findFirst()
                        .orElseThrow()
                        .articleCode())
                .isEqualTo("OURS");
    }

    private void assertRefused(byte[] file, String name, String code) throws Exception {
        mvc.perform(multipart("/api/v1/chain/imports")
                        .file(new MockMultipartFile("file", name, null, file))
                        .param("commit", "true")
                        .with(user(editor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.errors[0].row").value(code.equals("formula") ? 2 : 0))
                .andExpect(jsonPath("$.errors[0].code").value(code));
    }

    private List<Product> products(UUID organisation) {
        return tenantScope.asOrganisation(organisation, () -> chainStore.products(organisation));
    }

    /** A chain as names, codes, plain numbers and sorted origins: what a round trip must keep. */
    private List<List<Object>> chainOf(UUID organisation) {
        Map<String, List<String>> suppliers = new java.util.HashMap<>();
        tenantScope
                .asOrganisation(organisation, () -> supplierStore.suppliersByOrigin(organisation))
                .forEach((key, linked) -> suppliers.put(
                        key,
                        linked.stream()
                                .map(l -> l.name() + " (" + l.tier() + ")")
                                .toList()));
        return products(organisation).stream()
                .map(product -> List.<Object>of(
                        product.name(),
                        String.valueOf(product.articleCode()),
                        product.materials().stream()
                                .map(m -> List.of(
                                        m.name(),
                                        String.valueOf(m.commodityCode()),
                                        plain(m.quantities().sharePercent()),
                                        plain(m.quantities().volumeKgPerYear()),
                                        plain(m.quantities().spendEur()),
                                        m.origins().stream()
                                                .map(o -> String.valueOf(o.iso3()) + ": "
                                                        + suppliers.getOrDefault(
                                                                SupplierStore.key(m.id(), o.iso3()), List.of()))
                                                .sorted()
                                                .toList()))
                                .toList()))
                .toList();
    }

    private static String plain(BigDecimal number) {
        return String.valueOf(DecimalText.plain(number));
    }

    /** An upload through the page, with the session that keeps the file between the steps. */
    private Upload upload(byte[] file, String name) throws Exception {
        MvcResult result = mvc.perform(multipart("/chain/import")
                        .file(new MockMultipartFile("file", name, "text/csv", file))
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        return new Upload(result, editor);
    }

    private record Upload(MvcResult result, Account editor) {

        String token() {
            return (String) result.getModelAndView().getModel().get("token");
        }

        MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request) {
            request.with(user(editor)).with(csrf());
            Cookie cookie = result.getResponse().getCookie("SESSION");
            if (cookie != null) {
                request.cookie(cookie);
            }
            if (result.getRequest().getSession(false) instanceof MockHttpSession session) {
                request.session(session);
            }
            return request;
        }
    }

    static byte[] workbook(java.util.function.Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Keten"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static Row row(XSSFSheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }
}
