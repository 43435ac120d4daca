package nl.ketenwijs.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
class AuditLogIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

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
    void rowsCannotBeUpdatedOrDeleted() {
        audit.record(UUID.randomUUID(), null, "SOMETHING", null);
        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE audit_event SET action = 'OTHER'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");
    }

    @Test
    @Transactional
    void verifierFindsTheEditedRow() {
        audit.record(UUID.randomUUID(), null, "FIRST", null);
        audit.record(UUID.randomUUID(), null, "SECOND", null);
        audit.record(UUID.randomUUID(), null, "THIRD", null);
        long edited = jdbc.sql("SELECT seq FROM audit_event WHERE action = 'SECOND' ORDER BY seq DESC LIMIT 1")
                .query(Long.class)
                .single();

        // Someone who owns the table gets past the trigger; the rollback of this test restores it.
        jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
                .update();
        jdbc.sql("UPDATE audit_event SET action = 'NOTHING TO SEE' WHERE seq = ?")
                .param(edited)
                .update();

        AuditVerification verdict = audit.verify();
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(edited);
    }
}
