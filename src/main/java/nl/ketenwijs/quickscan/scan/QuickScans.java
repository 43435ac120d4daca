package nl.ketenwijs.quickscan.scan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.supplychain.ChainEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A company's quick scans, kept between steps. Every method names the company, and row-level security
 * checks it again: another company's scan behaves like an unknown one.
 */
@Service
public class QuickScans {

    private static final String SELECT = """
            SELECT id, status, answers::text, steps::text, saved_to_chain, created_by, created_at, updated_at
              FROM quick_scan WHERE organisation_id = ?
            """;
    private static final TypeReference<List<ChosenStep>> STEPS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ChainEntries chain;

    QuickScans(JdbcClient jdbc, JsonMapper json, ChainEntries chain) {
        this.jdbc = jdbc;
        this.json = json;
        this.chain = chain;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<QuickScan> all(UUID organisation) {
        return jdbc.sql(SELECT + " ORDER BY created_at DESC, id")
                .param(organisation)
                .query(this::scan)
                .list();
    }

    @Transactional(readOnly = true)
    public QuickScan scan(UUID organisation, UUID id) {
        return jdbc.sql(SELECT + " AND id = ?")
                .params(organisation, id)
                .query(this::scan)
                .optional()
                .orElseThrow(QuickScanNotFound::new);
    }

    @Transactional
    public UUID start(UUID organisation, String createdBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO quick_scan (id, organisation_id, created_by) VALUES (?, ?, ?)")
                .params(id, organisation, createdBy)
                .update();
        return id;
    }

    /** Changed products or raw materials wait for the origins step to be confirmed before the chain has them. */
    @Transactional
    public void answer(UUID organisation, UUID id, Answers answers) {
        found(jdbc.sql("""
                        UPDATE quick_scan SET answers = ?::jsonb, saved_to_chain = NULL, updated_at = now()
                         WHERE organisation_id = ? AND id = ?
                        """)
                .params(json.writeValueAsString(answers), organisation, id)
                .update());
    }

    /**
     * The origins confirmed: the answers go into the company's chain in the same transaction, merged by
     * name, so saving a scan again, or a second scan of the same products, adds nothing twice.
     */
    @Transactional
    public void confirm(UUID organisation, UUID id, Answers answers) {
        found(jdbc.sql("""
                        UPDATE quick_scan SET answers = ?::jsonb, saved_to_chain = now(), updated_at = now()
                         WHERE organisation_id = ? AND id = ?
                        """)
                .params(json.writeValueAsString(answers), organisation, id)
                .update());
        chain.add(
                organisation,
                answers.products().stream()
                        .map(product -> new ChainEntries.ProductEntry(
                                product.name(),
                                product.materials().stream()
                                        .map(m -> new ChainEntries.MaterialEntry(
                                                m.name(), m.commodityCode(), m.countries()))
                                        .toList()))
                        .toList());
    }

    @Transactional
    public void choose(UUID organisation, UUID id, List<ChosenStep> steps) {
        found(jdbc.sql("""
                        UPDATE quick_scan SET steps = ?::jsonb, status = 'done', updated_at = now()
                         WHERE organisation_id = ? AND id = ?
                        """)
                .params(json.writeValueAsString(steps), organisation, id)
                .update());
    }

    /**
     * A finished scan whose answers the chain already holds, such as the demo's: the chain is not written
     * again, so a chain loaded alongside it stays exactly as loaded.
     */
    @Transactional
    public UUID recordFinished(UUID organisation, String createdBy, Answers answers, List<ChosenStep> steps) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO quick_scan (id, organisation_id, status, answers, steps, saved_to_chain, created_by)
                        VALUES (?, ?, 'done', ?::jsonb, ?::jsonb, now(), ?)
                        """)
                .params(id, organisation, json.writeValueAsString(answers), json.writeValueAsString(steps), createdBy)
                .update();
        return id;
    }

    private static void found(int updated) {
        if (updated == 0) {
            throw new QuickScanNotFound();
        }
    }

    private QuickScan scan(ResultSet rs, int row) throws SQLException {
        return new QuickScan(
                rs.getObject("id", UUID.class),
                "done".equals(rs.getString("status")),
                json.readValue(rs.getString("answers"), Answers.class),
                json.readValue(rs.getString("steps"), STEPS),
                rs.getObject("saved_to_chain", OffsetDateTime.class),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
