package nl.ketenwijs.riskknowledge;

import java.util.List;

/** The inherent risk of a raw material from a country on every theme, in the order of {@link Theme}. */
public record RiskProfile(Commodity commodity, Country country, List<ThemeRisk> themes) {

    public RiskProfile {
        themes = List.copyOf(themes);
    }

    public ThemeRisk theme(Theme theme) {
        return themes.stream().filter(risk -> risk.theme() == theme).findFirst().orElseThrow();
    }
}
