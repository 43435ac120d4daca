package nl.ketenwijs.supplychain.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.mapping.Audit;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.DecimalText;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.OriginSuppliers;
import nl.ketenwijs.supplychain.mapping.Product;
import nl.ketenwijs.supplychain.mapping.RawMaterial;
import nl.ketenwijs.supplychain.mapping.Supplier;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The company's chain as JSON, for its own systems (Bearer token of a person of the company). */
@RestController
class ChainApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ChainStore chain;
    private final SupplierStore suppliers;
    private final KnowledgeNames names;

    ChainApiController(ChainStore chain, SupplierStore suppliers, KnowledgeNames names) {
        this.chain = chain;
        this.suppliers = suppliers;
        this.names = names;
    }

    @GetMapping(path = "/api/v1/chain", produces = MediaType.APPLICATION_JSON_VALUE)
    ChainJson chain(@AuthenticationPrincipal Account account) {
        if (account.organisationKind() != OrganisationKind.COMPANY) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a company has a chain");
        }
        UUID organisation = account.organisationId();
        Names inBoth = new Names(names.in(Locale.ENGLISH), names.in(DUTCH), suppliers.suppliersByOrigin(organisation));
        return new ChainJson(
                chain.products(organisation).stream()
                        .map(product -> ProductJson.of(product, inBoth))
                        .toList(),
                suppliers.suppliers(organisation).stream().map(SupplierJson::of).toList());
    }

    /** What the JSON records look up: names in both languages, and each origin's suppliers. */
    private record Names(
            KnowledgeNames.Names english,
            KnowledgeNames.Names dutch,
            Map<String, List<OriginSuppliers.Linked>> suppliersByOrigin) {

        List<OriginSupplierJson> suppliersOf(RawMaterial material, Origin origin) {
            return suppliersByOrigin.getOrDefault(SupplierStore.key(material.id(), origin.iso3()), List.of()).stream()
                    .map(OriginSupplierJson::of)
                    .toList();
        }
    }

    /**
     * Every product of the company, by name, and every supplier it has recorded, by name; where a supplier
     * stands on the chain is said at each origin it is on.
     */
    record ChainJson(List<ProductJson> products, List<SupplierJson> suppliers) {}

    /** A product as the company calls it; {@code articleCode} is null when the company uses none. */
    record ProductJson(String name, String articleCode, List<MaterialJson> materials) {

        static ProductJson of(Product product, Names names) {
            return new ProductJson(
                    product.name(),
                    product.articleCode(),
                    product.materials().stream()
                            .map(material -> MaterialJson.of(material, names))
                            .toList());
        }
    }

    /**
     * A raw material as the company calls it. {@code commodity} is the knowledge base's commodity it is, null
     * while unclassified (its risks are then unknown: a gap, not a low risk). {@code sharePercent} is its share
     * of the product in percent, {@code volumeKgPerYear} the kilograms bought a year, {@code spendEur} the euros
     * spent a year; each is null when the company has not said. {@code origins} are the countries it comes
     * from; an origin {@code {"unknown": true}} says the company does not know (all of) them, and a raw
     * material with no origin recorded has that one origin.
     */
    record MaterialJson(
            String name,
            CommodityJson commodity,
            BigDecimal sharePercent,
            BigDecimal volumeKgPerYear,
            BigDecimal spendEur,
            List<OriginJson> origins) {

        static MaterialJson of(RawMaterial material, Names names) {
            String code = material.commodityCode();
            List<OriginJson> origins = material.origins().isEmpty()
                    ? List.of(OriginJson.unknown(List.of()))
                    : material.origins().stream()
                            .map(origin -> OriginJson.of(origin, names, names.suppliersOf(material, origin)))
                            .toList();
            return new MaterialJson(
                    material.name(),
                    code == null
                            ? null
                            : new CommodityJson(
                                    code,
                                    names.english().commodity(code),
                                    names.dutch().commodity(code)),
                    DecimalText.plain(material.quantities().sharePercent()),
                    DecimalText.plain(material.quantities().volumeKgPerYear()),
                    DecimalText.plain(material.quantities().spendEur()),
                    origins);
        }
    }

    /** A knowledge-base commodity by its stable code, with its English and Dutch names. */
    record CommodityJson(String code, String nameEn, String nameNl) {}

    /**
     * A country by ISO 3166 alpha-3 with its names, or {@code "unknown": true}: never both. {@code suppliers}
     * are the suppliers on the way of the raw material from this origin, by tier (1 is the company's direct
     * supplier, higher tiers are closer to the origin, up to 5), then name; empty when none is recorded.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OriginJson(String iso3, String nameEn, String nameNl, Boolean unknown, List<OriginSupplierJson> suppliers) {

        static OriginJson unknown(List<OriginSupplierJson> suppliers) {
            return new OriginJson(null, null, null, true, suppliers);
        }

        static OriginJson of(Origin origin, Names names, List<OriginSupplierJson> suppliers) {
            return origin.isUnknown()
                    ? unknown(suppliers)
                    : new OriginJson(
                            origin.iso3(),
                            names.english().country(origin.iso3()),
                            names.dutch().country(origin.iso3()),
                            null,
                            suppliers);
        }
    }

    /** A supplier at an origin: {@code id} is the one of the top-level {@code suppliers} list. */
    record OriginSupplierJson(UUID id, String name, int tier) {

        static OriginSupplierJson of(OriginSuppliers.Linked linked) {
            return new OriginSupplierJson(linked.supplierId(), linked.name(), linked.tier());
        }
    }

    /**
     * A supplier of the company. {@code kind} is one of trader, processor, manufacturer, exporter, cooperative,
     * plantation, farm, factory, other. {@code countryIso3} (ISO 3166 alpha-3) and {@code place} are where it
     * works, null when not recorded. {@code certifications} are codes: fairtrade, rainforest_alliance, rspo,
     * organic, msc, asc, bonsucro, proterra, rtrs, utz, other. {@code lastAudit} is null when none is recorded.
     */
    record SupplierJson(
            UUID id,
            String name,
            String kind,
            String countryIso3,
            String place,
            List<String> certifications,
            AuditJson lastAudit) {

        static SupplierJson of(Supplier supplier) {
            var details = supplier.details();
            Audit audit = details.audit();
            return new SupplierJson(
                    supplier.id(),
                    details.name(),
                    details.kind().code(),
                    details.countryIso3(),
                    details.place(),
                    details.certifications().stream().map(Certification::code).toList(),
                    audit == null
                            ? null
                            : new AuditJson(
                                    audit.date().toString(),
                                    audit.scheme(),
                                    audit.result().code()));
        }
    }

    /**
     * A supplier's last audit: its date (ISO 8601), the scheme or auditor (null when not recorded) and its
     * result: passed, conditional or failed.
     */
    record AuditJson(String date, String scheme, String result) {}
}
