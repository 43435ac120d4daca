package nl.ketenwijs.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AuditLogIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void chainOfRecordedEventsVerifiesAsIntact() {
        UUID actor = UUID.randomUUID();
        audit.record(
                actor,
                UUID.randomUUID(),
                "ORGANISATION_CREATED",
                UUID.randomUUID().toString());
        audit.record(actor, null, "USER_INVITED", null);

        AuditVerification verdict = audit.verify();

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.rowsChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theApplicationRoleMayNotChangeRows() {
        audit.record(UUID.randomUUID(), null, "SOMETHING", null);
        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE audit_event SET action = 'OTHER'").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void evenTheOwnerHitsTheAppendOnlyTrigger() {
        audit.record(UUID.randomUUID(), null, "SOMETHING", null);
        assertThatThrownBy(() -> owner().sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void verifierFindsTheEditedRow() throws SQLException {
        audit.record(UUID.randomUUID(), null, "FIRST", null);
        audit.record(UUID.randomUUID(), null, "SECOND", null);
        audit.record(UUID.randomUUID(), null, "THIRD", null);
        long edited = jdbc.sql("SELECT seq FROM audit_event WHERE action = 'SECOND' ORDER BY seq DESC LIMIT 1")
                .query(Long.class)
                .single();

        // Someone who owns the table gets past the trigger; the edit is undone so the chain is whole again.
        tamper(edited, "NOTHING TO SEE");
        try {
            AuditVerification verdict = audit.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.firstBrokenSeq()).isEqualTo(edited);
        } finally {
            tamper(edited, "SECOND");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private void tamper(long seq, String action) throws SQLException {
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE audit_event SET action = ? WHERE seq = ?");
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            update.setString(1, action);
            update.setLong(2, seq);
            update.executeUpdate();
            statement.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
            connection.commit();
        }
    }

    private JdbcClient owner() {
        return JdbcClient.create(flyway.getConfiguration().getDataSource());
    }
}
