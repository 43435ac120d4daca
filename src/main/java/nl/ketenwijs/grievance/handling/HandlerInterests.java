package nl.ketenwijs.grievance.handling;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.organisation.OrganisationNames;
import nl.ketenwijs.organisation.OrganisationRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The organisations a handler declared to be linked to, which keep them off cases about those organisations. */
@Service
public class HandlerInterests {

    private final ComplaintsScope scope;
    private final JdbcClient jdbc;
    private final OrganisationNames organisations;
    private final Clock clock;

    HandlerInterests(ComplaintsScope scope, JdbcClient jdbc, OrganisationNames organisations, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The handler's declared organisations, by name. */
    public Map<UUID, String> of(UUID handler) {
        List<UUID> ids =
                scope.read(() -> jdbc.sql("SELECT organisation_id FROM grievance_handler_interest WHERE user_id = ?")
                        .param(handler)
                        .query(UUID.class)
                        .list());
        return organisations.of(ids);
    }

    /** A member company the handler is linked to; declaring it twice changes nothing. */
    public void declare(UUID handler, UUID company, UUID declaredBy) {
        boolean known =
                organisations.companies().stream().map(OrganisationRef::id).anyMatch(company::equals);
        if (!known) {
            throw new NotAMemberCompany();
        }
        scope.write(() -> jdbc.sql("""
                        INSERT INTO grievance_handler_interest (user_id, organisation_id, declared_by, declared_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
                        """)
                .params(handler, company, declaredBy, clock.instant().atOffset(ZoneOffset.UTC))
                .update());
    }

    public void withdraw(UUID handler, UUID company) {
        scope.write(() -> jdbc.sql("DELETE FROM grievance_handler_interest WHERE user_id = ? AND organisation_id = ?")
                .params(handler, company)
                .update());
    }
}
