package nl.ketenwijs.riskanalysis.web;

import java.util.List;
import nl.ketenwijs.riskanalysis.RegisterEntry;

/**
 * The register page's filters, all optional: a product, a theme, a country, and a heat-map cell (severity
 * and likelihood; likelihood 0 stands for unknown). Bound from the query string, so a filtered view is a
 * link.
 */
public record RegisterFilter(
        String product, String theme, String country, Integer severity, Integer likelihood, Integer page) {

    static final int PAGE_SIZE = 50;

    public boolean admits(RegisterEntry entry) {
        return (blank(theme) || entry.theme().code().equals(theme))
                && (blank(country) || entry.countryIso3().equals(country))
                && (severity == null || entry.severity() == severity)
                && (likelihood == null || likelihood.equals(entry.likelihood() == null ? 0 : entry.likelihood()));
    }

    /**
     * The product filter is the register's to apply as it reads ({@link
     * nl.ketenwijs.riskanalysis.RiskRegisters#rankedForList}): the page does not hold every entry's products.
     * Null when none is asked for.
     */
    public String productAsked() {
        return blank(product) ? null : product.strip();
    }

    public boolean isActive() {
        return !blank(product) || !blank(theme) || !blank(country) || severity != null || likelihood != null;
    }

    public int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    <T> List<T> pageOf(List<T> all) {
        int from = Math.min((pageNumber() - 1) * PAGE_SIZE, all.size());
        return all.subList(from, Math.min(from + PAGE_SIZE, all.size()));
    }

    int pages(int size) {
        return Math.max(1, (size + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
