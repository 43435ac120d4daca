package nl.ketenwijs.grievance.statistics;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The yearly UNGP-31 review: per year and criterion a status and the secretariat's assessment. */
@Component
class EffectivenessReviews {

    static final int LONGEST_ASSESSMENT = 5000;

    private final ComplaintsScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    EffectivenessReviews(ComplaintsScope scope, JdbcClient jdbc, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Entry(ReviewStatus status, String assessment) {

        static final Entry BLANK = new Entry(ReviewStatus.NOT_ASSESSED, "");
    }

    /** Every criterion, those not yet reviewed this year as not assessed. */
    Map<Criterion, Entry> of(int year) {
        Map<Criterion, Entry> entries = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            entries.put(criterion, Entry.BLANK);
        }
        scope.read(() -> jdbc.sql(
                        "SELECT criterion, status, assessment FROM grievance_effectiveness_review WHERE year = ?")
                .param(year)
                .query((rs, n) -> entries.put(
                        Criterion.valueOf(rs.getString("criterion")),
                        new Entry(ReviewStatus.valueOf(rs.getString("status")), rs.getString("assessment"))))
                .list());
        return entries;
    }

    void save(int year, Map<Criterion, Entry> entries, UUID by) {
        scope.write(() -> {
            entries.forEach((criterion, entry) -> jdbc.sql("""
                            INSERT INTO grievance_effectiveness_review (year, criterion, status, assessment, updated_by, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (year, criterion) DO UPDATE SET status = excluded.status,
                                   assessment = excluded.assessment, updated_by = excluded.updated_by,
                                   updated_at = excluded.updated_at
                            """)
                    .params(
                            year,
                            criterion.name(),
                            entry.status().name(),
                            entry.assessment(),
                            by,
                            clock.instant().atOffset(ZoneOffset.UTC))
                    .update());
            return null;
        });
    }
}
