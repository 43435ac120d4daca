package nl.ketenwijs.organisation;

/**
 * Where this module hands over a mail. The notification module implements it by writing to its outbox in
 * the caller's transaction, so a mail exists exactly when the change that caused it was committed. A port
 * rather than an event: an event payload would be stored in the event publication table, and an invitation
 * link is a secret.
 */
public interface OutgoingMail {

    /** Queues the mail in the current transaction; there must be one. */
    void queue(AccountMail mail);

    /** Queues a written notice in the current transaction; there must be one. */
    void queue(NoticeMail mail);
}
