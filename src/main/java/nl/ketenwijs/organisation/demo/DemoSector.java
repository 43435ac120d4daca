package nl.ketenwijs.organisation.demo;

import static nl.ketenwijs.organisation.demo.DemoSectorData.BRANCHES;
import static nl.ketenwijs.organisation.demo.DemoSectorData.COMPANIES;
import static nl.ketenwijs.organisation.demo.DemoSectorData.PARTNERS;
import static nl.ketenwijs.organisation.demo.DemoSectorData.SECRETARIAT;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.organisation.ApiTokens;
import nl.ketenwijs.organisation.DemoSectorLoaded;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TotpSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo sector. Every id is derived from a name, and every insert skips what exists, so loading
 * twice, or from two instances at once, gives the same sector.
 */
@Component
@Conditional(DemoMode.class)
class DemoSector implements ApplicationRunner {

    /** The one password of every demo account (documented in the README). */
    static final String PASSWORD = "ketenwijs-demo-2026";

    /** The TOTP secret of the three secretariat accounts (documented in the README): base32, 160 bits. */
    static final String SECRETARIAT_TOTP_SECRET = "KETENWIJSDEMOSECRETARIAATTOTP234";

    static final String SECRETARIAT_ADMIN_TOKEN = "kwdemo-secretariaat-admin-9c4e7a1d3f62b805";
    static final String CACAOHUIS_EDITOR_TOKEN = "kwdemo-cacaohuis-editor-7f3a9c2e41b8d613";
    static final String KOFFIE_EDITOR_TOKEN = "kwdemo-koffiebranderij-editor-2b6d8e1f5a90c447";

    static final List<String> SECRETARIAT_ACCOUNTS =
            List.of("admin@secretariaat.example", "reviewer@secretariaat.example", "klachten@secretariaat.example");

    private static final Logger log = LoggerFactory.getLogger(DemoSector.class);
    private static final OffsetDateTime TOKENS_EXPIRE = OffsetDateTime.of(2036, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TenantScope tenantScope;
    private final TotpSecrets totpSecrets;

    private final ApplicationEventPublisher events;

    DemoSector(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            TenantScope tenantScope,
            TotpSecrets totpSecrets,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.tenantScope = tenantScope;
        this.totpSecrets = totpSecrets;
        this.events = events;
    }

    /** One transaction that writes the identity rows of every demo organisation, then the others' turn. */
    @Override
    public void run(ApplicationArguments arguments) {
        tenantScope.asPlatform(this::load);
        events.publishEvent(new DemoSectorLoaded(COMPANIES.stream()
                .collect(Collectors.toMap(DemoCompany::name, company -> organisationId(company.name())))));
    }

    private void load() {
        // One hash for all demo accounts: they share one documented password anyway.
        String passwordHash = passwords.encode(PASSWORD);

        UUID secretariat = organisation(SECRETARIAT, OrganisationKind.SECRETARIAT, null, null);
        user(secretariat, "admin@secretariaat.example", "Sanne de Secretaris", Role.SECRETARIAT_ADMIN, passwordHash);
        user(secretariat, "reviewer@secretariaat.example", "Ruben Reviewer", Role.MONITORING_REVIEWER, passwordHash);
        user(secretariat, "klachten@secretariaat.example", "Karin Klachten", Role.COMPLAINT_HANDLER, passwordHash);
        SECRETARIAT_ACCOUNTS.forEach(this::secondFactor);
        token(userId("admin@secretariaat.example"), SECRETARIAT_ADMIN_TOKEN);

        for (String branch : BRANCHES) {
            UUID id = organisation(branch, OrganisationKind.BRANCH_ORGANISATION, null, null);
            user(id, "staf@" + slug(branch) + ".example", "Staf " + branch, Role.BRANCH_STAFF, passwordHash);
        }
        for (String partner : PARTNERS) {
            UUID id = organisation(partner, OrganisationKind.PARTNER, null, null);
            user(id, "lid@" + slug(partner) + ".example", "Lid " + partner, Role.PARTNER_MEMBER, passwordHash);
        }
        for (DemoCompany company : COMPANIES) {
            UUID id = organisation(company.name(), OrganisationKind.COMPANY, company.sizeClass(), company.employees());
            company.branches().forEach(branch -> membership(id, organisationId(branch)));
            user(
                    id,
                    "admin@" + company.slug() + ".example",
                    "Beheer " + company.name(),
                    Role.COMPANY_ADMIN,
                    passwordHash);
        }
        companyTeam(COMPANIES.get(0), "Eva Editor", CACAOHUIS_EDITOR_TOKEN, passwordHash);
        companyTeam(COMPANIES.get(1), "Erik Editor", KOFFIE_EDITOR_TOKEN, passwordHash);
        log.info("Demo sector ready: {} companies, {} branch organisations", COMPANIES.size(), BRANCHES.size());
    }

    private void companyTeam(DemoCompany company, String editorName, String editorToken, String passwordHash) {
        UUID id = organisationId(company.name());
        String editor = "editor@" + company.slug() + ".example";
        user(id, editor, editorName, Role.COMPANY_EDITOR, passwordHash);
        user(id, "viewer@" + company.slug() + ".example", "Vera Viewer", Role.COMPANY_VIEWER, passwordHash);
        token(userId(editor), editorToken);
    }

    private UUID organisation(String name, OrganisationKind kind, String sizeClass, Integer employees) {
        UUID id = organisationId(name);
        jdbc.sql("""
                        INSERT INTO organisation (id, kind, name, size_class, employee_count)
                        VALUES (:id, :kind, :name, :sizeClass, :employees) ON CONFLICT DO NOTHING
                        """)
                .param("id", id)
                .param("kind", kind.name())
                .param("name", name)
                .param("sizeClass", sizeClass)
                .param("employees", employees)
                .update();
        return id;
    }

    private void membership(UUID company, UUID branch) {
        jdbc.sql("INSERT INTO branch_membership (company_id, branch_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(company, branch)
                .update();
    }

    private void user(UUID organisation, String username, String displayName, Role role, String passwordHash) {
        jdbc.sql("""
                        INSERT INTO app_user (id, organisation_id, username, display_name, password_hash, role)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                        """)
                .params(userId(username), organisation, username, displayName, passwordHash, role.name())
                .update();
    }

    /**
     * Secretariat roles must have a second factor; the demo enrols them with the documented secret, sealed
     * like any other. Sealing twice gives two texts, so only a person without a secret gets one.
     */
    private void secondFactor(String username) {
        UUID user = userId(username);
        jdbc.sql("""
                        UPDATE app_user SET totp_secret = ?, totp_enrolled_at = now()
                         WHERE id = ? AND totp_secret IS NULL
                        """)
                .params(totpSecrets.storedFormOf(user, SECRETARIAT_TOTP_SECRET), user)
                .update();
    }

    private void token(UUID user, String token) {
        jdbc.sql("""
                        INSERT INTO api_token (id, user_id, name, token_hash, expires_at)
                        VALUES (?, ?, 'Demo token', ?, ?)
                        ON CONFLICT DO NOTHING
                        """)
                .params(derivedId("token:" + token), user, ApiTokens.storedFormOf(token), TOKENS_EXPIRE)
                .update();
    }

    static UUID organisationId(String name) {
        return derivedId("organisation:" + name);
    }

    static UUID userId(String username) {
        return derivedId("user:" + username);
    }

    private static UUID derivedId(String key) {
        return UUID.nameUUIDFromBytes(("ketenwijs-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
