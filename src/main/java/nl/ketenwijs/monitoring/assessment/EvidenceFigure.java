package nl.ketenwijs.monitoring.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure Ketenwijs knows from the company's own data, shown beside the question it supports: stored in
 * a language-neutral form ({@code ORIGINS:12:15}) and shown with the message of its kind.
 */
public record EvidenceFigure(Kind kind, List<Integer> numbers) {

    public enum Kind {
        /** Raw materials with a known country of origin, of all raw materials. */
        ORIGINS,
        /** Risks the company prioritised in its register. */
        PRIORITISED,
        /** Plans of approach and their measures. */
        PLANS,
        /** Complaints about the company's chain forwarded to it, and those it answered. */
        COMPLAINTS
    }

    public EvidenceFigure {
        numbers = List.copyOf(numbers);
    }

    public static EvidenceFigure of(Kind kind, Integer... numbers) {
        return new EvidenceFigure(kind, List.of(numbers));
    }

    public String stored() {
        StringBuilder text = new StringBuilder(kind.name());
        numbers.forEach(n -> text.append(':').append(n));
        return text.toString();
    }

    static Optional<EvidenceFigure> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.split(":");
        return Optional.of(new EvidenceFigure(
                Kind.valueOf(parts[0]),
                Arrays.stream(parts).skip(1).map(Integer::valueOf).toList()));
    }

    public String messageKey() {
        return "assessment.evidence." + kind.name().toLowerCase(Locale.ROOT);
    }

    public Object[] arguments() {
        return numbers.toArray();
    }
}
