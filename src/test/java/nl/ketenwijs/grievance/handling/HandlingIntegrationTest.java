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
        return caseOf(receiptOn(page));
    }

    protected UUID caseOf(String receipt) {
        return complaints
                .sql("SELECT id FROM grievance_case WHERE locator = ?")
                .param(receipt.substring(0, 7))
                .query(UUID.class)
                .single();
    }

    protected String statusOf(UUID caseId) {
        return complaints
                .sql("SELECT status FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .single();
    }
}
