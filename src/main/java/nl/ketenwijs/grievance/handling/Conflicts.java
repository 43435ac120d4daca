package nl.ketenwijs.grievance.handling;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whether a handler declared an interest in one of the companies a case concerns. */
final class Conflicts {

    static final String CONFLICT = """
            EXISTS (SELECT 1 FROM grievance_handler_interest i
                      JOIN grievance_case_company cc ON cc.organisation_id = i.organisation_id
                     WHERE cc.case_id = %s AND i.user_id = %s)
            """;

    private Conflicts() {}

    /** In a transaction of the complaints scope. */
    static boolean between(JdbcClient jdbc, UUID caseId, UUID handler) {
        return jdbc.sql("SELECT " + CONFLICT.formatted("?", "?"))
                .params(caseId, handler)
                .query(Boolean.class)
                .single();
    }
}
