package nl.ketenwijs;

import javax.sql.DataSource;
import nl.ketenwijs.organisation.TestAccounts;
import nl.ketenwijs.organisation.TotpSecrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application on real PostgreSQL, called through MockMvc, in the one application context the
 * web tests share.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WebIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    /** Fixtures set up and inspect rows of any organisation. */
    protected JdbcClient jdbc;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private TotpSecrets totpSecrets;

    @Autowired
    void seeEveryOrganisation(DataSource dataSource) {
        jdbc = TestDatabase.platform(dataSource);
    }

    /** People of organisations of their own, who log in as a browser would. */
    protected TestAccounts testAccounts() {
        return new TestAccounts(mvc, jdbc, passwords, totpSecrets);
    }
}
