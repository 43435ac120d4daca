package nl.ketenwijs.supplychain.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12,5|true|12.5",
                "12.5|true|12.5",
                "1.250|true|1250",
                "1.250,75|true|1250.75",
                "1.250.000|true|1250000",
                "1,250|true|1.250",
                "1,250|false|1250",
                "1.250|false|1.250",
                "1,250.75|false|1250.75",
                "1 250,5|true|1250.5",
                "0|true|0",
                " 40 |true|40"
            })
    void readsWhatPeopleType(String text, boolean decimalComma, String expected) {
        assertThat(DecimalText.parse(text, decimalComma)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"abc|true", "-5|true", "1.2.3|false", "12,5,6|true", "1e5|true", "''|true", "1.25,0.5|true"})
    void refusesWhatIsNotANonNegativeNumber(String text, boolean decimalComma) {
        assertThat(DecimalText.parse(text, decimalComma)).isEmpty();
    }
}
