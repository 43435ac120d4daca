package nl.ketenwijs.riskknowledge;

import java.util.Map;
import nl.ketenwijs.riskknowledge.maps.CountryShapes;
import nl.ketenwijs.riskknowledge.maps.MapSvg;
import org.springframework.stereotype.Component;

/**
 * World maps that colour each country by a risk level, as one self-contained SVG made on the server: the
 * same drawing goes into pages (inline, no JavaScript) and into PDFs. The countries are read and projected
 * once, at start-up.
 */
@Component
public class WorldMaps {

    private final CountryShapes shapes = CountryShapes.load();

    /**
     * Every drawn country in the colour of its level; a country missing from the levels is drawn as
     * unknown, hatched, so it never looks like a low risk.
     *
     * @param levels level by ISO alpha-3 code
     */
    public String render(Map<String, Level> levels, MapLabels labels) {
        return new MapSvg(shapes, labels).render(levels);
    }
}
