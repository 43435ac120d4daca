package nl.ketenwijs.grievance.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.shared.PortalLanguage;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class PortalPagesIntegrationTests extends WebIntegrationTest {

    static final int MAX_PAGE_BYTES = 30 * 1024;

    @Test
    void theStartPageNeedsNoLoginAndSpeaksEnglishByDefault() throws Exception {
        for (String root : new String[] {"/klacht", "/complaint"}) {
            mvc.perform(get(root))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
                    .andExpect(content().string(containsString("href=\"" + root + "/new\"")))
                    .andExpect(content().string(containsString("href=\"" + root + "/follow\"")));
        }
    }

    @Test
    void theStartPageFollowsTheBrowsersLanguageWhenThePortalSpeaksIt() throws Exception {
        mvc.perform(get("/klacht").header("Accept-Language", "sw-KE, en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"sw\" dir=\"ltr\">")));
        mvc.perform(get("/klacht").header("Accept-Language", "de-DE"))
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")));
    }

    @Test
    void arabicIsWrittenRightToLeftAndRememberedForTheVisitOnly() throws Exception {
        MockHttpServletResponse chosen = mvc.perform(get("/klacht?lang=ar"))
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("تقديم شكوى")))
                .andReturn()
                .getResponse();
        Cookie language = chosen.getCookie("ketenwijs-portal-lang");
        assertThat(language).isNotNull();
        assertThat(language.getMaxAge())
                .as("a cookie that ends with the browser session")
                .isNegative();

        mvc.perform(get("/complaint/rules").cookie(language))
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")));
    }

    @Test
    void aLanguageThePortalDoesNotSpeakChangesNothing() throws Exception {
        mvc.perform(get("/klacht?lang=de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")));
    }

    @Test
    void thePortalsLanguageNeverChangesTheStaffPages() throws Exception {
        Cookie arabic =
                mvc.perform(get("/klacht?lang=ar")).andReturn().getResponse().getCookie("ketenwijs-portal-lang");
        mvc.perform(get("/login").cookie(arabic)).andExpect(content().string(containsString("<html lang=\"nl\"")));
        MockHttpServletResponse staffWithArabic =
                mvc.perform(get("/login?lang=ar")).andReturn().getResponse();
        assertThat(staffWithArabic.getCookie("ketenwijs-lang")).isNull();
        assertThat(staffWithArabic.getContentAsString()).contains("<html lang=\"nl\"");
    }

    @Test
    void everyLanguageHasTheRulesOfProcedureWithTheirClocks() throws Exception {
        for (PortalLanguage language : PortalLanguage.values()) {
            String page = mvc.perform(get("/klacht/rules?lang=" + language.code()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .as(language.code())
                    .contains("lang=\"" + language.code() + "\"")
                    .contains(" 7 ")
                    .contains("3 ");
            assertSmallAndSelfContained(page);
        }
    }

    @Test
    void theStartAndReceiptPagesAreSmallInEveryLanguage() throws Exception {
        for (PortalLanguage language : PortalLanguage.values()) {
            for (String page : new String[] {"/klacht", "/complaint/follow"}) {
                assertSmallAndSelfContained(mvc.perform(get(page + "?lang=" + language.code()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aFailedPortalRequestIsAnsweredInThePortalsLayoutAndLanguage() throws Exception {
        Cookie arabic =
                mvc.perform(get("/complaint?lang=ar")).andReturn().getResponse().getCookie("ketenwijs-portal-lang");
        String notFound = mvc.perform(
                        errorPageOf("/complaint/nothing-here", 404).cookie(arabic))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notFound)
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("هذه الصفحة غير موجودة")
                .contains("href=\"/complaint\"");
        assertSmallAndSelfContained(notFound);
        assertThat(mvc.perform(errorPageOf("/klacht/new", 403))
                        .andExpect(status().isForbidden())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("The page was open for too long");
    }

    @Test
    void otherFailedRequestsKeepTheApplicationsErrorPage() throws Exception {
        mvc.perform(errorPageOf("/klachten", 404))
                .andExpect(content().string(containsString("Deze pagina bestaat niet")));
    }

    /** The error page as the servlet container draws it after a failed request to the path. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder errorPageOf(
            String path, int status) {
        return get("/error")
                .accept(org.springframework.http.MediaType.TEXT_HTML)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, path);
    }

    /** At most 30 KB, no script, and nothing fetched from another origin. */
    static void assertSmallAndSelfContained(String page) {
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MAX_PAGE_BYTES);
        assertThat(page).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"//");
        assertThat(page).doesNotContainPattern("<link[^>]+href=\"https?:");
    }
}
