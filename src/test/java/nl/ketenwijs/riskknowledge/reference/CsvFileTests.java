package nl.ketenwijs.riskknowledge.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFileTests {

    @Test
    void quotedFieldsKeepTheirCommasAndDoubledQuotes() {
        assertThat(CsvFile.fields("KOR,\"Korea, Republic of\",\"say \"\"hi\"\"\","))
                .containsExactly("KOR", "Korea, Republic of", "say \"hi\"", "");
    }

    @Test
    void readsTheShippedFilesWithOrWithoutAByteOrderMark() {
        assertThat(CsvFile.read("reference/hs/sections.csv").get(0)).containsEntry("section", "I");
        assertThat(CsvFile.read("reference/countries/countries_iso3166_en_nl.csv"))
                .hasSize(249)
                .anySatisfy(
                        row -> assertThat(row).containsEntry("alpha3", "CIV").containsEntry("name_nl", "Ivoorkust"));
    }
}
