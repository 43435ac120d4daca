package nl.ketenwijs.organisation;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fixtures: organisations and people of their own for each test, and the links that mails carry. */
public final class TestOrganisations {

    public static final String SECRETARIAT_ADMIN = "admin@secretariaat.example";
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[a-z/]+/[A-Za-z0-9_-]{43})");

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;

    public TestOrganisations(JdbcClient jdbc, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public UUID aCompany() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisation (id, kind, name, size_class, employee_count)"
                        + " VALUES (?, 'COMPANY', ?, 'SME', 12)")
                .params(id, "Company " + id)
                .update();
        return id;
    }

    /** A person who is never logged in with a password; tests act as them with user(account). */
    public Account aPersonIn(UUID organisation, Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("INSERT INTO app_user (id, organisation_id, username, display_name, password_hash, role)"
                        + " VALUES (?, ?, ?, ?, 'no-password', ?)")
                .params(UUID.randomUUID(), organisation, username, "Person " + username, role.name())
                .update();
        return accounts.loadUserByUsername(username);
    }

    public Account secretariatAdmin() {
        return accounts.loadUserByUsername(SECRETARIAT_ADMIN);
    }

    public UUID organisationNamed(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    /** The newest mail to this address, as the outbox holds it. */
    public String latestMailTo(String recipient) {
        return jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY created_at DESC LIMIT 1")
                .param(recipient)
                .query(String.class)
                .single();
    }

    public int mailsTo(String recipient) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ?")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    /** The path of the single-use link in a mail body, such as /invitation/abc…. */
    public static String linkIn(String body) {
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No link in: " + body);
        }
        return matcher.group(1);
    }
}
