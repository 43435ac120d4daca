package nl.ketenwijs.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import nl.ketenwijs.organisation.ApiTokens;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A generated sector of companies with their chains, written set-based in a few statements. Its shape: most
 * companies small (hundreds of chain links), a few large, and one with exactly {@link #FOCUS_LINKS}; products
 * of four raw materials, each from one to three origins, drawn from (commodity, country) pairs the knowledge
 * base has evidence for, every fifth raw material from any country; a few unknown origins and unclassified
 * raw materials; a handful of suppliers per company on a third of the origins. Ids are derived from
 * positions, so the same sizes always give the same sector.
 */
final class Sector {

    static final int COMPANIES = 1_000;
    static final int LINKS = 1_000_000;
    static final int FOCUS_LINKS = 10_000;
    static final String PASSWORD = "bench-wachtwoord-2026";
    static final String FOCUS_USER = "beheer@benchbedrijf-0001.example";

    private static final int LARGE_COMPANIES = 19;
    private static final int LARGE_LINKS = 15_000;

    private final BenchDatabase database;
    private final PasswordEncoder passwords;

    Sector(BenchDatabase database, PasswordEncoder passwords) {
        this.database = database;
        this.passwords = passwords;
    }

    /** Link counts per company: the first is the focus company, then the large ones, then the small. */
    static int[] sizes() {
        int[] sizes = new int[COMPANIES];
        sizes[0] = FOCUS_LINKS;
        Arrays.fill(sizes, 1, 1 + LARGE_COMPANIES, LARGE_LINKS);
        Random random = new Random(20261125);
        for (int i = 1 + LARGE_COMPANIES; i < COMPANIES; i++) {
            sizes[i] = 200 + random.nextInt(1_000);
        }
        // The small companies absorb the difference, so the sector has exactly LINKS links.
        int missing = LINKS - Arrays.stream(sizes).sum();
        for (int i = 1 + LARGE_COMPANIES; missing != 0; i = i + 1 < COMPANIES ? i + 1 : 1 + LARGE_COMPANIES) {
            int step = Integer.signum(missing) * Math.min(Math.abs(missing), 10);
            if (sizes[i] + step >= 100) {
                sizes[i] += step;
                missing -= step;
            }
        }
        return sizes;
    }

    void generate() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(CHOICES);
            companies(connection);
            long started = System.nanoTime();
            statement.execute(LINK_POSITIONS);
            statement.execute(PRODUCTS);
            statement.execute(RAW_MATERIALS);
            Figure.progress("products and raw materials written");
            statement.execute(ORIGINS);
            Figure.progress("origins written");
            statement.execute(SUPPLIERS);
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("ANALYZE");
            Figure.progress("chains generated in %d ms", (System.nanoTime() - started) / 1_000_000);
            accounts(connection);
        }
    }

    /** Company c (from 1) has md5('bench-company:c') as id; the focus company is company 1. */
    private void companies(Connection connection) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement("""
                CREATE TEMP TABLE bench_company AS
                SELECT s.c::int AS c, s.links, md5('bench-company:' || s.c)::uuid AS org
                  FROM unnest(?::int[]) WITH ORDINALITY AS s(links, c)
                """)) {
            create.setArray(
                    1,
                    connection.createArrayOf(
                            "int4", Arrays.stream(sizes()).boxed().toArray()));
            create.execute();
        }
        try (Statement insert = connection.createStatement()) {
            insert.execute("""
                    INSERT INTO organisation (id, kind, name, size_class, employee_count)
                    SELECT org, 'COMPANY', 'Benchbedrijf ' || lpad(c::text, 4, '0'),
                           CASE WHEN links >= 5000 THEN 'LARGE' ELSE 'SME' END, links / 20
                      FROM bench_company
                    """);
        }
    }

    /** A company user of the focus company, who logs in with {@link #PASSWORD}. */
    private void accounts(Connection connection) throws SQLException {
        update(connection, """
                INSERT INTO app_user (id, organisation_id, username, display_name, password_hash, role)
                VALUES (md5('bench-user:1')::uuid, md5('bench-company:1')::uuid, ?, 'Beheer bench', ?, 'COMPANY_ADMIN')
                """, FOCUS_USER, passwords.encode(PASSWORD));
    }

    /** Per import size an empty company whose editor has the API token {@link #importToken}. */
    void importCompanies(int... sizes) throws SQLException {
        String hash = passwords.encode(PASSWORD);
        try (Connection connection = database.connect()) {
            for (int rows : sizes) {
                importCompany(connection, rows, hash);
            }
        }
    }

    private static void importCompany(Connection connection, int rows, String hash) throws SQLException {
        String key = "bench-import:" + rows;
        update(connection, """
                INSERT INTO organisation (id, kind, name, size_class, employee_count)
                VALUES (md5(?)::uuid, 'COMPANY', 'Benchbedrijf import ' || ?, 'SME', 40)
                """, key, String.valueOf(rows));
        update(connection, """
                INSERT INTO app_user (id, organisation_id, username, display_name, password_hash, role)
                VALUES (md5('user:' || ?)::uuid, md5(?)::uuid, 'editor-' || ? || '@benchbedrijf-import.example',
                        'Editor bench', ?, 'COMPANY_EDITOR')
                """, key, key, String.valueOf(rows), hash);
        String token = importToken(rows);
        update(connection, """
                INSERT INTO api_token (id, user_id, name, token_hash, token_hint, expires_at)
                VALUES (md5('token:' || ?)::uuid, md5('user:' || ?)::uuid, 'Bench', ?, ?, now() + interval '1 day')
                """, key, key, ApiTokens.storedFormOf(token), token.substring(token.length() - 4));
    }

    static String importToken(int rows) {
        return "kw_bench-import-token-5d1c9e07a2f84b36-" + rows;
    }

    private static void update(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /**
     * Commodities with at least three countries the ILAB list names them for (so a raw material's one to
     * three origins differ), and all countries, each numbered for picking by position.
     */
    private static final String CHOICES = """
            CREATE TEMP TABLE bench_commodity AS
            SELECT (row_number() OVER (ORDER BY g.commodity_code) - 1)::int AS n, g.commodity_code AS code,
                   min(c.name_nl) AS name, array_agg(DISTINCT v.iso3) AS countries
              FROM evidence_value v
              JOIN evidence_edition e ON e.data_set = v.data_set AND e.edition = v.edition AND e.active
              JOIN commodity_ilab_good g ON g.ilab_good = v.subject
              JOIN commodity c ON c.code = g.commodity_code
              JOIN country k ON k.iso3 = v.iso3
             GROUP BY g.commodity_code
            HAVING count(DISTINCT v.iso3) >= 3;
            CREATE TEMP TABLE bench_countries AS SELECT array_agg(iso3 ORDER BY iso3) AS anywhere FROM country;
            """;

    /**
     * Link k of a company: six links make three raw materials of one, two and three origins, so a company
     * has exactly its number of links. Raw material m belongs to product m / 4.
     */
    private static final String LINK_POSITIONS = """
            CREATE TEMP TABLE bench_link AS
            SELECT c, org, (k / 6) * 3 + CASE WHEN k % 6 = 0 THEN 0 WHEN k % 6 < 3 THEN 1 ELSE 2 END AS m,
                   (CASE k % 6 WHEN 0 THEN 0 WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 3 THEN 0 WHEN 4 THEN 1 ELSE 2 END) AS o
              FROM bench_company, generate_series(0, links - 1) AS k;
            CREATE TEMP TABLE bench_material AS
            SELECT l.c, l.org, l.m, md5('m:' || l.c || ':' || l.m)::uuid AS id,
                   md5('p:' || l.c || ':' || (l.m / 4))::uuid AS product_id,
                   (l.m % 89 = 7) AS unclassified, b.code, b.name, b.countries
              FROM bench_link l
              JOIN bench_commodity b
                ON b.n = (l.c * 13 + (l.m / 4) * 7 + l.m % 4) % (SELECT count(*) FROM bench_commodity)
             WHERE l.o = 0;
            """;

    private static final String PRODUCTS = """
            INSERT INTO product (id, organisation_id, name, article_code)
            SELECT DISTINCT product_id, org, 'Product ' || lpad((m / 4 + 1)::text, 5, '0'), 'ART-' || (m / 4 + 1)
              FROM bench_material;
            """;

    private static final String RAW_MATERIALS = """
            INSERT INTO raw_material (id, organisation_id, product_id, name, commodity_code, share_percent,
                                      volume_kg_per_year, spend_eur)
            SELECT id, org, product_id, CASE WHEN unclassified THEN 'Eigen mengsel' ELSE name END,
                   CASE WHEN unclassified THEN NULL ELSE code END, 5 + (m % 4) * 10, 1000 + (m * 37) % 50000,
                   500 + (m * 53) % 90000
              FROM bench_material;
            """;

    /** One origin in 97 raw materials is unknown; every fifth raw material, and an unclassified one, from anywhere. */
    private static final String ORIGINS = """
            INSERT INTO material_origin (id, organisation_id, raw_material_id, country_iso3)
            SELECT md5('o:' || l.c || ':' || l.m || ':' || l.o)::uuid, l.org, m.id,
                   CASE WHEN l.m % 97 = 5 AND l.o = 0 THEN NULL
                        WHEN l.m % 5 = 4 OR m.unclassified
                            THEN anywhere[1 + (l.c + l.m * 3 + l.o) % cardinality(anywhere)]
                        ELSE m.countries[1 + (l.c + l.m + l.o) % cardinality(m.countries)] END
              FROM bench_link l
              JOIN bench_material m ON m.c = l.c AND m.m = l.m
             CROSS JOIN bench_countries;
            """;

    /** Five suppliers per company, certified or audited some of them, on every third origin. */
    private static final String SUPPLIERS = """
            INSERT INTO supplier (id, organisation_id, name, kind, country_iso3, certifications, audit_date,
                                  audit_result)
            SELECT md5('s:' || c || ':' || s)::uuid, org, 'Leverancier ' || s,
                   (ARRAY['trader', 'processor', 'exporter', 'cooperative', 'plantation'])[s + 1],
                   anywhere[1 + (c * 7 + s) % cardinality(anywhere)],
                   CASE s WHEN 0 THEN ARRAY['rspo'] WHEN 1 THEN ARRAY['fairtrade', 'organic'] ELSE '{}' END,
                   CASE WHEN s = 4 AND c % 10 = 0 THEN date '2026-03-01' END,
                   CASE WHEN s = 4 AND c % 10 = 0 THEN 'failed' END
              FROM bench_company CROSS JOIN bench_countries, generate_series(0, 4) AS s;
            INSERT INTO origin_supplier (id, organisation_id, material_origin_id, supplier_id, tier)
            SELECT md5('l:' || c || ':' || m || ':' || o)::uuid, org, md5('o:' || c || ':' || m || ':' || o)::uuid,
                   md5('s:' || c || ':' || (m % 5))::uuid, 1
              FROM bench_link
             WHERE (m + o) % 3 = 0;
            """;
}
