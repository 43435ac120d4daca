package nl.ketenwijs.grievance.receipt;

/**
 * The Damm check digit: it catches every single wrong digit and every swap of two neighbouring digits, the
 * usual slips when a code is read aloud or copied from paper (Luhn misses 09/90).
 */
final class Damm {

    private static final int[][] TABLE = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
    };

    private Damm() {}

    /** The digit to append to these ASCII digits. */
    static char checkDigit(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = TABLE[interim][digits.charAt(i) - '0'];
        }
        return (char) ('0' + interim);
    }

    /** Whether these ASCII digits end in their right check digit. */
    static boolean valid(String digitsWithCheck) {
        return checkDigit(digitsWithCheck) == '0';
    }
}
