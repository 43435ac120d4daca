package nl.ketenwijs.organisation;

import java.util.Map;
import java.util.UUID;

/**
 * The demo sector's organisations exist (demo mode only), so other modules can add their demo data to
 * them, such as a chain for every company. Published after the loading transaction has committed.
 *
 * @param companies every demo company's id by its name
 */
public record DemoSectorLoaded(Map<String, UUID> companies) {

    public DemoSectorLoaded {
        companies = Map.copyOf(companies);
    }
}
