package nl.ketenwijs.actions.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The effectiveness reviews of a company's plans; each review is a new row, so the history stays. */
@Service
public class Reviews {

    private static final TypeReference<List<Review.Snapshot>> SNAPSHOTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Measures measures;

    Reviews(JdbcClient jdbc, JsonMapper json, Measures measures) {
        this.jdbc = jdbc;
        this.json = json;
        this.measures = measures;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Review> of(UUID organisation, UUID plan) {
        return jdbc.sql("""
                        SELECT id, review_date, verdict, learned, changes, indicators::text, reviewed_by
                          FROM plan_review WHERE organisation_id = ? AND plan_id = ?
                         ORDER BY review_date DESC, created_at DESC
                        """)
                .params(organisation, plan)
                .query((rs, n) -> new Review(
                        rs.getObject("id", UUID.class),
                        rs.getObject("review_date", LocalDate.class),
                        Review.Verdict.valueOf(rs.getString("verdict")),
                        rs.getString("learned"),
                        rs.getString("changes"),
                        json.readValue(rs.getString("indicators"), SNAPSHOTS),
                        rs.getString("reviewed_by")))
                .list();
    }

    /** Records a review with the plan's indicators as they stand now. */
    @Transactional
    public UUID add(
            UUID organisation, UUID plan, String date, String verdict, String learned, String changes, String by) {
        measures.requirePlan(organisation, plan);
        FieldProblems problems = new FieldProblems();
        LocalDate day = InputText.date(date, true, "reviewDate", problems);
        Review.Verdict moved = InputText.choice(verdict, Review.Verdict.class, "verdict", problems);
        String whatLearned = InputText.required(learned, 4000, "learned", problems);
        String whatChanges = InputText.required(changes, 4000, "changes", problems);
        problems.throwIfAny();
        List<Review.Snapshot> snapshots = measures.ofPlan(organisation, plan).stream()
                .filter(m -> m.indicator().isDefined())
                .map(m -> new Review.Snapshot(
                        m.title(),
                        m.indicator().name(),
                        m.indicator().unit(),
                        m.indicator().baseline(),
                        m.indicator().current(),
                        m.indicator().target()))
                .toList();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO plan_review (id, organisation_id, plan_id, review_date, verdict, learned, changes,
                                                 indicators, reviewed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                        """)
                .params(
                        id,
                        organisation,
                        plan,
                        day,
                        moved.name(),
                        whatLearned,
                        whatChanges,
                        json.writeValueAsString(snapshots),
                        by)
                .update();
        return id;
    }
}
