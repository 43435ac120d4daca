package nl.ketenwijs.supplychain.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.MaterialInput;
import nl.ketenwijs.supplychain.mapping.NameTaken;
import nl.ketenwijs.supplychain.mapping.Product;
import nl.ketenwijs.supplychain.mapping.RawMaterial;
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
import org.springframework.web.bind.annotation.RequestParam;

/** Adding, changing and removing the raw materials of a product, with their origins and quantities. */
@Controller
@PreAuthorize(ChainController.EDITORS)
class MaterialController {

    static final String MATERIAL = "chain/material";
    static final String FORM = "materialForm";
    static final int[] TIERS = {1, 2, 3, 4, 5};

    private final ChainStore chain;
    private final KnowledgeNames names;
    private final MaterialFormReader reader;
    private final SupplierStore suppliers;

    MaterialController(ChainStore chain, KnowledgeNames names, MaterialFormReader reader, SupplierStore suppliers) {
        this.chain = chain;
        this.names = names;
        this.reader = reader;
        this.suppliers = suppliers;
    }

    @GetMapping("/chain/products/{productId}/materials/new")
    String newMaterial(
            @AuthenticationPrincipal Account account, @PathVariable UUID productId, Locale locale, Model model) {
        model.addAttribute(FORM, MaterialForm.empty());
        return form(account.organisationId(), chain.product(account.organisationId(), productId), null, locale, model);
    }

    @PostMapping("/chain/products/{productId}/materials")
    String addMaterial(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID productId,
            @Valid @ModelAttribute(FORM) MaterialForm form,
            BindingResult errors,
            Locale locale,
            Model model) {
        Product product = chain.product(account.organisationId(), productId);
        Optional<MaterialInput> input = reader.read(form, errors, locale);
        if (input.isPresent()) {
            try {
                UUID id = chain.addMaterial(account.organisationId(), productId, input.get());
                return "redirect:/chain/products/" + productId + "?added=" + id;
            } catch (NameTaken e) {
                errors.rejectValue("name", "chain.material.name.taken");
            }
        }
        return form(account.organisationId(), product, null, locale, model);
    }

    @GetMapping("/chain/materials/{id}")
    String material(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale, Model model) {
        RawMaterial material = chain.material(account.organisationId(), id);
        KnowledgeNames.Names inLanguage = names.in(locale);
        model.addAttribute(FORM, MaterialForm.of(material, inLanguage::country, locale));
        return form(
                account.organisationId(),
                chain.product(account.organisationId(), material.productId()),
                material,
                locale,
                model);
    }

    @PostMapping("/chain/materials/{id}")
    String changeMaterial(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) MaterialForm form,
            BindingResult errors,
            Locale locale,
            Model model) {
        RawMaterial material = chain.material(account.organisationId(), id);
        Optional<MaterialInput> input = reader.read(form, errors, locale);
        if (input.isPresent()) {
            try {
                chain.changeMaterial(account.organisationId(), id, input.get());
                return "redirect:/chain/products/" + material.productId() + "?saved=" + id;
            } catch (NameTaken e) {
                errors.rejectValue("name", "chain.material.name.taken");
            }
        }
        return form(
                account.organisationId(),
                chain.product(account.organisationId(), material.productId()),
                material,
                locale,
                model);
    }

    @PostMapping("/chain/materials/{id}/delete")
    String deleteMaterial(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        UUID productId = chain.deleteMaterial(account.organisationId(), id);
        return "redirect:/chain/products/" + productId + "?removed";
    }

    /** The supplier stands on this origin at the tier (or moves there); back to the raw material. */
    @PostMapping("/chain/origins/{id}/suppliers")
    String linkSupplier(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam UUID supplier,
            @RequestParam int tier) {
        UUID materialId = suppliers.link(account.organisationId(), id, supplier, tier);
        return "redirect:/chain/materials/" + materialId + "?linked#suppliers";
    }

    @PostMapping("/chain/supplier-links/{id}/delete")
    String unlinkSupplier(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        UUID materialId = suppliers.unlink(account.organisationId(), id);
        return "redirect:/chain/materials/" + materialId + "?unlinked#suppliers";
    }

    private String form(UUID organisation, Product product, RawMaterial material, Locale locale, Model model) {
        if (material != null) {
            model.addAttribute("originSuppliers", suppliers.origins(organisation, material.id()));
            model.addAttribute("suppliers", suppliers.suppliers(organisation));
            model.addAttribute("tiers", TIERS);
        }
        model.addAttribute("product", product);
        model.addAttribute("material", material);
        model.addAttribute("names", names.in(locale));
        return MATERIAL;
    }
}
