package nl.ketenwijs.riskknowledge.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import nl.ketenwijs.riskknowledge.Reason;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;

/** One row of an evidence data set for a country (and an ILAB good, the subject), as the source wrote it. */
public record SourceRow(EvidenceSet set, String edition, String iso3, String subject, Map<String, String> fields) {

    public SourceRow {
        fields = Map.copyOf(fields);
    }

    public Optional<String> value(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** ILAB writes its flags as Yes and No. */
    public boolean isYes(String field) {
        return "Yes".equalsIgnoreCase(fields.get(field));
    }

    /** A number, or empty when the field is missing or says something like Unavailable. */
    public Optional<BigDecimal> number(String field) {
        return value(field).filter(v -> v.matches("-?[0-9]+(\\.[0-9]+)?")).map(BigDecimal::new);
    }

    /** The reason that cites this row's field, for a rule. */
    Reason reason(String field, RuleId rule, String text) {
        return new Reason(
                set.code(),
                edition,
                subject.isEmpty() ? null : subject,
                field,
                fields.get(field),
                rule.id(),
                rule.version(),
                text);
    }
}
