package nl.ketenwijs.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Filing a complaint keeps no server session: the form's CSRF token is matched against an HTTP-only,
 * same-site cookie instead, and a post without the matching pair is refused as before.
 */
class SessionFreeComplaintFormIntegrationTests extends PortalIntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    WebApplicationContext context;

    /**
     * Spring Security's test {@code csrf()} shortcut, used by other tests of the shared context, swaps the
     * form chain's token repository for a session-based one for good: the configured one is put back.
     */
    @BeforeEach
    void theFormChainKeepsItsTokensInTheCookie() {
        WebTestUtils.setCsrfTokenRepository(
                new MockHttpServletRequest(context.getServletContext(), "POST", "/klacht/new"),
                SecurityConfiguration.complaintFormTokens());
    }

    @Test
    void theFormAndItsPostLeaveNoSessionAndTheTokenCookieIsHttpOnlyAndSameSite() throws Exception {
        MockHttpServletResponse form =
                mvc.perform(get("/klacht/new")).andReturn().getResponse();
        Cookie token = form.getCookie("ketenwijs-form");

        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getCookie("SESSION")).isNull();
        assertThat(token).isNotNull();
        assertThat(token.isHttpOnly()).isTrue();
        assertThat(token.getAttribute("SameSite")).isEqualTo("Strict");

        MockHttpServletResponse filed =
                mvc.perform(filed(token, tokenOn(form))).andReturn().getResponse();
        assertThat(filed.getStatus()).isEqualTo(200);
        assertThat(receiptOn(filed.getContentAsString(StandardCharsets.UTF_8))).isNotNull();
        assertThat(filed.getCookie("SESSION")).isNull();
    }

    @Test
    void aPostWithoutTheTokenOrWithAnotherFormsTokenIsRefused() throws Exception {
        MockHttpServletResponse mine =
                mvc.perform(get("/klacht/new")).andReturn().getResponse();
        MockHttpServletResponse someoneElses =
                mvc.perform(get("/klacht/new")).andReturn().getResponse();
        Cookie cookie = mine.getCookie("ketenwijs-form");

        assertThat(mvc.perform(filed(cookie, null)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(filed(cookie, tokenOn(someoneElses)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(filed(null, tokenOn(mine)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    /** The complaint as the browser posts it: without the test's CSRF shortcut, with what the page gave. */
    private static MockHttpServletRequestBuilder filed(Cookie cookie, String token) {
        MockHttpServletRequestBuilder post = post("/klacht/new")
                .characterEncoding(StandardCharsets.UTF_8)
                .param("formKey", UUID.randomUUID().toString())
                .param("whatHappened", "Wages withheld for three months")
                .param("country", "GH")
                .param("themes", "WAGES")
                .param("contactChannel", "ANONYMOUS");
        if (cookie != null) {
            post.cookie(cookie);
        }
        if (token != null) {
            post.param("_csrf", token);
        }
        return post;
    }

    private static String tokenOn(MockHttpServletResponse page) throws Exception {
        Matcher matcher = TOKEN.matcher(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the form carries its CSRF token").isTrue();
        return matcher.group(1);
    }
}
