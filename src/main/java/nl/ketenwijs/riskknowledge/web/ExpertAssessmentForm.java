package nl.ketenwijs.riskknowledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments;
import nl.ketenwijs.riskknowledge.expert.ExpertContent;

/**
 * An expert entry as the secretariat enters it: the raw material and country by name (matched like the
 * risk check does), the theme by code, the level and why. The names are matched in the controller.
 */
record ExpertAssessmentForm(
        @NotBlank(message = "{expert.commodity.required}") @Size(max = 100, message = "{expert.commodity.required}")
        String commodity,

        @NotBlank(message = "{expert.theme.required}") String theme,

        @Size(max = 100, message = "{expert.country.notMatched}")
        String country,

        @NotNull(message = "{expert.level.required}") Level level,

        @NotBlank(message = "{expert.rationaleNl.required}") @Size(max = 4000, message = "{expert.rationale.tooLong}")
        String rationaleNl,

        @Size(max = 4000, message = "{expert.rationale.tooLong}")
        String rationaleEn,

        @NotBlank(message = "{expert.reference.required}") @Size(max = 1000, message = "{expert.reference.tooLong}")
        String reference,

        @Size(max = 500, message = "{expert.referenceUrl.invalid}")
        @Pattern(regexp = "^$|^https://\\S{4,}$", message = "{expert.referenceUrl.invalid}")
        String referenceUrl,

        // Codes as the checkboxes send them; unknown ones are refused in the controller, by name.
        List<String> genderAspects) {

    ExpertAssessmentForm {
        genderAspects = genderAspects == null ? List.of() : List.copyOf(genderAspects);
    }

    static ExpertAssessmentForm empty() {
        return new ExpertAssessmentForm(null, null, null, null, null, null, null, null, null);
    }

    /** The entry as it now is, to change it; names in the reader's language. */
    static ExpertAssessmentForm of(ExpertAssessments.Entry entry, boolean english) {
        return new ExpertAssessmentForm(
                english ? entry.commodityNameEn() : entry.commodityNameNl(),
                entry.key().themeCode(),
                entry.key().iso3() == null ? null : (english ? entry.countryNameEn() : entry.countryNameNl()),
                entry.withdrawn() ? null : entry.level(),
                entry.rationaleNl(),
                entry.rationaleEn(),
                entry.reference(),
                entry.referenceUrl(),
                entry.genderAspects().stream().map(GenderAspect::code).toList());
    }

    /** The codes sent that name no gender aspect. */
    List<String> unknownGenderAspects() {
        return genderAspects.stream()
                .filter(code -> GenderAspect.byCode(code).isEmpty())
                .toList();
    }

    /** For the checkboxes: whether the form marks this aspect. */
    public boolean marks(GenderAspect aspect) {
        return genderAspects.contains(aspect.code());
    }

    ExpertContent content() {
        return new ExpertContent(
                level,
                rationaleNl.strip(),
                rationaleEn,
                reference.strip(),
                referenceUrl,
                genderAspects.stream().map(GenderAspect::parse).toList());
    }
}
