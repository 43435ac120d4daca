package nl.ketenwijs.grievance.handling;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.organisation.NoticeMail;
import nl.ketenwijs.organisation.OutgoingMail;
import nl.ketenwijs.organisation.StaffDirectory.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails to complaint handlers, queued in the caller's transaction. A mail says only that there is something
 * to do and links to the case page behind the login: never the locator, the receipt or a word of the
 * complaint, since a mailbox is far less guarded than the case.
 */
@Component
class HandlerMail {

    private final OutgoingMail outbox;
    private final MessageSource messages;
    private final String publicUrl;

    HandlerMail(
            OutgoingMail outbox,
            MessageSource messages,
            @Value("${ketenwijs.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /**
     * @param kind the last part of the message keys {@code complaints.mail.<kind>.subject} and {@code .body},
     *     whose arguments are the recipient's name, the link and the extra arguments
     */
    void queue(List<StaffMember> recipients, String kind, UUID caseId, Object... extra) {
        for (StaffMember handler : recipients) {
            Object[] arguments = new Object[2 + extra.length];
            arguments[0] = handler.displayName();
            arguments[1] = publicUrl + "/complaints/" + caseId;
            System.arraycopy(extra, 0, arguments, 2, extra.length);
            var locale = handler.language().locale();
            outbox.queue(new NoticeMail(
                    handler.email(),
                    handler.language().code(),
                    messages.getMessage("complaints.mail." + kind + ".subject", arguments, locale),
                    messages.getMessage("complaints.mail." + kind + ".body", arguments, locale)));
        }
    }

    /** The assigned handler, or every handler while nobody is. */
    static List<StaffMember> recipients(List<StaffMember> handlers, UUID assigned) {
        List<StaffMember> theOne =
                handlers.stream().filter(h -> h.id().equals(assigned)).toList();
        return theOne.isEmpty() ? handlers : theOne;
    }
}
