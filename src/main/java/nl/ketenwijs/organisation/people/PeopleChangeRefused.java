package nl.ketenwijs.organisation.people;

/** A change that would lock the organisation out, that an admin tried on their own account, or that is moot. */
public class PeopleChangeRefused extends RuntimeException {

    public enum Reason {
        OWN_ACCOUNT("people.refused.ownAccount"),
        LAST_ADMIN("people.refused.lastAdmin"),
        /** A page opened before someone else's reset, or before the person turned it off. */
        NO_SECOND_FACTOR("people.secondFactor.none");

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
