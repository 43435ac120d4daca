package nl.ketenwijs.grievance.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import nl.ketenwijs.actions.plan.Plan;
import nl.ketenwijs.actions.plan.Plans;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A complaint from the portal, routed by a handler to a member company whose chain matches, answered by the
 * company and read back by the complainant; found substantiated, it becomes a measure in the company's plan.
 */
class RoutingIntegrationTests extends PortalIntegrationTest {

    private static final AtomicInteger addresses = new AtomicInteger();
    private static final String SCRIPT = "<script>alert('kw')</script>";
    private static final String CANARY_PHONE = "+225 07 555 0142";
    private static final String GPS_CANARY = "GPS-canary-routing N5.6037 W6.6";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    Plans plans;

    @Autowired
    nl.ketenwijs.grievance.cases.ComplaintsScope scope;

    @Autowired
    nl.ketenwijs.grievance.cases.CaseErasure erasure;

    @Autowired
    nl.ketenwijs.grievance.CompanyCaseFigures figures;

    TestOrganisations fixtures;
    Account handler;
    UUID company;
    Account companyAdmin;
    String supplier;

    @BeforeEach
    void companyWithACocoaChain() {
        fixtures = new TestOrganisations(jdbc, accounts);
        handler = fixtures.aPersonIn(
                fixtures.organisationNamed("Convenantsecretariaat Voedingsmiddelen"), Role.COMPLAINT_HANDLER);
        company = fixtures.aCompany();
        companyAdmin = fixtures.aPersonIn(company, Role.COMPANY_ADMIN);
        supplier = "Coopérative Soubré-Nord " + UUID.randomUUID().toString().substring(0, 8);
        tenantScope.asOrganisation(company, () -> {
            appJdbc.sql("""
                            WITH p AS (INSERT INTO product (id, organisation_id, name)
                                       VALUES (gen_random_uuid(), :c, 'Reep') RETURNING id),
                                 m AS (INSERT INTO raw_material (id, organisation_id, product_id, name, commodity_code)
                                       SELECT gen_random_uuid(), :c, id, 'Cacao', 'cocoa' FROM p RETURNING id)
                            INSERT INTO material_origin (id, organisation_id, raw_material_id, country_iso3)
                            SELECT gen_random_uuid(), :c, id, 'CIV' FROM m
                            """).param("c", company).update();
            return appJdbc.sql("""
                            INSERT INTO supplier (id, organisation_id, name, kind, country_iso3)
                            VALUES (gen_random_uuid(), ?, ?, 'cooperative', 'GHA')
                            """).params(company, supplier).update();
        });
    }

    /** The sector's counts per commodity and country are shared by every test: the chain made here goes again. */
    @AfterEach
    void removeTheChain() {
        tenantScope.asOrganisation(company, () -> {
            appJdbc.sql("DELETE FROM product WHERE organisation_id = ?")
                    .param(company)
                    .update();
            return appJdbc.sql("DELETE FROM supplier WHERE organisation_id = ?")
                    .param(company)
                    .update();
        });
    }

    @Test
    void theHandlerRoutesAndForwardsAndTheCompanyAnswersTheComplainant() throws Exception {
        String receipt = submitted("The buyer withheld our pay " + SCRIPT, "PHONE");
        UUID caseId = caseIdOf(receipt);

        String proposed = proposals(caseId, "cocoa", "CIV", "");
        assertThat(proposed).contains(company.toString()).doesNotContain("Reep").doesNotContain(supplier);
        assertThat(proposals(caseId, "", "GHA", "  Coopérative soubré NORD, " + supplier.substring(24)))
                .as("a supplier's name matches folded, in its country")
                .contains(company.toString());
        assertThat(proposals(caseId, "", "CIV", supplier)).doesNotContain(company.toString());

        asHandler(post("/complaints/{id}/routing/companies", caseId).param("organisationId", company.toString()))
                .andExpect(status().is3xxRedirection());
        asHandler(post("/complaints/{id}/routing/companies/{o}/unlink", caseId, company))
                .andExpect(status().is3xxRedirection());
        assertThat(linked(caseId)).isZero();
        asHandler(post("/complaints/{id}/routing/companies", caseId).param("organisationId", company.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(linked(caseId)).isOne();

        String draft = body(asHandler(get("/complaints/{id}/routing/companies/{o}/forward", caseId, company)));
        assertThat(draft).contains("&lt;script&gt;").doesNotContain(SCRIPT).doesNotContain(CANARY_PHONE);
        asHandler(forward(caseId, company, "Pay was withheld for three months " + SCRIPT)
                        .param("withIdentity", "true"))
                .andExpect(status().is3xxRedirection());
        asHandler(post("/complaints/{id}/routing/companies/{o}/unlink", caseId, company))
                .andExpect(status().isNotFound());

        String mail = fixtures.latestMailTo(companyAdmin.getUsername());
        assertThat(mail)
                .contains("/forwarded-complaints")
                .doesNotContain("withheld")
                .doesNotContain(receipt.substring(0, 7))
                .doesNotContain(reference(caseId));

        String list = body(mvc.perform(get("/forwarded-complaints").with(user(companyAdmin))));
        assertThat(list).contains(reference(caseId));
        UUID copy = copyOf(caseId);
        String page = body(mvc.perform(get("/forwarded-complaints/{id}", copy).with(user(companyAdmin)))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'"))));
        assertThat(page)
                .contains("Pay was withheld for three months")
                .contains("&lt;script&gt;alert(&#39;kw&#39;)&lt;/script&gt;")
                .doesNotContain(SCRIPT)
                .as("no consent: no identity")
                .doesNotContain(CANARY_PHONE);

        Account otherAdmin = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        mvc.perform(get("/forwarded-complaints/{id}", copy).with(user(otherAdmin)))
                .andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/forwarded-complaints").with(user(otherAdmin)))))
                .doesNotContain(reference(caseId));
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        mvc.perform(post("/forwarded-complaints/{id}/answer", copy)
                        .with(user(viewer))
                        .with(csrf())
                        .param("response", "Viewers may not answer"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/forwarded-complaints/{id}/answer", copy)
                        .with(user(companyAdmin))
                        .with(csrf())
                        .param("response", "We paid the wages on 1 March.")
                        .param("remedy", "Back pay with interest for every picker.")
                        .param("organisationId", otherAdmin.organisationId().toString())
                        .param("status", "CLOSED")
                        .param("answeredBy", otherAdmin.userId().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(complaints
                        .sql("SELECT organisation_id, answered_by FROM forwarded_complaint WHERE id = ?")
                        .param(copy)
                        .query((rs, n) -> List.of(rs.getObject(1), rs.getObject(2)))
                        .single())
                .as("extra fields posted with the answer are ignored")
                .containsExactly(company, companyAdmin.userId());
        assertThat(complaints
                        .sql("SELECT status FROM grievance_case WHERE id = ?")
                        .param(caseId)
                        .query(String.class)
                        .single())
                .isEqualTo("RECEIVED");

        String followUp = body(mvc.perform(get("/klacht/case").cookie(loggedIn(receipt))));
        assertThat(followUp)
                .contains("We paid the wages on 1 March.")
                .contains("Back pay with interest for every picker.")
                .as("the company's name is not shown to the complainant")
                .doesNotContain("Company " + company);
        assertThat(body(asHandler(get("/complaints/{id}/routing", caseId)))).contains("We paid the wages on 1 March.");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'forwarded-complaint.viewed' AND object_id = ?")
                        .param(copy.toString())
                        .query(Integer.class)
                        .single())
                .isPositive();

        proposals(caseId, "cocoa", "CIV", "");
        asHandler(post("/complaints/{id}/routing/companies/{o}/substantiated", caseId, company))
                .andExpect(status().is3xxRedirection());
        String measureTitle = "Herstel na gegronde klacht " + reference(caseId);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(measuresOf(company)).contains(measureTitle));
        List<Plan> companyPlans = tenantScope.asOrganisation(company, () -> plans.all(company));
        assertThat(companyPlans).hasSize(1);
        assertThat(companyPlans.get(0).risks())
                .extracting(key -> key.commodityCode() + "/" + key.countryIso3() + "/"
                        + key.theme().code())
                .containsExactlyInAnyOrder("cocoa/CIV/child_labour", "cocoa/CIV/living_wage");
    }

    @Test
    void identityTravelsOnlyWithConsentAndLeavesTheCopiesWhenConsentIsWithdrawn() throws Exception {
        String receipt = submitted("Our union leader was fired", "PHONE");
        UUID caseId = caseIdOf(receipt);
        asHandler(post("/complaints/{id}/routing/companies", caseId).param("organisationId", company.toString()))
                .andExpect(status().is3xxRedirection());
        Cookie session = loggedIn(receipt);
        assertThat(body(mvc.perform(get("/klacht/case").cookie(session))))
                .contains("Allow: companies may receive my name and contact");
        mvc.perform(post("/klacht/case/consent").cookie(session).with(csrf()).param("given", "true"))
                .andExpect(status().is3xxRedirection());

        asHandler(forward(caseId, company, "A union leader was fired").param("withIdentity", "true"))
                .andExpect(status().is3xxRedirection());
        UUID copy = copyOf(caseId);
        assertThat(body(mvc.perform(get("/forwarded-complaints/{id}", copy).with(user(companyAdmin)))))
                .contains(CANARY_PHONE);

        mvc.perform(post("/klacht/case/consent").cookie(session).with(csrf()).param("given", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(mvc.perform(get("/forwarded-complaints/{id}", copy).with(user(companyAdmin)))))
                .doesNotContain(CANARY_PHONE);

        asHandler(post("/complaints/{id}/routing/consent", caseId)
                        .param("given", "true")
                        .param("note", "Said so by phone on 3 March, through the partner"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(asHandler(get("/complaints/{id}/routing", caseId))))
                .contains("Said so by phone on 3 March, through the partner");
    }

    @Test
    void onlyTickedPhotosGoToTheCompanyEncodedAgainAndAsDownloads() throws Exception {
        MvcResult filed = mvc.perform(multipart("/klacht/new")
                        .file(new MockMultipartFile("photos", "IMG_0001.jpg", "image/jpeg", jpegWithExif()))
                        .file(new MockMultipartFile("photos", "IMG_0002.jpg", "image/jpeg", jpegWithExif()))
                        .with(csrf())
                        .characterEncoding(StandardCharsets.UTF_8)
                        .param("formKey", UUID.randomUUID().toString())
                        .param("whatHappened", "The sacks are too heavy for the children")
                        .param("contactChannel", "ANONYMOUS"))
                .andExpect(status().isOk())
                .andReturn();
        UUID caseId = caseIdOf(receiptOn(filed.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        asHandler(post("/complaints/{id}/routing/companies", caseId).param("organisationId", company.toString()))
                .andExpect(status().is3xxRedirection());
        asHandler(forward(caseId, company, "Children carry sacks").param("photos", "1"))
                .andExpect(status().is3xxRedirection());

        UUID copy = copyOf(caseId);
        List<UUID> photos = complaints
                .sql("SELECT id FROM forwarded_complaint_photo WHERE forwarded_id = ?")
                .param(copy)
                .query(UUID.class)
                .list();
        assertThat(photos).hasSize(1);
        MvcResult download = mvc.perform(get("/forwarded-complaints/{id}/photos/{p}", copy, photos.get(0))
                        .with(user(companyAdmin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(new String(download.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif")
                .doesNotContain(GPS_CANARY);
        Account otherAdmin = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        mvc.perform(get("/forwarded-complaints/{id}/photos/{p}", copy, photos.get(0))
                        .with(user(otherAdmin)))
                .andExpect(status().isNotFound());
    }

    /** A JPEG with an EXIF segment right after its start, as a phone writes one. */
    private static byte[] jpegWithExif() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] exif = ("Exif\0\0" + GPS_CANARY).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(new byte[] {(byte) 0xff, (byte) 0xe1, 0, (byte) (exif.length + 2)});
        withExif.write(exif);
        withExif.write(jpeg, 2, jpeg.length - 2);
        return withExif.toByteArray();
    }

    @Test
    void erasingTheCaseErasesTheCompanysCopyWhileTheFiguresStillCountIt() throws Exception {
        UUID caseId = caseIdOf(submitted("Wages withheld at the depot", "ANONYMOUS"));
        asHandler(post("/complaints/{id}/routing/companies", caseId).param("organisationId", company.toString()))
                .andExpect(status().is3xxRedirection());
        asHandler(forward(caseId, company, "Wages withheld at the depot")).andExpect(status().is3xxRedirection());
        UUID copy = copyOf(caseId);
        String reference = reference(caseId);
        mvc.perform(post("/forwarded-complaints/{id}/answer", copy)
                        .with(user(companyAdmin))
                        .with(csrf())
                        .param("response", "We looked into it."))
                .andExpect(status().is3xxRedirection());

        scope.write(() -> {
            erasure.erase(caseId, java.time.Instant.now());
            return null;
        });

        mvc.perform(get("/forwarded-complaints/{id}", copy).with(user(companyAdmin)))
                .andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/forwarded-complaints").with(user(companyAdmin)))))
                .doesNotContain(reference);
        assertThat(complaints
                        .sql("SELECT count(*) FROM forwarded_complaint WHERE id = ? AND content IS NULL"
                                + " AND wrapped_key IS NULL AND answer IS NULL AND answered_at IS NOT NULL")
                        .param(copy)
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThat(figures.forCompany(company, java.time.Year.now().getValue()).answered())
                .isOne();
    }

    @Test
    void companiesMayNotRouteAndUnknownCasesAreNotFound() throws Exception {
        UUID caseId = caseIdOf(submitted("Wages withheld", "ANONYMOUS"));
        mvc.perform(get("/complaints/{id}/routing", caseId).with(user(companyAdmin)))
                .andExpect(status().isForbidden());
        asHandler(get("/complaints/{id}/routing", UUID.randomUUID())).andExpect(status().isNotFound());
        // Only a member company can be linked, and only a linked one gets a copy.
        asHandler(post("/complaints/{id}/routing/companies", caseId)
                        .param("organisationId", handler.organisationId().toString()))
                .andExpect(status().isNotFound());
        asHandler(get("/complaints/{id}/routing/companies/{o}/forward", caseId, company))
                .andExpect(status().isNotFound());
    }

    private String proposals(UUID caseId, String commodity, String country, String supplierName) throws Exception {
        asHandler(post("/complaints/{id}/routing/criteria", caseId)
                        .param("commodity", commodity)
                        .param("country", country)
                        .param("supplier", supplierName))
                .andExpect(status().is3xxRedirection());
        return body(asHandler(get("/complaints/{id}/routing", caseId)));
    }

    private static MockHttpServletRequestBuilder forward(UUID caseId, UUID company, String whatHappened) {
        return post("/complaints/{id}/routing/companies/{o}/forward", caseId, company)
                .param("region", "Soubré")
                .param("since", "March")
                .param("whatHappened", whatHappened)
                .param("wish", "Pay the wages");
    }

    private org.springframework.test.web.servlet.ResultActions asHandler(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(user(handler)).with(csrf()).characterEncoding(StandardCharsets.UTF_8));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String submitted(String whatHappened, String channel) throws Exception {
        MockHttpServletRequestBuilder request = complaint(UUID.randomUUID(), whatHappened, channel);
        if (channel.equals("PHONE")) {
            request.param("phone", CANARY_PHONE).param("contactName", "Awa Koné");
        }
        String receipt =
                receiptOn(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertIsAReceipt(receipt);
        return receipt;
    }

    private Cookie loggedIn(String receipt) throws Exception {
        int n = addresses.incrementAndGet();
        String source = "203.0." + (n / 250) + "." + (n % 250 + 1);
        return mvc.perform(post("/klacht/follow")
                        .with(csrf())
                        .param("receipt", receipt)
                        .with(request -> {
                            request.setRemoteAddr(source);
                            return request;
                        }))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    private int linked(UUID caseId) {
        return complaints
                .sql("SELECT count(*) FROM grievance_case_company WHERE case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    private UUID copyOf(UUID caseId) {
        return complaints
                .sql("SELECT id FROM forwarded_complaint WHERE case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single();
    }

    private String reference(UUID caseId) {
        return complaints
                .sql("SELECT reference FROM forwarded_complaint WHERE case_id = ?")
                .param(caseId)
                .query(String.class)
                .single();
    }

    private List<String> measuresOf(UUID organisation) {
        return tenantScope.asOrganisation(
                organisation,
                () -> plans.all(organisation).stream()
                        .flatMap(p -> p.measures().stream())
                        .map(m -> m.title())
                        .toList());
    }
}
