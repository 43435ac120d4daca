package nl.ketenwijs.riskknowledge;

import java.util.List;

/**
 * A gender-specific aspect the knowledge base marks for a raw material from a country, with the themes
 * whose expert entries mark it (in the order of the themes).
 */
public record GenderRisk(GenderAspect aspect, List<Theme> themes) {

    public GenderRisk {
        themes = List.copyOf(themes);
    }
}
