package nl.ketenwijs.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.ketenwijs.TestDatabase;
import nl.ketenwijs.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The complaint portal through MockMvc, with a view of the complaint tables as the module has it. */
public abstract class PortalIntegrationTest extends WebIntegrationTest {

    private static final Pattern RECEIPT = Pattern.compile("class=\"receipt\" dir=\"ltr\">([0-9 ]+)<");

    /** Sees the complaint tables: row-level security shows them only to the module's own transactions. */
    protected JdbcClient complaints;

    @Autowired
    void seeComplaints(DataSource dataSource) {
        complaints = TestDatabase.complaints(dataSource);
    }

    /** A complete, valid, anonymous complaint of one form; a test adds fields with {@code .param}. */
    protected static MockHttpServletRequestBuilder complaint(UUID formKey, String whatHappened) {
        return complaint(formKey, whatHappened, "ANONYMOUS");
    }

    protected static MockHttpServletRequestBuilder complaint(UUID formKey, String whatHappened, String channel) {
        return post("/klacht/new")
                .with(csrf())
                .characterEncoding(StandardCharsets.UTF_8)
                .param("formKey", formKey.toString())
                .param("whatHappened", whatHappened)
                .param("country", "GH")
                .param("region", "Ashanti")
                .param("place", "Near Kumasi")
                .param("themes", "CHILD_LABOUR", "WAGES")
                .param("since", "March")
                .param("affected", "About 30 pickers")
                .param("children", "YES")
                .param("wish", "Pay the wages")
                .param("contactChannel", channel);
    }

    /** The receipt a page shows, as typed digits without spaces; null when it shows none. */
    protected static String receiptOn(String page) {
        Matcher matcher = RECEIPT.matcher(page);
        return matcher.find() ? matcher.group(1).replace(" ", "") : null;
    }

    protected int casesWithLocator(String receipt) {
        return complaints
                .sql("SELECT count(*) FROM grievance_case WHERE locator = ?")
                .param(receipt.substring(0, 7))
                .query(Integer.class)
                .single();
    }

    /** The id of the case a receipt (as typed digits) belongs to. */
    protected UUID caseIdOf(String receipt) {
        return complaints
                .sql("SELECT id FROM grievance_case WHERE locator = ?")
                .param(receipt.substring(0, 7))
                .query(UUID.class)
                .single();
    }

    protected static void assertIsAReceipt(String receipt) {
        assertThat(receipt).matches("[0-9]{20}");
    }
}
