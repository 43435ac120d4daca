package nl.ketenwijs.grievance.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.shared.PortalLanguage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ComplaintFormIntegrationTests extends PortalIntegrationTest {

    @Test
    void theFormIsSmallInEveryLanguageAndNamesCountriesInIt() throws Exception {
        for (PortalLanguage language : PortalLanguage.values()) {
            String page = page(get("/complaint/new?lang=" + language.code()), 200);
            assertThat(page).contains("name=\"formKey\"").contains("value=\"GH\"");
            PortalPagesIntegrationTests.assertSmallAndSelfContained(page);
        }
        assertThat(page(get("/klacht/new?lang=fr"), 200)).contains("Côte d’Ivoire");
    }

    @Test
    void eachFormGetsItsOwnKey() throws Exception {
        assertThat(formKeyOn(page(get("/klacht/new"), 200))).isNotEqualTo(formKeyOn(page(get("/klacht/new"), 200)));
    }

    @Test
    void aMissingAnswerIsNamedInThePersonsLanguageAndEverythingTypedStays() throws Exception {
        String page = page(complaint(UUID.randomUUID(), " ").param("lang", "fr"), 422);
        assertThat(page)
                .contains("href=\"#whatHappened\"")
                .contains("Que s&#39;est-il passé ? : écrivez quelque chose ici, s&#39;il vous plaît.")
                .contains("aria-describedby=\"whatHappened-hint whatHappened-error\"")
                .contains("id=\"whatHappened-error\"")
                .contains("value=\"Ashanti\"")
                .contains("value=\"Near Kumasi\"")
                .contains("<option value=\"GH\" selected=\"selected\">");
    }

    @Test
    void aNulByteOrBrokenUtf8IsNamedAndTheRestOfTheTextKept() throws Exception {
        String page = page(complaint(UUID.randomUUID(), "The boss\u0000 took our pay"), 422);
        assertThat(page)
                .contains("What happened?: some signs could not be read.")
                .contains("The boss\uFFFD took our pay");

        String broken = "formKey=" + UUID.randomUUID() + "&whatHappened=caf%C3%28+closed&contactChannel=ANONYMOUS";
        String brokenPage =
                page(
                        post("/klacht/new")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content(broken.getBytes(StandardCharsets.US_ASCII)),
                        422);
        assertThat(brokenPage).contains("some signs could not be read").contains("closed");
    }

    @Test
    void anOverLongTextIsRefusedWithItsLimitAndKeptWhole() throws Exception {
        String tooLong = "x".repeat(ComplaintFormCheck.LONG_TEXT) + "END";
        String page = page(complaint(UUID.randomUUID(), tooLong), 422);
        assertThat(page).contains("use at most 10000 characters").contains(tooLong);
    }

    @Test
    void markupIsShownAsText() throws Exception {
        String page = page(
                complaint(UUID.randomUUID(), "<script>alert(1)</script>", "EMAIL")
                        .param("email", "not an address"),
                422);
        assertThat(page)
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("E-mail address: this does not look like an e-mail address.");
    }

    @Test
    void aChosenContactNeedsItsDetailsAndAPartnerMustBeACovenantPartner() throws Exception {
        assertThat(page(complaint(UUID.randomUUID(), "Unpaid", "PHONE"), 422))
                .contains("Phone number: please write something here.");
        assertThat(page(
                        complaint(UUID.randomUUID(), "Unpaid", "PARTNER")
                                .param("partner", UUID.randomUUID().toString()),
                        422))
                .contains("Organisation that passes on our messages: please choose from the list.");
    }

    @Test
    void aFormWithoutItsKeyIsAskedAgainWithANewKeyAndNothingLost() throws Exception {
        String page = page(complaint(UUID.randomUUID(), "Unpaid wages").param("formKey", "not-a-key"), 422);
        assertThat(page).contains("Please send the form again.").contains("Unpaid wages");
        assertThat(formKeyOn(page)).isNotEqualTo("not-a-key");
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/klacht/new")
                        .param("formKey", UUID.randomUUID().toString())
                        .param("whatHappened", "x"))
                .andExpect(status().isForbidden());
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String formKeyOn(String page) {
        var matcher = java.util.regex.Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
