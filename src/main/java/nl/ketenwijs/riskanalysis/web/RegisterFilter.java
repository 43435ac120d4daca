package nl.ketenwijs.riskanalysis.web;

import java.util.ArrayList;
import java.util.List;
import nl.ketenwijs.riskanalysis.RegisterListing;

/**
 * The register page's filters, all optional: a product, a theme, a country, and a heat-map cell (severity
 * and likelihood; likelihood 0 stands for unknown). Bound from the query string, so a filtered view is a
 * link.
 */
public record RegisterFilter(
        String product, String theme, String country, Integer severity, Integer likelihood, Integer page) {

    static final int PAGE_SIZE = 50;

    /** The filters as the register applies them when it reads; a blank field asks for nothing. */
    RegisterListing.Criteria criteria() {
        return new RegisterListing.Criteria(
                blank(product) ? null : product.strip(),
                blank(theme) ? null : theme,
                blank(country) ? null : country,
                severity,
                likelihood);
    }

    public boolean isActive() {
        return !blank(product) || !blank(theme) || !blank(country) || severity != null || likelihood != null;
    }

    public int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    int offset() {
        return (pageNumber() - 1) * PAGE_SIZE;
    }

    /**
     * The pages to link to: the first, the last and two either side of this one; a 0 stands for the pages
     * left out between them. A register of tens of thousands of entries has hundreds of pages.
     */
    public List<Integer> pageLinks(int pages) {
        List<Integer> links = new ArrayList<>();
        int current = Math.min(pageNumber(), pages);
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - current) <= 2) {
                links.add(p);
            } else if (links.get(links.size() - 1) != 0) {
                links.add(0);
            }
        }
        return links;
    }

    int pages(int size) {
        return Math.max(1, (size + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
