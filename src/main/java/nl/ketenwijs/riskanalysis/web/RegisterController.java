package nl.ketenwijs.riskanalysis.web;

import java.util.List;
import java.util.Locale;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.riskanalysis.RegisterEntry;
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
    private final CompanyChains chains;
    private final KnowledgeNames names;

    RegisterController(RiskRegisters registers, CompanyChains chains, KnowledgeNames names) {
        this.registers = registers;
        this.chains = chains;
        this.names = names;
    }

    @GetMapping("/register")
    String register(
            @AuthenticationPrincipal Account account,
            @ModelAttribute("filter") RegisterFilter filter,
            Locale locale,
            Model model) {
        List<RegisterEntry> all = registers.rankedForList(account.organisationId(), null);
        List<RegisterEntry> open = all.stream().filter(e -> !e.isDismissed()).toList();
        // The heat map shows the whole register; the list only what the filter asks for.
        List<RegisterEntry> ofProduct = filter.productAsked() == null
                ? open
                : registers.rankedForList(account.organisationId(), filter.productAsked()).stream()
                        .filter(e -> !e.isDismissed())
                        .toList();
        List<RegisterEntry> shown = ofProduct.stream().filter(filter::admits).toList();
        model.addAttribute("entries", filter.pageOf(shown));
        model.addAttribute("shownCount", shown.size());
        model.addAttribute("firstRank", (filter.pageNumber() - 1) * RegisterFilter.PAGE_SIZE + 1);
        model.addAttribute("pages", filter.pages(shown.size()));
        model.addAttribute("heatMap", new HeatMap(open));
        model.addAttribute(
                "dismissed", all.stream().filter(RegisterEntry::isDismissed).toList());
        List<ChainGap> gaps = chains.gaps(account.organisationId());
        model.addAttribute("gaps", gaps.subList(0, Math.min(SHOWN_GAPS, gaps.size())));
        model.addAttribute("moreGaps", Math.max(0, gaps.size() - SHOWN_GAPS));
        model.addAttribute(
                "unknownCount", open.stream().filter(RegisterEntry::isGap).count());
        model.addAttribute(
                "evaluatedAt", registers.evaluatedAt(account.organisationId()).orElse(null));
        model.addAttribute("changes", registers.recentChanges(account.organisationId(), 20));
        List<String> products = chains.productNames(account.organisationId(), PRODUCTS_TO_CHOOSE + 1);
        model.addAttribute("products", products);
        model.addAttribute("chooseProduct", products.size() <= PRODUCTS_TO_CHOOSE);
        model.addAttribute(
                "countries",
                all.stream().map(RegisterEntry::countryIso3).distinct().toList());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("names", names.in(locale));
        model.addAttribute("hasChain", !all.isEmpty() || !gaps.isEmpty());
        return REGISTER;
    }
}
