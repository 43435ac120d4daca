package nl.ketenwijs.riskanalysis.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.riskanalysis.RegisterListing;
import nl.ketenwijs.riskanalysis.RiskRegisters;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.ChainGap;
import nl.ketenwijs.supplychain.CompanyChains;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the register page shows, read in one transaction: each transaction of its own costs round trips to
 * PostgreSQL (begin, the tenant's settings, commit) and the check that the ranks are up to date, which under
 * load cost the page more than its reads. Not read-only: a register ranked by other rules is ranked again
 * when it is read.
 */
@Component
class RegisterPageReads {

    private final RiskRegisters registers;
    private final RegisterListing listing;
    private final CompanyChains chains;
    private final KnowledgeNames names;
    private final MessageSource messages;

    RegisterPageReads(
            RiskRegisters registers,
            RegisterListing listing,
            CompanyChains chains,
            KnowledgeNames names,
            MessageSource messages) {
        this.registers = registers;
        this.listing = listing;
        this.chains = chains;
        this.names = names;
        this.messages = messages;
    }

    @Transactional
    public void read(UUID organisation, RegisterFilter filter, Locale locale, Model model) {
        RegisterListing.View view =
                listing.view(organisation, filter.criteria(), filter.offset(), RegisterFilter.PAGE_SIZE);
        KnowledgeNames.Names named = names.in(locale);
        RegisterLines lines = new RegisterLines(messages, locale, named);
        model.addAttribute("entries", lines.risks(view.entries()));
        model.addAttribute("shownCount", view.shown());
        model.addAttribute("firstRank", filter.offset() + 1);
        model.addAttribute("pages", filter.pages(view.shown()));
        List<RegisterListing.Cell> cells = view.overview().cells();
        model.addAttribute("heatMap", new HeatMap(cells));
        model.addAttribute("dismissed", lines.risks(view.dismissed()));
        model.addAttribute(
                "unknownCount",
                cells.stream()
                        .filter(cell -> cell.likelihood() == 0)
                        .mapToLong(RegisterListing.Cell::count)
                        .sum());
        model.addAttribute("evaluatedAt", registers.evaluatedAt(organisation).orElse(null));
        model.addAttribute("changes", lines.changes(registers.recentChanges(organisation, 20)));
        List<String> products = chains.productNames(organisation, RegisterController.PRODUCTS_TO_CHOOSE + 1);
        model.addAttribute("products", products);
        model.addAttribute("chooseProduct", products.size() <= RegisterController.PRODUCTS_TO_CHOOSE);
        // Last: it has the rest of the transaction planned for this company alone.
        List<ChainGap> gaps = chains.gaps(organisation);
        model.addAttribute("gaps", lines.gaps(gaps.subList(0, Math.min(RegisterController.SHOWN_GAPS, gaps.size()))));
        model.addAttribute("moreGaps", Math.max(0, gaps.size() - RegisterController.SHOWN_GAPS));
        model.addAttribute(
                "countries",
                view.overview().countries().stream()
                        .sorted(named.countryOrder())
                        .map(code -> Map.entry(code, named.country(code)))
                        .toList());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("hasChain", !cells.isEmpty() || !view.dismissed().isEmpty() || !gaps.isEmpty());
    }
}
