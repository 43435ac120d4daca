package nl.ketenwijs.actions.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A company of its own for each test, with a small register (cocoa from Côte d'Ivoire, vanilla from
 * Madagascar) and an editor and a viewer; plans and measures written through the pages, as a person would.
 */
final class PlanFixture {

    static final String COCOA_CHILD_LABOUR = "cocoa/CIV/child_labour";
    static final String COCOA_LIVING_WAGE = "cocoa/CIV/living_wage";
    static final String VANILLA_GENDER = "vanilla/MDG/discrimination_gender";

    final UUID company;
    final Account editor;
    final Account viewer;
    private final MockMvc mvc;

    PlanFixture(MockMvc mvc, JdbcClient platform, AccountDirectory accounts, TenantScope tenantScope, JdbcClient app) {
        this.mvc = mvc;
        TestOrganisations organisations = new TestOrganisations(platform, accounts);
        this.company = organisations.aCompany();
        this.editor = organisations.aPersonIn(company, Role.COMPANY_EDITOR);
        this.viewer = organisations.aPersonIn(company, Role.COMPANY_VIEWER);
        tenantScope.asOrganisation(company, () -> {
            for (String key : new String[] {COCOA_CHILD_LABOUR, COCOA_LIVING_WAGE, VANILLA_GENDER}) {
                String[] parts = key.split("/");
                app.sql("""
                                INSERT INTO register_entry (organisation_id, commodity_code, country_iso3, theme,
                                                            inherent_level, products, evaluated_at)
                                VALUES (?, ?, ?, ?, 'HIGH', ARRAY['Reep'], now())
                                """).params(company, parts[0], parts[1], parts[2]).update();
            }
            return null;
        });
    }

    /** A plan about cocoa child labour, by the editor; its id. */
    UUID plan(String title) throws Exception {
        String location = mvc.perform(post("/plans")
                        .with(user(editor))
                        .with(csrf())
                        .param("title", title)
                        .param("goal", "No child labour in our cocoa by 2030.")
                        .param("risk", COCOA_CHILD_LABOUR))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return idIn(location);
    }

    /** A measure with every required field, changed by the given fields; its id. */
    UUID measure(UUID plan, Map<String, String> changes) throws Exception {
        String location = mvc.perform(measureForm(post("/plans/" + plan + "/measures"), changes))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return idIn(location);
    }

    MockHttpServletRequestBuilder measureForm(MockHttpServletRequestBuilder request, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Supplier code of conduct");
        fields.put("description", "All direct suppliers sign.");
        fields.put("type", "PREVENT");
        fields.put("ownerName", "Anna Jansen");
        fields.put("ownerEmail", "anna-" + company + "@example.org");
        fields.put("startDate", LocalDate.now().minusDays(30).toString());
        fields.put("dueDate", LocalDate.now().plusDays(60).toString());
        fields.put("status", "IN_PROGRESS");
        fields.put("indicatorName", "Suppliers signed");
        fields.put("indicatorUnit", "%");
        fields.put("baseline", "10");
        fields.put("target", "100");
        fields.put("current", "40");
        fields.putAll(changes);
        request.with(user(editor)).with(csrf());
        fields.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }

    private static UUID idIn(String location) {
        if (location == null) {
            throw new AssertionError("Not saved: no redirect");
        }
        String path = location.replaceAll("[?#].*$", "");
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }
}
