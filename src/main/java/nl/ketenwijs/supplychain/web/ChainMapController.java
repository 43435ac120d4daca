package nl.ketenwijs.supplychain.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.MapLabels;
import nl.ketenwijs.riskknowledge.WorldMaps;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.Product;
import nl.ketenwijs.supplychain.picture.ChainDiagram;
import nl.ketenwijs.supplychain.picture.CountryRisk;
import nl.ketenwijs.supplychain.picture.OriginRisks;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The company's chain in pictures: a world map of its origin countries by their highest inherent risk, and
 * its products, raw materials and countries as a diagram; each with a table or list that says the same.
 */
@Controller
@PreAuthorize(ChainController.READERS)
class ChainMapController {

    static final String MAP = "chain/map";

    private final ChainStore chain;
    private final OriginRisks originRisks;
    private final WorldMaps maps;
    private final KnowledgeNames names;
    private final MessageSource messages;

    ChainMapController(
            ChainStore chain, OriginRisks originRisks, WorldMaps maps, KnowledgeNames names, MessageSource messages) {
        this.chain = chain;
        this.originRisks = originRisks;
        this.maps = maps;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/chain/map")
    String map(@AuthenticationPrincipal Account account, Locale locale, Model model) {
        List<Product> products = chain.products(account.organisationId());
        List<CountryRisk> countries = originRisks.of(products, locale);
        Map<Level, String> levelNames = Arrays.stream(Level.values())
                .collect(Collectors.toMap(level -> level, level -> message("riskcheck.level." + level.code(), locale)));
        Map<String, Level> levels = new LinkedHashMap<>();
        Map<String, String> countryNames = new LinkedHashMap<>();
        Map<String, Level> pairLevels = new LinkedHashMap<>();
        for (CountryRisk country : countries) {
            levels.put(country.iso3(), country.highest());
            countryNames.put(country.iso3(), country.name());
            country.materials().stream()
                    .filter(sourced -> sourced.commodityCode() != null)
                    .forEach(
                            sourced -> pairLevels.put(sourced.commodityCode() + ':' + country.iso3(), sourced.level()));
        }
        model.addAttribute("products", products);
        model.addAttribute("countries", countries);
        model.addAttribute("pairLevels", pairLevels);
        model.addAttribute(
                "hasGaps",
                products.stream()
                        .flatMap(product -> product.materials().stream())
                        .anyMatch(material -> material.hasUnknownOrigin() || !material.isClassified()));
        model.addAttribute("names", names.in(locale));
        model.addAttribute(
                "mapSvg",
                maps.render(
                        levels,
                        new MapLabels(
                                "chain-map",
                                message("chain.map.world.title", locale),
                                message("chain.map.world.description", locale),
                                levelNames,
                                countryNames,
                                message("chain.map.outside", locale))));
        int links = ChainDiagram.links(products);
        model.addAttribute("links", links);
        if (links <= ChainDiagram.MAX_LINKS && !products.isEmpty()) {
            model.addAttribute(
                    "diagramSvg",
                    ChainDiagram.render(
                            products,
                            countries,
                            new ChainDiagram.Words(
                                    "chain-diagram",
                                    message("chain.map.diagram.title", locale),
                                    message("chain.map.diagram.description", locale),
                                    List.of(
                                            message("chain.map.diagram.product", locale),
                                            message("chain.map.diagram.material", locale),
                                            message("chain.map.diagram.country", locale)),
                                    message("chain.map.unknownOrigin", locale),
                                    message("chain.map.unclassified", locale),
                                    levelNames)));
        }
        return MAP;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
