package nl.ketenwijs.system.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class WebBaseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsPublicAndUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
    }

    @Test
    void noOtherActuatorEndpointIsPublic() throws Exception {
        for (String endpoint : new String[] {"env", "beans", "configprops", "metrics", "mappings", "heapdump"}) {
            mvc.perform(get("/actuator/" + endpoint)).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void loginIsAFormWithUsernamePasswordAndCsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void pagesSendAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "someone").param("password", "whatever-long-enough"))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownAccountCannotLogIn() throws Exception {
        mvc.perform(
                        post("/login")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", "nobody@example.org")
                                .param("password", "not-a-real-password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/login?error*"));
    }

    @Test
    void staffPagesSpeakDutchByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("Wachtwoord")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Password")));
    }

    @Test
    void htmxIsServedFromThisServerAndConfiguredForTheCsp() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\"")))
                .andExpect(content().string(containsString("\"includeIndicatorStyles\":false")));
        mvc.perform(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
    }

    @Test
    void oversizedRequestsGet413BeforeAnythingReadsThem() throws Exception {
        mvc.perform(post("/login")
                        .contentType("application/x-www-form-urlencoded")
                        .content(new byte[1024 * 1024 + 1]))
                .andExpect(status().isContentTooLarge());
        mvc.perform(post("/login")
                        .contentType("multipart/form-data; boundary=x")
                        // The portal answers a 50 MB file in the person's language, so a multipart body may have 64 MB.
                        .content(new byte[64 * 1024 * 1024 + 1]))
                .andExpect(status().isContentTooLarge());
    }
}
