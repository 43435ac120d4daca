package nl.ketenwijs.grievance.handling;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The handlers' queue, newest first, a page at a time. The index on (status, received_at, id) serves a
 * stage's page directly; the default view of every open case reads the same index per stage.
 */
@Service
public class CaseQueue {

    public static final int PAGE_SIZE = 50;

    /** One page and whether another follows. */
    public record Page(List<QueueRow> rows, int number, boolean hasNext) {}

    private final ComplaintsScope scope;
    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    CaseQueue(ComplaintsScope scope, JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * @param status one stage, or null for every stage but closed
     * @param assignedTo only the cases of this handler, or null for everyone's
     * @param page from 0
     */
    public Page page(CaseStatus status, UUID assignedTo, int page) {
        int number = Math.max(0, page);
        String[] statuses = status == null
                ? Arrays.stream(CaseStatus.values())
                        .filter(s -> s != CaseStatus.CLOSED)
                        .map(Enum::name)
                        .toArray(String[]::new)
                : new String[] {status.name()};
        Map<UUID, String> names = staff.withRole(Role.COMPLAINT_HANDLER).stream()
                .collect(Collectors.toMap(StaffDirectory.StaffMember::id, StaffDirectory.StaffMember::displayName));
        Instant now = clock.instant();
        List<QueueRow> rows =
                scope.read(() -> jdbc.sql("""
                        SELECT id, locator, status, received_at, language, country, themes, assigned_to,
                               acknowledge_by, acknowledged_at, feedback_by, feedback_given_at,
                               assigned_to IS NOT NULL AND %s AS conflicted
                          FROM grievance_case c
                         WHERE status = ANY(:statuses)
                           AND (CAST(:assigned AS uuid) IS NULL OR assigned_to = :assigned)
                         ORDER BY received_at DESC, id DESC
                         LIMIT :limit OFFSET :offset
                        """.formatted(Conflicts.CONFLICT.formatted("c.id", "c.assigned_to")))
                        .param("statuses", statuses)
                        .param("assigned", assignedTo)
                        .param("limit", PAGE_SIZE + 1)
                        .param("offset", number * PAGE_SIZE)
                        .query((rs, n) -> row(rs, names, now))
                        .list());
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, number, hasNext);
    }

    private static QueueRow row(ResultSet rs, Map<UUID, String> names, Instant now) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
        UUID assigned = rs.getObject("assigned_to", UUID.class);
        return new QueueRow(
                rs.getObject("id", UUID.class),
                rs.getString("locator"),
                status,
                instant(rs, "received_at"),
                rs.getString("language"),
                rs.getString("country"),
                themes(rs.getArray("themes")),
                assigned == null ? null : names.getOrDefault(assigned, "?"),
                rs.getBoolean("conflicted"),
                Deadline.next(
                        status == CaseStatus.CLOSED,
                        instant(rs, "acknowledge_by"),
                        instant(rs, "acknowledged_at"),
                        instant(rs, "feedback_by"),
                        instant(rs, "feedback_given_at"),
                        now));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static List<String> themes(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
