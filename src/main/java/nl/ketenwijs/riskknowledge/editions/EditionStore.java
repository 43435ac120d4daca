package nl.ketenwijs.riskknowledge.editions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ketenwijs.riskknowledge.DatasetEditionPublished;
import nl.ketenwijs.riskknowledge.KnowledgeRevision;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import nl.ketenwijs.riskknowledge.reference.EvidenceValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The editions of the evidence data sets: listed, stored as candidates, switched on, deleted. */
@Repository
public class EditionStore {

    private final JdbcClient jdbc;
    private final KnowledgeRevision revision;

    EditionStore(JdbcClient jdbc, KnowledgeRevision revision) {
        this.jdbc = jdbc;
        this.revision = revision;
    }

    /** Newest first. */
    public List<EditionSummary> editions(EvidenceSet set) {
        return jdbc.sql("""
                        SELECT e.edition, e.loaded_at, e.loaded_by, e.active,
                               (SELECT count(DISTINCT (v.iso3, v.subject)) FROM evidence_value v
                                 WHERE v.data_set = e.data_set AND v.edition = e.edition) AS row_count,
                               (SELECT count(DISTINCT v.iso3) FROM evidence_value v
                                 WHERE v.data_set = e.data_set AND v.edition = e.edition) AS countries
                          FROM evidence_edition e
                         WHERE e.data_set = ?
                         ORDER BY e.loaded_at DESC, e.edition DESC
                        """).param(set.code()).query(EditionSummary.class).list();
    }

    public Optional<EditionSummary> edition(EvidenceSet set, String edition) {
        return editions(set).stream().filter(e -> e.edition().equals(edition)).findFirst();
    }

    public Optional<EditionSummary> active(EvidenceSet set) {
        return editions(set).stream().filter(EditionSummary::active).findFirst();
    }

    /** Newest first. */
    public List<EditionSwitch> history(EvidenceSet set) {
        return jdbc.sql("""
                        SELECT edition, previous_edition, switched_at, switched_by FROM evidence_edition_switch
                         WHERE data_set = ? ORDER BY switched_at DESC, id DESC
                        """).param(set.code()).query(EditionSwitch.class).list();
    }

    /** The stored rows of an edition: (iso3, subject) to field to value. */
    Map<List<String>, Map<String, String>> rows(EvidenceSet set, String edition) {
        Map<List<String>, Map<String, String>> rows = new HashMap<>();
        jdbc.sql("SELECT iso3, subject, field, value FROM evidence_value WHERE data_set = ? AND edition = ?")
                .params(set.code(), edition)
                .query((rs, n) -> rows.computeIfAbsent(
                                List.of(rs.getString("iso3"), rs.getString("subject")), k -> new HashMap<>())
                        .put(rs.getString("field"), rs.getString("value")))
                .list();
        return rows;
    }

    /** A new inactive edition with all its values, or nothing when the name is taken. */
    @Transactional
    public void storeCandidate(EvidenceSet set, String edition, List<EvidenceValues.Value> values, String loadedBy) {
        int created = jdbc.sql("""
                        INSERT INTO evidence_edition (data_set, edition, loaded_by) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING
                        """).params(set.code(), edition, loadedBy).update();
        if (created == 0) {
            throw new EditionRefused(EditionError.ofFile("editionExists", edition));
        }
        EvidenceValues.insert(jdbc, set.code(), edition, values);
    }

    /**
     * Makes an edition the one the rules read, in one transaction with its history row and the announcement
     * that makes other modules re-evaluate. The data set's editions stay locked until the commit, so two
     * switches at once cannot both see the same previous edition.
     *
     * @return false when the edition was active already (nothing changes, nothing is announced)
     */
    @Transactional
    public boolean switchTo(EvidenceSet set, String edition, String switchedBy) {
        Map<String, Boolean> editions = lock(set);
        if (!editions.containsKey(edition)) {
            throw new EditionNotFound();
        }
        if (editions.get(edition)) {
            return false;
        }
        String previous = editions.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        jdbc.sql("UPDATE evidence_edition SET active = false WHERE data_set = ? AND active")
                .param(set.code())
                .update();
        jdbc.sql("UPDATE evidence_edition SET active = true WHERE data_set = ? AND edition = ?")
                .params(set.code(), edition)
                .update();
        jdbc.sql("""
                        INSERT INTO evidence_edition_switch (data_set, edition, previous_edition, switched_by)
                        VALUES (?, ?, ?, ?)
                        """).params(set.code(), edition, previous, switchedBy).update();
        revision.announce(new DatasetEditionPublished(set.code(), edition, previous));
        return true;
    }

    /**
     * Removes an uploaded edition that is not active, with its values. The active one and the shipped one
     * stay: the rules read the first, the loader writes the second again at every start.
     *
     * @return false when the edition is active or shipped
     */
    @Transactional
    public boolean delete(EvidenceSet set, String edition) {
        Map<String, Boolean> editions = lock(set);
        if (!editions.containsKey(edition)) {
            throw new EditionNotFound();
        }
        return jdbc.sql("""
                                DELETE FROM evidence_edition
                                 WHERE data_set = ? AND edition = ? AND NOT active AND loaded_by IS NOT NULL
                                """).params(set.code(), edition).update() == 1;
    }

    /** Every edition of the data set with whether it is active, locked until the transaction ends. */
    private Map<String, Boolean> lock(EvidenceSet set) {
        Map<String, Boolean> editions = new HashMap<>();
        jdbc.sql("SELECT edition, active FROM evidence_edition WHERE data_set = ? FOR UPDATE")
                .param(set.code())
                .query((rs, n) -> editions.put(rs.getString("edition"), rs.getBoolean("active")))
                .list();
        return editions;
    }
}
