package nl.ketenwijs.grievance.handling;

import java.util.UUID;
import nl.ketenwijs.grievance.PortalIntegrationTest;

/** Cases filed through the portal, for the handlers' side to work on. */
abstract class HandlingIntegrationTest extends PortalIntegrationTest {

    /** A new anonymous case filed through the portal form; its id. */
    protected UUID newCase(String whatHappened) throws Exception {
        String page = mvc.perform(complaint(UUID.randomUUID(), whatHappened))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return caseIdOf(receiptOn(page));
    }

    protected String statusOf(UUID caseId) {
        return complaints
                .sql("SELECT status FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .single();
    }

    protected String locatorOf(UUID caseId) {
        return complaints
                .sql("SELECT locator FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .single();
    }

    /** Mails in the outbox to recipients like this pattern that link to the case, with a subject like this one. */
    protected int mailsAbout(UUID caseId, String recipient, String subject) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient LIKE ? AND body LIKE ? AND subject LIKE ?")
                .params(recipient, "%/complaints/" + caseId + "%", subject)
                .query(Integer.class)
                .single();
    }
}
