package nl.ketenwijs.organisation.invitation;

/** The address already has an account, or an open invitation, in some organisation. */
public class EmailTaken extends RuntimeException {

    public EmailTaken() {
        super("This e-mail address already has an account or an open invitation");
    }
}
