package nl.ketenwijs.riskanalysis.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.riskanalysis.RegisterEntry;
import nl.ketenwijs.riskanalysis.RegisterListing;
import nl.ketenwijs.riskanalysis.RiskRegisters;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.ChainGap;
import nl.ketenwijs.supplychain.CompanyChains;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A company's risk register: the heat map, the ranked risks with filters, the gaps in the chain, dismissed
 * risks apart, and what changed lately. Read by everyone of the company.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')")
class RegisterController {

    static final String REGISTER = "register/register";

    /** Gaps listed on the page; the chain page has them all. */
    static final int SHOWN_GAPS = 20;

    /** Beyond this many products a list to choose from is no help: the filter becomes a text field. */
    static final int PRODUCTS_TO_CHOOSE = 60;

    private final RiskRegisters registers;
    private final RegisterListing listing;
    private final CompanyChains chains;
    private final KnowledgeNames names;

    RegisterController(RiskRegisters registers, RegisterListing listing, CompanyChains chains, KnowledgeNames names) {
        this.registers = registers;
        this.listing = listing;
        this.chains = chains;
        this.names = names;
    }

    @GetMapping("/register")
    String register(
            @AuthenticationPrincipal Account account,
            @ModelAttribute("filter") RegisterFilter filter,
            Locale locale,
            Model model) {
        UUID organisation = account.organisationId();
        RegisterListing.Overview overview = listing.overview(organisation);
        // Unfiltered, the heat map has counted them already.
        int shown = filter.isActive() ? listing.count(organisation, filter.criteria()) : (int) overview.open();
        model.addAttribute(
                "entries", listing.entries(organisation, filter.criteria(), filter.offset(), RegisterFilter.PAGE_SIZE));
        model.addAttribute("shownCount", shown);
        model.addAttribute("firstRank", filter.offset() + 1);
        model.addAttribute("pages", filter.pages(shown));
        List<RegisterListing.Cell> cells = overview.cells();
        model.addAttribute("heatMap", new HeatMap(cells));
        List<RegisterEntry> dismissed = listing.dismissed(organisation);
        model.addAttribute("dismissed", dismissed);
        List<ChainGap> gaps = chains.gaps(organisation);
        model.addAttribute("gaps", gaps.subList(0, Math.min(SHOWN_GAPS, gaps.size())));
        model.addAttribute("moreGaps", Math.max(0, gaps.size() - SHOWN_GAPS));
        model.addAttribute(
                "unknownCount",
                cells.stream()
                        .filter(cell -> cell.likelihood() == 0)
                        .mapToLong(RegisterListing.Cell::count)
                        .sum());
        model.addAttribute("evaluatedAt", registers.evaluatedAt(organisation).orElse(null));
        model.addAttribute("changes", registers.recentChanges(organisation, 20));
        List<String> products = chains.productNames(organisation, PRODUCTS_TO_CHOOSE + 1);
        model.addAttribute("products", products);
        model.addAttribute("chooseProduct", products.size() <= PRODUCTS_TO_CHOOSE);
        KnowledgeNames.Names named = names.in(locale);
        model.addAttribute(
                "countries",
                overview.countries().stream()
                        .sorted(Comparator.comparing(named::country, Collator.getInstance(locale)))
                        .toList());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("names", named);
        model.addAttribute("hasChain", !cells.isEmpty() || !dismissed.isEmpty() || !gaps.isEmpty());
        return REGISTER;
    }
}
