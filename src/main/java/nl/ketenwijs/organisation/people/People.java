package nl.ketenwijs.organisation.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people and open invitations of one organisation. Every query names the organisation itself: the
 * secretariat admin's transactions see all rows, so row-level security alone would not narrow them.
 */
@Service
public class People {

    private final JdbcClient jdbc;
    private final Clock clock;

    People(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Person> of(UUID organisationId) {
        return jdbc.sql("SELECT " + Person.COLUMNS
                        + " FROM app_user WHERE organisation_id = ? ORDER BY lower(display_name), lower(username)")
                .param(organisationId)
                .query(Person.class)
                .list();
    }

    @Transactional(readOnly = true)
    public List<PendingInvitation> invitedTo(UUID organisationId) {
        return jdbc.sql("""
                        SELECT email, display_name, role, expires_at FROM invitation
                         WHERE organisation_id = ? AND accepted_at IS NULL AND withdrawn_at IS NULL
                           AND expires_at > ?
                         ORDER BY created_at
                        """)
                .params(organisationId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(PendingInvitation.class)
                .list();
    }
}
