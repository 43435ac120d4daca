package nl.ketenwijs.grievance.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ketenwijs.TestDatabase;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A whole visit to the portal from a device with canary values for its address, forwarded address and user
 * agent: none of them ends up in the log or in any column of any table the application can reach.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoDeviceDataIntegrationTests extends PortalIntegrationTest {

    private static final String ADDRESS = "203.0.113.77";
    private static final String FORWARDED = "203.0.113.78";
    private static final String USER_AGENT = "CanaryPhone/9.9 (canary-agent-4d1e)";

    @Autowired
    DataSource dataSource;

    @Test
    void noAddressOrUserAgentOfAPortalVisitIsLoggedOrStored(CapturedOutput output) throws Exception {
        Cookie session = perform(get("/klacht?lang=sw"), null).getCookie("SESSION");
        perform(get("/klacht/new"), session);
        String receipt = receiptOn(perform(complaint(UUID.randomUUID(), "Canary complaint"), session)
                .getContentAsString(StandardCharsets.UTF_8));
        perform(post("/klacht/follow").with(csrf()).param("receipt", "1234"), session);
        Cookie followed = perform(post("/klacht/follow").with(csrf()).param("receipt", receipt), session)
                .getCookie("SESSION");
        perform(
                post("/klacht/case/messages")
                        .with(csrf())
                        .param("kind", "MESSAGE")
                        .param("text", "Hello"),
                followed);
        perform(get("/klacht/case"), followed);
        perform(get("/klacht/does-not-exist"), followed);

        assertThat(output.getAll())
                .doesNotContain(ADDRESS)
                .doesNotContain(FORWARDED)
                .doesNotContain("canary-agent");
        assertThat(columnsHolding(ADDRESS)).isEmpty();
        assertThat(columnsHolding(FORWARDED)).isEmpty();
        assertThat(columnsHolding("canary-agent")).isEmpty();
        assertThat(columnsHolding("Canary complaint"))
                .as("the check itself finds what is stored in plain text")
                .isEmpty();
        assertThat(columnsHolding(receipt.substring(0, 7)))
                .as("the locator is stored, so the check works")
                .isNotEmpty();
    }

    private org.springframework.mock.web.MockHttpServletResponse perform(
            MockHttpServletRequestBuilder request, Cookie session) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request.with(fromCanaryDevice())
                        .header("User-Agent", USER_AGENT)
                        .header("X-Forwarded-For", FORWARDED))
                .andReturn()
                .getResponse();
    }

    private static RequestPostProcessor fromCanaryDevice() {
        return request -> {
            request.setRemoteAddr(ADDRESS);
            request.setRemoteHost(ADDRESS);
            return request;
        };
    }

    /**
     * Every column of every table in the schema that holds the text, read as the application role with the
     * complaint and platform scopes open: text columns by their text, binary ones by their bytes.
     */
    private List<String> columnsHolding(String text) {
        JdbcClient everything =
                TestDatabase.withSettings(dataSource, "ketenwijs.platform=on", "ketenwijs.grievance=on");
        List<String> found = new ArrayList<>();
        List<String[]> columns = everything
                .sql("""
                        SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                           AND has_table_privilege(format('%I.%I', c.table_schema, c.table_name), 'SELECT')
                        """)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        for (String[] column : columns) {
            String name = quoted(column[1]);
            String condition = column[2].equals("bytea")
                    ? "position(convert_to(:text, 'UTF8') IN " + name + ") > 0"
                    : name + "::text LIKE '%' || :text || '%'";
            Integer rows = everything
                    .sql("SELECT count(*) FROM " + quoted(column[0]) + " WHERE " + condition)
                    .param("text", text)
                    .query(Integer.class)
                    .single();
            if (rows > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
