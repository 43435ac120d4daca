package nl.ketenwijs.grievance.cases;

/** How the handler reaches the person: not at all (only through the receipt), by phone, e-mail or a partner. */
public enum ContactChannel {
    ANONYMOUS,
    PHONE,
    EMAIL,
    PARTNER
}
