package nl.ketenwijs.organisation.people;

/** A change that would lock the organisation out, or that an admin tried on their own account. */
public class PeopleChangeRefused extends RuntimeException {

    public enum Reason {
        OWN_ACCOUNT("people.refused.ownAccount"),
        LAST_ADMIN("people.refused.lastAdmin");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public PeopleChangeRefused(Reason reason) {
        super("Refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
