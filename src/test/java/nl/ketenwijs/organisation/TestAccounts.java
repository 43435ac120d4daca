package nl.ketenwijs.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * People of organisations of their own, so that tests never share a throttle, a last TOTP step or
 * recovery codes; and logins that carry the database session cookie as a browser would.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final String passwordHash;
    private final TotpSecrets secrets;

    public TestAccounts(MockMvc mvc, JdbcClient jdbc, PasswordEncoder passwords, TotpSecrets secrets) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.passwordHash = passwords.encode(PASSWORD);
        this.secrets = secrets;
    }

    public record Person(AccountKey key, String username) {}

    /** Secretariat staff join the one secretariat; everyone else gets an organisation of their own. */
    public Person create(Role role, boolean organisationRequiresTotp) {
        OrganisationKind kind = role.organisationKind();
        UUID organisation = kind == OrganisationKind.SECRETARIAT
                ? jdbc.sql("SELECT id FROM organisation WHERE kind = 'SECRETARIAT'")
                        .query(UUID.class)
                        .single()
                : newOrganisation(kind, organisationRequiresTotp);
        UUID user = UUID.randomUUID();
        String username = role.name().toLowerCase() + "-" + user + "@example.org";
        jdbc.sql("INSERT INTO app_user (id, organisation_id, username, display_name, password_hash, role)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(user, organisation, username, "Test " + role, passwordHash, role.name())
                .update();
        return new Person(new AccountKey(organisation, user), username);
    }

    private UUID newOrganisation(OrganisationKind kind, boolean requiresTotp) {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisation (id, kind, name, size_class, require_totp) VALUES (?, ?, ?, ?, ?)")
                .params(
                        organisation,
                        kind.name(),
                        kind + " " + organisation,
                        kind == OrganisationKind.COMPANY ? "SME" : null,
                        requiresTotp)
                .update();
        return organisation;
    }

    /** Enrols the person with a fresh secret, sealed as the demo loader does; returns the plain secret. */
    public String enrol(Person person) {
        String secret = Totp.newSecret();
        jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_enrolled_at = now() WHERE id = ?")
                .params(
                        secrets.storedFormOf(person.key().userId(), secret),
                        person.key().userId())
                .update();
        return secret;
    }

    /** The code of the current step, or of a later one: the step after the last used one is still accepted. */
    public static String code(String secret, int stepsAhead) {
        return Totp.code(secret, Totp.stepAt(Instant.now()) + stepsAhead);
    }

    /**
     * A code that the user has not used yet: of the current step, or of the step after the last one used,
     * waiting for the clock when even the next step is taken. Lets several tests log in as one demo user.
     */
    public static String unusedCode(JdbcClient jdbc, String username, String secret) throws InterruptedException {
        long lastUsed = jdbc.sql("SELECT coalesce(totp_last_step, 0) FROM app_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
        long step = Math.max(Totp.stepAt(Instant.now()), lastUsed + 1);
        while (step > Totp.stepAt(Instant.now()) + 1) {
            Thread.sleep(1000);
        }
        return Totp.code(secret, step);
    }

    /** The secret on offer, opened from its sealed form. */
    public String pendingSecret(Person person) {
        return secrets.open(
                TotpSecrets.Column.PENDING, person.key().userId(), storedSecret(person, "totp_pending_secret"));
    }

    /** A TOTP column exactly as the database holds it; null when empty. */
    public String storedSecret(Person person, String column) {
        return jdbc.sql("SELECT " + column + " FROM app_user WHERE id = ?")
                .param(person.key().userId())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** The session after a right password: fully logged in, or pending its second factor. */
    public Cookie passwordLogin(String username) throws Exception {
        return passwordLoginAs(username, PASSWORD);
    }

    public Cookie passwordLoginAs(String username, String password) throws Exception {
        Cookie anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        return mvc.perform(post("/login")
                        .cookie(anonymous)
                        .with(csrf())
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    public ResultActions postCode(Cookie session, String field, String code) throws Exception {
        return mvc.perform(post("/login/code").cookie(session).with(csrf()).param(field, code));
    }

    public int auditCount(Person person, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = ?")
                .params(person.key().userId(), action)
                .query(Integer.class)
                .single();
    }
}
