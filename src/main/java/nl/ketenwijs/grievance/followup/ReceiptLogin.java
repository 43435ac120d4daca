package nl.ketenwijs.grievance.followup;

import java.time.Duration;
import java.util.UUID;

/** What a typed receipt led to. Wrong and malformed receipts are one answer, so neither tells anything. */
public sealed interface ReceiptLogin {

    record Opened(UUID caseId) implements ReceiptLogin {}

    record NotRecognised() implements ReceiptLogin {}

    /** Too many failures lately: try again after the wait; the receipt was not even checked. */
    record Slowed(Duration retryAfter) implements ReceiptLogin {}
}
