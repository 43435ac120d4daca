package nl.ketenwijs;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    void seeEveryOrganisation(DataSource dataSource) {
        jdbc = TestDatabase.platform(dataSource);
    }
}
