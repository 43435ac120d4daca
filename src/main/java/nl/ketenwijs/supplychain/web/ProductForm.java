package nl.ketenwijs.supplychain.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.ketenwijs.supplychain.mapping.Product;

/** A product's name and, if the company uses them, its own article code. */
record ProductForm(
        @NotBlank(message = "{chain.product.name.required}") @Size(max = 200, message = "{chain.product.name.tooLong}")
        String name,

        @Size(max = 50, message = "{chain.product.articleCode.tooLong}")
        String articleCode) {

    static ProductForm empty() {
        return new ProductForm("", "");
    }

    static ProductForm of(Product product) {
        return new ProductForm(product.name(), product.articleCode() == null ? "" : product.articleCode());
    }

    String trimmedName() {
        return name.strip();
    }

    /** An empty code is no code. */
    String trimmedArticleCode() {
        return articleCode == null || articleCode.isBlank() ? null : articleCode.strip();
    }
}
