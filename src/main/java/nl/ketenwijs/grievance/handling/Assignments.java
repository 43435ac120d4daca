package nl.ketenwijs.grievance.handling;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.StaffDirectory;
import nl.ketenwijs.organisation.StaffDirectory.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who handles a case. A handler linked to a company the case concerns (a declared interest) is impartial no
 * longer: never offered, and refused when a forged form names them anyway.
 */
@Service
public class Assignments {

    private final ComplaintsScope scope;
    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    Assignments(ComplaintsScope scope, JdbcClient jdbc, StaffDirectory staff) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /** The handlers who may take the case: every complaint handler without an interest in its companies. */
    public List<StaffMember> eligible(UUID caseId) {
        List<StaffMember> handlers = staff.withRole(Role.COMPLAINT_HANDLER);
        Set<UUID> conflicted = scope.read(() -> conflicted(caseId));
        return handlers.stream().filter(h -> !conflicted.contains(h.id())).toList();
    }

    /**
     * @throws AssignmentRefused when the person is no handler or has a conflict of interest
     * @throws CaseNotFound when there is no such case
     */
    public void assign(UUID caseId, UUID handler) {
        boolean isHandler = staff.withRole(Role.COMPLAINT_HANDLER).stream().anyMatch(h -> h.id().equals(handler));
        scope.write(() -> {
            // The row lock makes a concurrent link of a company wait, or be seen, before the check.
            int found = jdbc.sql("SELECT count(*) FROM (SELECT id FROM grievance_case WHERE id = ? FOR UPDATE) c")
                    .param(caseId)
                    .query(Integer.class)
                    .single();
            if (found == 0) {
                throw new CaseNotFound();
            }
            if (!isHandler || Conflicts.between(jdbc, caseId, handler)) {
                throw new AssignmentRefused();
            }
            jdbc.sql("UPDATE grievance_case SET assigned_to = ? WHERE id = ?")
                    .params(handler, caseId)
                    .update();
            return null;
        });
    }

    private Set<UUID> conflicted(UUID caseId) {
        return jdbc.sql("""
                        SELECT DISTINCT i.user_id FROM grievance_handler_interest i
                          JOIN grievance_case_company cc ON cc.organisation_id = i.organisation_id
                         WHERE cc.case_id = ?
                        """).param(caseId).query(UUID.class).list().stream().collect(Collectors.toSet());
    }
}
