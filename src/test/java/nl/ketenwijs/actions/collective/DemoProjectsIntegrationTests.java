package nl.ketenwijs.actions.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.actions.matching.SharedRiskCount;
import nl.ketenwijs.organisation.AccountDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's collective projects and shared risks, read as the demo's people see them. */
class DemoProjectsIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SharedRiskCount count;

    @Test
    void theCocoaProjectHasFourCompaniesAndAPartnerWithValuesByGender() throws Exception {
        String list = page("admin@cacaohuis-zaandam.example", "/projects");
        assertThat(list)
                .contains("Leefbaar inkomen voor cacaoboeren in Ivoorkust")
                .contains("5 organisaties doen mee");

        String project = page("admin@cacaohuis-zaandam.example", "/projects/" + id(list));
        assertThat(project)
                .contains("Chocolaterie Amstel")
                .contains("Grootgrutter Noord")
                .contains("Discountsuper Voordeel")
                .contains("Fair Harvest Alliance")
                .contains("Gedeelde referentieprijs voor een leefbaar inkomen")
                .contains("<td>610</td>")
                .contains("<td>160</td>")
                .contains("boerenscholen")
                .as("invited, not yet joined: not shown to participants")
                .doesNotContain("Hazelnootpasta Fabriek Limburg");
    }

    @Test
    void theInvitedCompanySeesItsInvitationAndTheVanillaProjectItsPartner() throws Exception {
        String invited = page("admin@hazelnootpasta-fabriek-limburg.example", "/projects");
        assertThat(invited)
                .contains("Leefbaar inkomen voor cacaoboeren in Ivoorkust")
                .contains("u bent uitgenodigd");

        String partner = page("lid@fnv-wereldwijd-voedsel.example", "/projects");
        assertThat(partner)
                .contains("Gendersensitieve inkoop van vanille uit Madagaskar")
                .contains("u doet mee");
    }

    @Test
    void theDemoSharesRisksThatTheSecretariatSeesAndCompaniesCount() throws Exception {
        String sector = "";
        // The demo's registers are evaluated in the background after start-up; the count follows them.
        for (int tries = 0; tries < 60 && !sector.contains("Kinderarbeid: Cacao uit Ivoorkust"); tries++) {
            if (tries > 0) {
                Thread.sleep(500);
            }
            count.count();
            sector = page("admin@secretariaat.example", "/shared-risks/sector");
        }
        assertThat(sector).contains("Kinderarbeid: Cacao uit Ivoorkust").contains("Leefbaar inkomen voor cacaoboeren");
        String company = page("admin@cacaohuis-zaandam.example", "/shared-risks");
        assertThat(company).contains("Kinderarbeid: Cacao uit Ivoorkust");
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The id of the cocoa project, from its link in the list. */
    private static String id(String list) {
        int title = list.indexOf("Leefbaar inkomen voor cacaoboeren in Ivoorkust");
        int link = list.lastIndexOf("/projects/", title);
        return list.substring(link + "/projects/".length(), list.indexOf('"', link));
    }
}
