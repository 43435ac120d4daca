package nl.ketenwijs.riskanalysis.web;

import java.util.Locale;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.riskanalysis.RegisterDecisions;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import nl.ketenwijs.riskanalysis.RegisterDecisions.JudgementIncomplete;
import nl.ketenwijs.riskanalysis.RegisterEntry;
import nl.ketenwijs.riskanalysis.RiskRegisters;
import nl.ketenwijs.riskknowledge.CommodityCountry;
import nl.ketenwijs.riskknowledge.GenderRisks;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.riskknowledge.Theme;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One risk of the register: why it has its level, its history of judgements, and the form to confirm,
 * adjust or dismiss it. The entry is named by commodity, country and theme, all within the logged-in
 * company's own register.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')")
class RegisterEntryController {

    static final String ENTRY = "register/entry";
    static final String FORM = "decisionForm";

    private final RiskRegisters registers;
    private final RegisterDecisions decisions;
    private final KnowledgeNames names;
    private final GenderRisks genderRisks;

    RegisterEntryController(
            RiskRegisters registers, RegisterDecisions decisions, KnowledgeNames names, GenderRisks genderRisks) {
        this.registers = registers;
        this.decisions = decisions;
        this.names = names;
        this.genderRisks = genderRisks;
    }

    @GetMapping("/register/entry")
    String entry(
            @AuthenticationPrincipal Account account,
            @RequestParam String commodity,
            @RequestParam String country,
            @RequestParam String theme,
            Locale locale,
            Model model) {
        model.addAttribute(FORM, DecisionForm.empty());
        return entry(account, key(commodity, country, theme), locale, model);
    }

    @PostMapping("/register/entry")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')")
    String decide(
            @AuthenticationPrincipal Account account,
            @RequestParam String commodity,
            @RequestParam String country,
            @RequestParam String theme,
            @ModelAttribute(FORM) DecisionForm form,
            BindingResult errors,
            Locale locale,
            Model model) {
        EntryKey key = key(commodity, country, theme);
        if (!errors.hasErrors()) {
            try {
                decisions.decide(account.organisationId(), key, form.judgement(), account.getUsername());
                return "redirect:/register/entry?commodity=" + commodity + "&country=" + country + "&theme=" + theme
                        + "&decided";
            } catch (JudgementIncomplete incomplete) {
                errors.rejectValue(incomplete.field(), incomplete.messageKey());
            }
        }
        return entry(account, key, locale, model);
    }

    private String entry(Account account, EntryKey key, Locale locale, Model model) {
        RegisterEntry entry = registers
                .entry(account.organisationId(), key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("entry", entry);
        model.addAttribute("history", registers.history(account.organisationId(), key));
        model.addAttribute("names", names.in(locale));
        // The gender lens of the knowledge base on the entry's raw material and country, whatever its theme.
        model.addAttribute("gender", genderRisks.of(new CommodityCountry(entry.commodityCode(), entry.countryIso3())));
        model.addAttribute("canDecide", account.role() == Role.COMPANY_ADMIN || account.role() == Role.COMPANY_EDITOR);
        return ENTRY;
    }

    private static EntryKey key(String commodity, String country, String theme) {
        Theme known = Theme.byCode(theme).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new EntryKey(commodity, country, known);
    }
}
