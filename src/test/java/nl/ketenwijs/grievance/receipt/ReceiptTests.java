package nl.ketenwijs.grievance.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptTests {

    @Test
    void aReceiptIsTwentyDigitsInFiveGroupsEndingInItsDammDigit() {
        Receipt receipt = Receipt.withNewSecret(Receipt.newLocator());
        assertThat(receipt.digits()).matches("[0-9]{20}").startsWith(receipt.locator() + receipt.secret());
        assertThat(receipt.grouped()).matches("[0-9]{4}( [0-9]{4}){4}");
        assertThat(Damm.valid(receipt.digits())).isTrue();
    }

    @Test
    void theDammDigitOfTheTextbookExample() {
        assertThat(Damm.checkDigit("572")).isEqualTo('4');
        assertThat(Damm.valid("5724")).isTrue();
    }

    @Test
    void aTypedReceiptMayHaveSpacesDashesAndArabicIndicDigits() {
        Receipt receipt = Receipt.withNewSecret("1234567");
        assertThat(Receipt.parse(receipt.grouped())).contains(receipt);
        assertThat(Receipt.parse(receipt.grouped().replace(' ', '-'))).contains(receipt);
        String arabicIndic = receipt.digits()
                .chars()
                .map(c -> '\u0660' + (c - '0'))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        assertThat(Receipt.parse(arabicIndic)).contains(receipt);
    }

    @Test
    void everySingleWrongDigitAndEveryNeighbourSwapIsCaught() {
        String digits = Receipt.withNewSecret(Receipt.newLocator()).digits();
        for (int i = 0; i < digits.length(); i++) {
            for (char other = '0'; other <= '9'; other++) {
                if (other != digits.charAt(i)) {
                    String typo = digits.substring(0, i) + other + digits.substring(i + 1);
                    assertThat(Receipt.parse(typo)).as(typo).isEmpty();
                }
            }
            if (i + 1 < digits.length() && digits.charAt(i) != digits.charAt(i + 1)) {
                String swapped =
                        digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                assertThat(Receipt.parse(swapped)).as(swapped).isEmpty();
            }
        }
    }

    @Test
    void malformedInputIsNoReceipt() {
        assertThat(Receipt.parse(null)).isEmpty();
        assertThat(Receipt.parse("")).isEmpty();
        assertThat(Receipt.parse("1234 5678")).isEmpty();
        assertThat(Receipt.parse("1234 5678 9012 3456 789x")).isEmpty();
        assertThat(Receipt.parse("1".repeat(500))).isEmpty();
    }

    @Test
    void itsTextNeverShowsTheSecret() {
        Receipt receipt = Receipt.withNewSecret("7654321");
        assertThat(receipt.toString()).contains("7654321").doesNotContain(receipt.secret());
    }
}
