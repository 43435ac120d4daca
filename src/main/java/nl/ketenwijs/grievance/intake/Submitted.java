package nl.ketenwijs.grievance.intake;

import nl.ketenwijs.grievance.receipt.Receipt;

/** What a posted complaint form led to, after the database committed. */
public sealed interface Submitted {

    /** The case exists; this is its receipt (also for a retry of the same form within a short while). */
    record Received(Receipt receipt) implements Submitted {}

    /** The same form came in earlier and its receipt can no longer be shown: the case exists all the same. */
    record ReceivedEarlier() implements Submitted {}
}
