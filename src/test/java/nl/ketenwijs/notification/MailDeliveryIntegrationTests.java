package nl.ketenwijs.notification;

import static nl.ketenwijs.organisation.TestOrganisations.linkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With SMTP configured, the outbox is delivered: the one test context with a mail server (GreenMail, in
 * process). Closed afterwards, so that its sender does not go on delivering other tests' mails.
 */
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "ketenwijs.mail.poll-interval=PT0.2S",
            "ketenwijs.mail.first-retry=PT0.2S",
            "ketenwijs.public-url=https://ketenwijs.example.org/"
        })
@DirtiesContext
class MailDeliveryIntegrationTests extends WebIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String PASSWORD = "zeven zonnige zaterdagen";

    @Autowired
    AccountDirectory accounts;

    TestOrganisations fixtures;
    String email;
    String name;

    @BeforeEach
    void setUp() {
        fixtures = new TestOrganisations(jdbc, accounts);
        email = "eerste-" + UUID.randomUUID() + "@nieuw.example";
        name = "Nieuw Bedrijf " + UUID.randomUUID();
    }

    @Test
    void theInvitationArrivesByMailAndItsLinkOpensTheAccount() throws Exception {
        register("NL");

        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Uitnodiging voor Ketenwijs (" + name + ")");
        assertThat(mail.getContentLanguage()).containsExactly("nl");
        String body = (String) mail.getContent();
        assertThat(body).startsWith("Beste Nina Nieuw,").contains("https://ketenwijs.example.org/invitation/");
        String link = linkIn(body);

        mvc.perform(post(link)
                        .with(csrf())
                        .param("displayName", "Nina Nieuw")
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(redirectedUrl("/login?welcome"));
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post(link)
                        .with(csrf())
                        .param("displayName", "Nina Nieuw")
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isNotFound());
    }

    @Test
    void aSentMailKeepsNoBodyInTheDatabase() throws Exception {
        register("EN");
        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Invitation to Ketenwijs (" + name + ")");
        assertThat((String) mail.getContent()).startsWith("Dear Nina Nieuw,");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "SELECT sent_at IS NOT NULL AND body IS NULL FROM mail_outbox WHERE recipient = ?")
                                .param(email)
                                .query(Boolean.class)
                                .single())
                        .isTrue());
    }

    @Test
    void anUndeliverableMailIsRetriedThenGivenUpWithoutItsBody() {
        UUID retried = undeliverable(0);
        UUID lastChance = undeliverable(OutboxDelivery.MAX_ATTEMPTS - 1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(state(retried)).isEqualTo("waiting: body kept, error AddressException");
            assertThat(state(lastChance)).isEqualTo("given up: body gone, error AddressException");
        });
    }

    private UUID undeliverable(int attemptsSoFar) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO mail_outbox (id, recipient, language, subject, body, created_at, next_attempt_at,
                                                 attempts)
                        VALUES (?, 'broken<@example.org', 'nl', 'Onderwerp', 'Tekst', now(), now(), ?)
                        """).params(id, attemptsSoFar).update();
        return id;
    }

    private String state(UUID mail) {
        return jdbc.sql("""
                        SELECT CASE WHEN given_up_at IS NULL THEN 'waiting' ELSE 'given up' END
                               || ': body ' || CASE WHEN body IS NULL THEN 'gone' ELSE 'kept' END
                               || ', error ' || coalesce(last_error, 'none')
                          FROM mail_outbox WHERE id = ? AND sent_at IS NULL AND attempts > 0
                        """).param(mail).query(String.class).optional().orElse("not tried");
    }

    private void register(String language) throws Exception {
        mvc.perform(post("/organisations")
                        .with(user(fixtures.secretariatAdmin()))
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "COMPANY")
                        .param("sizeClass", "LARGE")
                        .param("employeeCount", "800")
                        .param(
                                "branchIds",
                                fixtures.organisationNamed("Supermarktbranche Nederland")
                                        .toString())
                        .param("adminEmail", email)
                        .param("adminDisplayName", "Nina Nieuw")
                        .param("adminRole", "COMPANY_ADMIN")
                        .param("adminLanguage", language))
                .andExpect(redirectedUrlPattern("/organisations/*?created"));
    }

    private MimeMessage mailTo(String recipient) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> Arrays.stream(smtp.getReceivedMessagesForDomain(recipient))
                                .findFirst()
                                .orElse(null),
                        message -> message != null);
    }
}
