package nl.ketenwijs.supplychain.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import org.springframework.test.web.servlet.MockMvc;

/** Builds a company's chain through its own forms, as its editor, in Dutch. */
record ChainFixture(MockMvc mvc, Account editor) {

    UUID product(String name, String articleCode) throws Exception {
        String location = mvc.perform(post("/chain/products")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", name)
                        .param("articleCode", articleCode))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replaceAll("^/chain/products/([0-9a-f-]+).*$", "$1"));
    }

    void material(
            UUID product, String name, String commodityCode, String origins, String share, String volume, String spend)
            throws Exception {
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", name)
                        .param("commodityCode", commodityCode)
                        .param("origins", origins)
                        .param("sharePercent", share)
                        .param("volumeKgPerYear", volume)
                        .param("spendEur", spend)
                        .param("lang", "nl"))
                .andExpect(status().is3xxRedirection());
    }
}
