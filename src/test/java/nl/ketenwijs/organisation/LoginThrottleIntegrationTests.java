package nl.ketenwijs.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleIntegrationTests {

    private static final String VIEWER = "viewer@koffiebranderij-de-boon.example";
    private static final String PASSWORD = "ketenwijs-demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noEarlierFailures() {
        jdbc.sql("DELETE FROM login_throttle").update();
    }

    @Test
    void fiveWrongPasswordsMakeTheNameWaitEvenWithTheRightPassword() throws Exception {
        for (int attempt = 1; attempt <= LoginThrottle.FREE_FAILURES; attempt++) {
            login(VIEWER, "wrong password " + attempt).andExpect(redirectedUrl("/login?error"));
        }
        login(VIEWER, PASSWORD).andExpect(redirectedUrl("/login?throttled"));
        login(VIEWER.toUpperCase(), PASSWORD).andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void aFewMistakesDoNotBlockAndSuccessForgetsThem() throws Exception {
        for (int attempt = 1; attempt < LoginThrottle.FREE_FAILURES; attempt++) {
            login(VIEWER, "wrong password " + attempt).andExpect(redirectedUrl("/login?error"));
        }
        login(VIEWER, PASSWORD).andExpect(redirectedUrl("/"));
        login(VIEWER, "one more typo").andExpect(redirectedUrl("/login?error"));
        login(VIEWER, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void waitEndsWhenItsTimeHasPassed() throws Exception {
        for (int attempt = 1; attempt <= LoginThrottle.FREE_FAILURES; attempt++) {
            login(VIEWER, "wrong password " + attempt);
        }
        jdbc.sql("UPDATE login_throttle SET blocked_until = now() - interval '1 second'")
                .update();
        login(VIEWER, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void throttlingOneNameLeavesOthersAlone() throws Exception {
        for (int attempt = 1; attempt <= LoginThrottle.FREE_FAILURES; attempt++) {
            login(VIEWER, "wrong password " + attempt);
        }
        login("viewer@cacaohuis-zaandam.example", PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void loginNamesAreNotStoredInPlainText() throws Exception {
        login(VIEWER, "wrong password");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT name_hash FROM login_throttle")
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .doesNotContain("viewer")
                .hasSize(64);
    }

    private ResultActions login(String username, String password) throws Exception {
        return mvc.perform(
                post("/login").with(csrf()).param("username", username).param("password", password));
    }
}
