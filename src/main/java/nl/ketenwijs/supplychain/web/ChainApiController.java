package nl.ketenwijs.supplychain.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.DecimalText;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.Product;
import nl.ketenwijs.supplychain.mapping.RawMaterial;
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
    private final KnowledgeNames names;

    ChainApiController(ChainStore chain, KnowledgeNames names) {
        this.chain = chain;
        this.names = names;
    }

    @GetMapping(path = "/api/v1/chain", produces = MediaType.APPLICATION_JSON_VALUE)
    ChainJson chain(@AuthenticationPrincipal Account account) {
        if (account.organisationKind() != OrganisationKind.COMPANY) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a company has a chain");
        }
        KnowledgeNames.Names english = names.in(Locale.ENGLISH);
        KnowledgeNames.Names dutch = names.in(DUTCH);
        return new ChainJson(chain.products(account.organisationId()).stream()
                .map(product -> ProductJson.of(product, english, dutch))
                .toList());
    }

    /** Every product of the company, by name. */
    record ChainJson(List<ProductJson> products) {}

    /** A product as the company calls it; {@code articleCode} is null when the company uses none. */
    record ProductJson(String name, String articleCode, List<MaterialJson> materials) {

        static ProductJson of(Product product, KnowledgeNames.Names english, KnowledgeNames.Names dutch) {
            return new ProductJson(
                    product.name(),
                    product.articleCode(),
                    product.materials().stream()
                            .map(material -> MaterialJson.of(material, english, dutch))
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

        static MaterialJson of(RawMaterial material, KnowledgeNames.Names english, KnowledgeNames.Names dutch) {
            String code = material.commodityCode();
            List<OriginJson> origins = material.origins().isEmpty()
                    ? List.of(OriginJson.UNKNOWN)
                    : material.origins().stream()
                            .map(origin -> OriginJson.of(origin, english, dutch))
                            .toList();
            return new MaterialJson(
                    material.name(),
                    code == null ? null : new CommodityJson(code, english.commodity(code), dutch.commodity(code)),
                    DecimalText.plain(material.quantities().sharePercent()),
                    DecimalText.plain(material.quantities().volumeKgPerYear()),
                    DecimalText.plain(material.quantities().spendEur()),
                    origins);
        }
    }

    /** A knowledge-base commodity by its stable code, with its English and Dutch names. */
    record CommodityJson(String code, String nameEn, String nameNl) {}

    /** A country by ISO 3166 alpha-3 with its names, or {@code {"unknown": true}}: never both. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OriginJson(String iso3, String nameEn, String nameNl, Boolean unknown) {

        static final OriginJson UNKNOWN = new OriginJson(null, null, null, true);

        static OriginJson of(Origin origin, KnowledgeNames.Names english, KnowledgeNames.Names dutch) {
            return origin.isUnknown()
                    ? UNKNOWN
                    : new OriginJson(origin.iso3(), english.country(origin.iso3()), dutch.country(origin.iso3()), null);
        }
    }
}
