package nl.ketenwijs.riskknowledge.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Match;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import nl.ketenwijs.riskknowledge.reference.EvidenceValues;
import nl.ketenwijs.spreadsheet.Sheet;
import org.junit.jupiter.api.Test;

class EditionValidationTests {

    private static final Country GHANA = new Country("GH", "GHA", "Ghana", "Ghana");
    private static final Country IVORY_COAST = new Country("CI", "CIV", "Côte d'Ivoire", "Ivoorkust");
    private static final Map<String, Country> NAMES =
            Map.of("GHA", GHANA, "Ghana", GHANA, "CIV", IVORY_COAST, "Ivoorkust", IVORY_COAST);

    private static final String GOODS_HEADER =
            "good,iso3,child_labor,forced_labor,forced_child_labor," + "derived_labor_exploitation\n";

    @Test
    void aValidEditionGivesItsNonEmptyValuesWithFlagsAndNumbersAsTheRulesReadThem() {
        List<EvidenceValues.Value> values = validate(
                EvidenceSet.ILAB_GOODS, GOODS_HEADER + "Cocoa,Ivoorkust,yes,No,NO,No\nGold,GHA,Yes,No,No,No\n");

        assertThat(values)
                .contains(
                        new EvidenceValues.Value("CIV", "Cocoa", "child_labor", "Yes"),
                        new EvidenceValues.Value("CIV", "Cocoa", "forced_child_labor", "No"),
                        new EvidenceValues.Value("GHA", "Gold", "child_labor", "Yes"))
                .hasSize(8);
    }

    @Test
    void semicolonFilesMayWriteDecimalCommasAndPlaceholdersStayAsWritten() {
        List<EvidenceValues.Value> values = validate(
                EvidenceSet.ILAB_FINDINGS,
                "iso3;advancement_level_2022;working_children_share;working_children_age_range\n"
                        + "GHA;Moderate Advancement;0,12;5-14\nCIV;;Unavailable;\n");

        assertThat(values)
                .contains(
                        new EvidenceValues.Value("GHA", "", "working_children_share", "0.12"),
                        new EvidenceValues.Value("CIV", "", "working_children_share", "Unavailable"))
                .hasSize(4);
    }

    @Test
    void everyWrongRowIsNamedWithItsRowColumnValueAndReason() {
        String file = GOODS_HEADER
                + "Cocoa,Atlantis,Yes,No,No,No\n" // 2: unknown country
                + ",GHA,Yes,No,No,No\n" // 3: missing good
                + "Cocoa,GHA,Ja,No,No,No\n" // 4: not a flag
                + "Gold,GHA,Yes,No,No,No\n" // 5
                + "Gold,Ghana,Yes,No,No,No\n" // 6: the same as row 5
                + "Cocoa,,Yes,No,No,No\n" // 7: missing country
                + "Cocoa,CIV,Yes,No,No,No,oops\n"; // 8: a value without a column

        assertThat(errors(EvidenceSet.ILAB_GOODS, file))
                .extracting(EditionError::row, EditionError::column, EditionError::value, EditionError::reason)
                .containsExactlyInAnyOrder(
                        tuple(2, "iso3", "Atlantis", "unknownCountry"),
                        tuple(3, "good", "", "missingSubject"),
                        tuple(4, "child_labor", "Ja", "notFlag"),
                        tuple(6, "iso3", "GHA / Gold", "duplicate"),
                        tuple(7, "iso3", "", "missingCountry"),
                        tuple(8, "", "oops", "noColumn"));
    }

    @Test
    void numbersMustBeNumbersWithinTheirScale() {
        String file = "iso3,cc_pctrank,rl_pctrank,va_pctrank\n"
                + "GHA,high,50,50\n" // 2: not a number
                + "CIV,50,101,1e2\n"; // 3: beyond 100, scientific notation

        assertThat(errors(EvidenceSet.WGI, file))
                .extracting(EditionError::row, EditionError::column, EditionError::reason, EditionError::arguments)
                .containsExactlyInAnyOrder(
                        tuple(
                                2,
                                "cc_pctrank",
                                "notNumberBetween",
                                List.of(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100))),
                        tuple(
                                3,
                                "rl_pctrank",
                                "notNumberBetween",
                                List.of(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100))),
                        tuple(
                                3,
                                "va_pctrank",
                                "notNumberBetween",
                                List.of(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100))));
    }

    @Test
    void unknownDuplicateAndMissingColumnsAreNamedInTheHeaderRow() {
        String file = "country,cc_pctrank,cc_pctrank,colour\nGhana,50,50,red\n";

        assertThat(errors(EvidenceSet.WGI, file))
                .extracting(EditionError::row, EditionError::column, EditionError::reason)
                .containsExactlyInAnyOrder(
                        tuple(1, "cc_pctrank", "duplicateColumn"),
                        tuple(1, "colour", "unknownColumn"),
                        tuple(1, "rl_pctrank", "missingColumn"),
                        tuple(1, "va_pctrank", "missingColumn"));
    }

    @Test
    void theColumnsOfTheShippedFileAreAllowedAndACountryMayBeNamed() {
        assertThat(EditionValidation.knownColumns(EvidenceSet.WGI)).contains("iso3", "countryname", "country");
        assertThat(validate(
                        EvidenceSet.TREE_COVER_LOSS,
                        "country,loss_ha_2019_2023_mean,loss_ha_2001_2023_total\n" + "Ghana,1000.5,20000\n"))
                .containsExactlyInAnyOrder(
                        new EvidenceValues.Value("GHA", "", "loss_ha_2019_2023_mean", "1000.5"),
                        new EvidenceValues.Value("GHA", "", "loss_ha_2001_2023_total", "20000"));
    }

    @Test
    void aFileWithOnlyAHeaderIsRefused() {
        assertThat(errors(EvidenceSet.WGI, "iso3,cc_pctrank,rl_pctrank,va_pctrank\n"))
                .extracting(EditionError::row, EditionError::reason)
                .containsExactly(tuple(0, "noRows"));
    }

    @Test
    void theListOfErrorsIsCappedButCountsThemAll() {
        StringBuilder file = new StringBuilder("iso3,cc_pctrank,rl_pctrank,va_pctrank\n");
        for (int i = 0; i < 150; i++) {
            file.append("Atlantis,1,1,1\n");
        }

        assertThatThrownBy(() -> validate(EvidenceSet.WGI, file.toString()))
                .isInstanceOfSatisfying(EditionRefused.class, refused -> {
                    assertThat(refused.errors()).hasSize(EditionRefused.LISTED);
                    assertThat(refused.total()).isEqualTo(150);
                });
    }

    private static List<EvidenceValues.Value> validate(EvidenceSet set, String csv) {
        return EditionValidation.validate(
                set,
                Sheet.read(csv.getBytes(StandardCharsets.UTF_8)),
                name -> NAMES.containsKey(name) ? Match.of(NAMES.get(name)) : Match.none(List.of(GHANA)));
    }

    private static List<EditionError> errors(EvidenceSet set, String csv) {
        try {
            validate(set, csv);
        } catch (EditionRefused refused) {
            return refused.errors();
        }
        throw new AssertionError("not refused");
    }
}
