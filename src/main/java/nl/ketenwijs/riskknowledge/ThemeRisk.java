package nl.ketenwijs.riskknowledge;

import java.util.List;

/** The inherent risk on one theme, with the reasons for it; there is always at least one reason. */
public record ThemeRisk(Theme theme, Level level, List<Reason> reasons) {

    public ThemeRisk {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A level without a reason cannot be explained: " + theme);
        }
    }
}
