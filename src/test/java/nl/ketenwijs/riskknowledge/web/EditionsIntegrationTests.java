package nl.ketenwijs.riskknowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.DatasetEditionPublished;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.editions.Comparison;
import nl.ketenwijs.riskknowledge.editions.EditionComparison;
import nl.ketenwijs.riskknowledge.editions.EditionStore;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A new ILAB edition that lists cocoa from Ecuador with child labour, uploaded, previewed, switched on and
 * back. The database is shared with every other test class: the shipped edition is made active again and
 * the uploaded ones are deleted after each test.
 */
@RecordApplicationEvents
class EditionsIntegrationTests extends WebIntegrationTest {

    private static final String GOODS = EvidenceSet.ILAB_GOODS.code();
    private static final String SHIPPED = EvidenceSet.ILAB_GOODS.shippedEdition();
    private static final String CANDIDATE = "test-2024";
    private static final String ECUADOR_COCOA =
            "Cocoa,Agriculture,Ecuador,ECU,Latin America and the Caribbean,Yes,No,No,No,,\n";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    EditionStore store;

    @Autowired
    EditionComparison comparison;

    @Autowired
    RiskProfiles profiles;

    @Autowired
    Commodities commodities;

    @Autowired
    Countries countries;

    @Autowired
    ApplicationEvents events;

    Account admin;

    @BeforeEach
    void logIn() {
        admin = new TestOrganisations(jdbc, accounts).secretariatAdmin();
    }

    @AfterEach
    void restoreTheShippedEditions() {
        for (EvidenceSet set : EvidenceSet.values()) {
            store.switchTo(set, set.shippedEdition(), "test restore");
        }
        jdbc.sql("DELETE FROM evidence_edition WHERE loaded_by IS NOT NULL").update();
    }

    @Test
    void aNewListingShowsItsPairGoingUpAndSwitchingMakesItTheLevelAtOnce() throws Exception {
        assertThat(cocoaFromEcuador()).isEqualTo(Level.MEDIUM);

        upload(GOODS, CANDIDATE, shippedGoods() + ECUADOR_COCOA)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/knowledge/editions/ilab_goods/test-2024?uploaded"));

        assertThat(cocoaFromEcuador()).as("a candidate changes nothing").isEqualTo(Level.MEDIUM);
        Comparison preview = comparison.compare(EvidenceSet.ILAB_GOODS, SHIPPED, CANDIDATE);
        assertThat(preview.levelChanges()).anySatisfy(change -> {
            assertThat(change.commodity().code()).isEqualTo("cocoa");
            assertThat(change.country().iso3()).isEqualTo("ECU");
            assertThat(change.theme()).isEqualTo(Theme.CHILD_LABOUR);
            assertThat(change.before()).isEqualTo(Level.MEDIUM);
            assertThat(change.after()).isEqualTo(Level.VERY_HIGH);
        });
        assertThat(preview.themes())
                .allSatisfy(count -> assertThat(count.down()).isZero());
        assertThat(preview.rowsAdded()).isEqualTo(1);
        assertThat(preview.companies())
                .as("the demo chocolate makers Cacaohuis Zaandam and Chocolaterie Amstel buy cocoa from Ecuador")
                .isEqualTo(2);
        mvc.perform(get("/knowledge/editions/ilab_goods/test-2024").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ecuador"),
                                containsString("midden → zeer hoog"),
                                containsString("Bij minder dan 3 bedrijven zit een veranderde combinatie"),
                                not(containsString("??")))));

        switchTo("test-2024", admin).andExpect(status().is3xxRedirection());

        assertThat(cocoaFromEcuador()).isEqualTo(Level.VERY_HIGH);
        assertThat(events.stream(DatasetEditionPublished.class))
                .containsExactly(new DatasetEditionPublished(GOODS, CANDIDATE, SHIPPED));
        assertThat(store.history(EvidenceSet.ILAB_GOODS).get(0).switchedBy()).isEqualTo(admin.getUsername());
        mvc.perform(get("/bronnen"))
                .andExpect(content().string(allOf(containsString(CANDIDATE), containsString("Eerdere edities"))));
    }

    @Test
    void switchingBackKeepsBothEditionsAndTheHistory() throws Exception {
        upload(GOODS, CANDIDATE, shippedGoods() + ECUADOR_COCOA);
        store.switchTo(EvidenceSet.ILAB_GOODS, CANDIDATE, "someone");

        switchTo("2022", admin).andExpect(status().is3xxRedirection());

        assertThat(cocoaFromEcuador()).isEqualTo(Level.MEDIUM);
        assertThat(store.editions(EvidenceSet.ILAB_GOODS))
                .extracting(e -> e.edition())
                .contains(SHIPPED, CANDIDATE);
        assertThat(store.history(EvidenceSet.ILAB_GOODS))
                .extracting(s -> s.edition() + "<" + s.previousEdition())
                .startsWith(SHIPPED + "<" + CANDIDATE, CANDIDATE + "<" + SHIPPED);
        assertThat(events.stream(DatasetEditionPublished.class))
                .last()
                .isEqualTo(new DatasetEditionPublished(GOODS, SHIPPED, CANDIDATE));
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM evidence_edition_switch").update())
                .as("the history is append-only")
                .hasMessageContaining("append-only");
    }

    @Test
    void aSwitchNeedsTheConfirmation() throws Exception {
        upload(GOODS, CANDIDATE, shippedGoods() + ECUADOR_COCOA);

        mvc.perform(post("/knowledge/editions/ilab_goods/test-2024/switch")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/knowledge/editions/ilab_goods/test-2024?unconfirmed"));

        assertThat(store.active(EvidenceSet.ILAB_GOODS).orElseThrow().edition()).isEqualTo(SHIPPED);
    }

    @Test
    void aFileWithABrokenRowIsRefusedWholeWithItsRowAndField() throws Exception {
        String broken = shippedGoods() + ECUADOR_COCOA + "Cocoa,Agriculture,Peru,PER,,Yes,Maybe,No,No,,\n";
        int rows = broken.split("\n").length;

        upload(GOODS, CANDIDATE, broken)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("geweigerd met 1 fouten"),
                                containsString("<td>" + rows + "</td>"),
                                containsString("<td>forced_labor</td>"),
                                containsString("<code>Maybe</code>"),
                                containsString("Moet Yes of No zijn."))));

        assertThat(store.edition(EvidenceSet.ILAB_GOODS, CANDIDATE)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_value WHERE edition = ?")
                        .param(CANDIDATE)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aWorkbookIsStoredAsACandidateWithItsValues() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet();
            String[] header = {"iso3", "countryname", "cc_pctrank", "rl_pctrank", "va_pctrank"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Row netherlands = sheet.createRow(1);
            netherlands.createCell(0).setCellValue("Nederland");
            netherlands.createCell(2).setCellValue(3.5);
            netherlands.createCell(3).setCellValue(90);
            netherlands.createCell(4).setCellValue("Unavailable");
            book.write(out);
            workbook = out.toByteArray();
        }

        mvc.perform(multipart("/knowledge/editions/wgi")
                        .file(new MockMultipartFile("file", "wgi.xlsx", "application/octet-stream", workbook))
                        .param("edition", "test-2025")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/knowledge/editions/wgi/test-2025?uploaded"));

        assertThat(jdbc.sql("SELECT field || '=' || value FROM evidence_value WHERE data_set = 'wgi'"
                                + " AND edition = 'test-2025' AND iso3 = 'NLD' ORDER BY field")
                        .query(String.class)
                        .list())
                .containsExactly("cc_pctrank=3.5", "rl_pctrank=90", "va_pctrank=Unavailable");
    }

    @Test
    void aTakenEditionNameIsRefused() throws Exception {
        upload(GOODS, SHIPPED, shippedGoods() + ECUADOR_COCOA)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Er is al een editie 2022")));

        assertThat(store.edition(EvidenceSet.ILAB_GOODS, SHIPPED).orElseThrow().isShipped())
                .isTrue();
    }

    @Test
    void aCandidateCanBeDeletedButTheActiveAndShippedEditionsStay() throws Exception {
        upload(GOODS, CANDIDATE, shippedGoods() + ECUADOR_COCOA);

        mvc.perform(post("/knowledge/editions/ilab_goods/2022/delete")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/knowledge/editions/ilab_goods/test-2024/delete")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(store.editions(EvidenceSet.ILAB_GOODS))
                .extracting(e -> e.edition())
                .containsExactly(SHIPPED);
    }

    @Test
    void theOverviewAndTheComparisonShowTheEditions() throws Exception {
        upload(GOODS, CANDIDATE, shippedGoods() + ECUADOR_COCOA);

        mvc.perform(get("/knowledge/editions").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(CANDIDATE),
                                containsString("meegeleverd met Ketenwijs"),
                                containsString("<code>forced_child_labor</code>"),
                                not(containsString("??")))));
        mvc.perform(get("/knowledge/editions/ilab_goods/compare")
                        .param("from", CANDIDATE)
                        .param("to", SHIPPED)
                        .param("lang", "en")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("very high → medium"), not(containsString("??")))));
    }

    @Test
    void onlyTheSecretariatAdminMayUseTheEditionsAndPostsNeedTheCsrfToken() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        Account companyAdmin = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);

        mvc.perform(get("/knowledge/editions").with(user(companyAdmin))).andExpect(status().isForbidden());
        mvc.perform(multipart("/knowledge/editions/ilab_goods")
                        .file(file(shippedGoods()))
                        .param("edition", CANDIDATE)
                        .with(user(companyAdmin))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        switchTo(SHIPPED, companyAdmin).andExpect(status().isForbidden());
        mvc.perform(multipart("/knowledge/editions/ilab_goods")
                        .file(file(shippedGoods()))
                        .param("edition", CANDIDATE)
                        .with(user(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/knowledge/editions")).andExpect(status().is3xxRedirection());

        assertThat(store.edition(EvidenceSet.ILAB_GOODS, CANDIDATE)).isEmpty();
    }

    @Test
    void unknownDataSetsAndEditionsAreNotFound() throws Exception {
        mvc.perform(get("/knowledge/editions/nonsense/2022").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/knowledge/editions/ilab_goods/1999").with(user(admin)))
                .andExpect(status().isNotFound());
        switchTo("1999", admin).andExpect(status().isNotFound());
        mvc.perform(post("/knowledge/editions/ilab_goods/1999/delete")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/knowledge/editions/ilab_goods/compare")
                        .param("from", "1999")
                        .param("to", SHIPPED)
                        .with(user(admin)))
                .andExpect(status().isNotFound());
    }

    private ResultActions upload(String set, String edition, String csv) throws Exception {
        return mvc.perform(multipart("/knowledge/editions/" + set)
                .file(file(csv))
                .param("edition", edition)
                .with(user(admin))
                .with(csrf()));
    }

    private ResultActions switchTo(String edition, Account who) throws Exception {
        return mvc.perform(post("/knowledge/editions/ilab_goods/" + edition + "/switch")
                .param("confirm", "true")
                .with(user(who))
                .with(csrf()));
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "edition.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String shippedGoods() throws IOException {
        return new ClassPathResource("reference/ilab/ilab_tvpra_list_of_goods_2022.csv")
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Level cocoaFromEcuador() {
        Commodity cocoa = commodities.match("cocoa").found().orElseThrow();
        Country ecuador = countries.match("ECU").found().orElseThrow();
        return profiles.profile(cocoa, ecuador).theme(Theme.CHILD_LABOUR).level();
    }
}
