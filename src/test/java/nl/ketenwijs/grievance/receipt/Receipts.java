package nl.ketenwijs.grievance.receipt;

/** Receipts for tests: well-formed ones that open nothing. */
public final class Receipts {

    private Receipts() {}

    /** Nineteen digits with their check digit: a receipt the parser accepts, right or not. */
    public static String wellFormed(String nineteenDigits) {
        return nineteenDigits + Damm.checkDigit(nineteenDigits);
    }
}
