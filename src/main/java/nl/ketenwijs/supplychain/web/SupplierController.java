package nl.ketenwijs.supplychain.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.mapping.AuditResult;
import nl.ketenwijs.supplychain.mapping.NameTaken;
import nl.ketenwijs.supplychain.mapping.Supplier;
import nl.ketenwijs.supplychain.mapping.SupplierInput;
import nl.ketenwijs.supplychain.mapping.SupplierKind;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The company's suppliers: everyone of the company reads the list, admins and editors change it. */
@Controller
@PreAuthorize(ChainController.READERS)
class SupplierController {

    static final String LIST = "chain/suppliers";
    static final String SUPPLIER = "chain/supplier";
    static final String FORM = "supplierForm";

    private final SupplierStore suppliers;
    private final SupplierFormReader reader;
    private final KnowledgeNames names;

    SupplierController(SupplierStore suppliers, SupplierFormReader reader, KnowledgeNames names) {
        this.suppliers = suppliers;
        this.reader = reader;
        this.names = names;
    }

    @ModelAttribute("canEdit")
    boolean canEdit(@AuthenticationPrincipal Account account) {
        return ChainController.mayEdit(account);
    }

    @GetMapping("/chain/suppliers")
    String list(@AuthenticationPrincipal Account account, Locale locale, Model model) {
        model.addAttribute("suppliers", suppliers.suppliers(account.organisationId()));
        model.addAttribute("names", names.in(locale));
        return LIST;
    }

    @GetMapping("/chain/suppliers/new")
    @PreAuthorize(ChainController.EDITORS)
    String newSupplier(Model model) {
        model.addAttribute(FORM, SupplierForm.empty());
        return form(null, model);
    }

    @PostMapping("/chain/suppliers")
    @PreAuthorize(ChainController.EDITORS)
    String addSupplier(
            @AuthenticationPrincipal Account account,
            @Valid @ModelAttribute(FORM) SupplierForm form,
            BindingResult errors,
            Locale locale,
            Model model) {
        Optional<SupplierInput> input = reader.read(form, errors, locale);
        if (input.isPresent()) {
            try {
                suppliers.addSupplier(account.organisationId(), input.get());
                return "redirect:/chain/suppliers?added";
            } catch (NameTaken e) {
                errors.rejectValue("name", "chain.supplier.name.taken");
            }
        }
        return form(null, model);
    }

    @GetMapping("/chain/suppliers/{id}")
    @PreAuthorize(ChainController.EDITORS)
    String supplier(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale, Model model) {
        Supplier supplier = suppliers.supplier(account.organisationId(), id);
        model.addAttribute(FORM, SupplierForm.of(supplier, names.in(locale)::country, locale));
        return form(supplier, model);
    }

    @PostMapping("/chain/suppliers/{id}")
    @PreAuthorize(ChainController.EDITORS)
    String changeSupplier(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) SupplierForm form,
            BindingResult errors,
            Locale locale,
            Model model) {
        Supplier supplier = suppliers.supplier(account.organisationId(), id);
        Optional<SupplierInput> input = reader.read(form, errors, locale);
        if (input.isPresent()) {
            try {
                suppliers.changeSupplier(account.organisationId(), id, input.get());
                return "redirect:/chain/suppliers?saved";
            } catch (NameTaken e) {
                errors.rejectValue("name", "chain.supplier.name.taken");
            }
        }
        return form(supplier, model);
    }

    @PostMapping("/chain/suppliers/{id}/delete")
    @PreAuthorize(ChainController.EDITORS)
    String deleteSupplier(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        suppliers.deleteSupplier(account.organisationId(), id);
        return "redirect:/chain/suppliers?deleted";
    }

    private static String form(Supplier supplier, Model model) {
        model.addAttribute("supplier", supplier);
        model.addAttribute("kinds", SupplierKind.values());
        model.addAttribute("certificationList", Certification.values());
        model.addAttribute("auditResults", AuditResult.values());
        return SUPPLIER;
    }
}
