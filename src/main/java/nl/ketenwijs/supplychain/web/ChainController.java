package nl.ketenwijs.supplychain.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.NameTaken;
import nl.ketenwijs.supplychain.mapping.Product;
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

/**
 * A company's chain and its products. Everyone of the company reads it; its admins and editors change it.
 * The company is always the logged-in account's: no id in a URL can point at another company's chain.
 */
@Controller
@PreAuthorize(ChainController.READERS)
class ChainController {

    static final String READERS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')";
    static final String EDITORS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')";
    static final String OVERVIEW = "chain/overview";
    static final String NEW_PRODUCT = "chain/product-new";
    static final String PRODUCT = "chain/product";
    static final String FORM = "productForm";

    private final ChainStore chain;
    private final KnowledgeNames names;
    private final SupplierStore suppliers;

    ChainController(ChainStore chain, KnowledgeNames names, SupplierStore suppliers) {
        this.chain = chain;
        this.names = names;
        this.suppliers = suppliers;
    }

    /** Viewers read the chain; the links and forms to change it are for admins and editors only. */
    @ModelAttribute("canEdit")
    boolean canEdit(@AuthenticationPrincipal Account account) {
        return mayEdit(account);
    }

    static boolean mayEdit(Account account) {
        return account.role() == Role.COMPANY_ADMIN || account.role() == Role.COMPANY_EDITOR;
    }

    @GetMapping("/chain")
    String overview(@AuthenticationPrincipal Account account, Locale locale, Model model) {
        model.addAttribute("products", chain.products(account.organisationId()));
        model.addAttribute("suppliersByOrigin", suppliers.suppliersByOrigin(account.organisationId()));
        model.addAttribute("names", names.in(locale));
        return OVERVIEW;
    }

    @GetMapping("/chain/products/new")
    @PreAuthorize(EDITORS)
    String newProduct(Model model) {
        model.addAttribute(FORM, ProductForm.empty());
        return NEW_PRODUCT;
    }

    @PostMapping("/chain/products")
    @PreAuthorize(EDITORS)
    String addProduct(
            @AuthenticationPrincipal Account account,
            @Valid @ModelAttribute(FORM) ProductForm form,
            BindingResult errors) {
        if (errors.hasErrors()) {
            return NEW_PRODUCT;
        }
        try {
            UUID id = chain.addProduct(account.organisationId(), form.trimmedName(), form.trimmedArticleCode());
            return "redirect:/chain/products/" + id + "?created";
        } catch (NameTaken e) {
            errors.rejectValue("name", "chain.product.name.taken");
            return NEW_PRODUCT;
        }
    }

    @GetMapping("/chain/products/{id}")
    String product(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale, Model model) {
        Product product = chain.product(account.organisationId(), id);
        model.addAttribute(FORM, ProductForm.of(product));
        return product(product, locale, model);
    }

    @PostMapping("/chain/products/{id}")
    @PreAuthorize(EDITORS)
    String changeProduct(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) ProductForm form,
            BindingResult errors,
            Locale locale,
            Model model) {
        Product product = chain.product(account.organisationId(), id);
        if (!errors.hasErrors()) {
            try {
                chain.changeProduct(account.organisationId(), id, form.trimmedName(), form.trimmedArticleCode());
                return "redirect:/chain/products/" + id + "?saved";
            } catch (NameTaken e) {
                errors.rejectValue("name", "chain.product.name.taken");
            }
        }
        return product(product, locale, model);
    }

    @PostMapping("/chain/products/{id}/delete")
    @PreAuthorize(EDITORS)
    String deleteProduct(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        chain.deleteProduct(account.organisationId(), id);
        return "redirect:/chain?deleted";
    }

    private String product(Product product, Locale locale, Model model) {
        model.addAttribute("product", product);
        model.addAttribute("names", names.in(locale));
        return PRODUCT;
    }
}
