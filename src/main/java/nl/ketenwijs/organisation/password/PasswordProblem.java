package nl.ketenwijs.organisation.password;

/** Why a password was refused; each has a message that names the password field. */
public enum PasswordProblem {
    TOO_SHORT("password.tooShort"),
    TOO_LONG("password.tooLong"),
    COMMON("password.common"),
    SAME_AS_EMAIL("password.sameAsEmail");

    private final String messageKey;

    PasswordProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
