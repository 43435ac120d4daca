package nl.ketenwijs.riskanalysis.web;

import java.util.Locale;
import nl.ketenwijs.organisation.Account;
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

    private final RegisterPageReads reads;

    RegisterController(RegisterPageReads reads) {
        this.reads = reads;
    }

    @GetMapping("/register")
    String register(
            @AuthenticationPrincipal Account account,
            @ModelAttribute("filter") RegisterFilter filter,
            Locale locale,
            Model model) {
        reads.read(account.organisationId(), filter, locale, model);
        return REGISTER;
    }
}
