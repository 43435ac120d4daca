package nl.ketenwijs.supplychain.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.supplychain.mapping.ChainLink;
import nl.ketenwijs.supplychain.mapping.OriginText;
import nl.ketenwijs.supplychain.mapping.TieredName;
import org.springframework.context.MessageSource;

/**
 * The columns of an exported chain: the header in the reader's language and, per link, its values: text
 * (already made safe for spreadsheets) or a number, null for an empty cell.
 */
final class ChainSheet {

    private static final List<String> HEADERS = List.of(
            "product",
            "articleCode",
            "material",
            "commodityCode",
            "commodity",
            "countryIso3",
            "country",
            "sharePercent",
            "volumeKgPerYear",
            "spendEur",
            "suppliers");

    /** Roughly the characters each column needs, for a workbook's column widths. */
    static final List<Integer> WIDTHS = List.of(30, 14, 30, 16, 24, 10, 24, 12, 16, 14, 50);

    private final KnowledgeNames.Names names;
    private final String unknown;

    ChainSheet(KnowledgeNames.Names names, Locale locale) {
        this.names = names;
        this.unknown = OriginText.unknownWord(locale);
    }

    static List<String> headers(MessageSource messages, Locale locale) {
        return HEADERS.stream()
                .map(key -> messages.getMessage("chain.export." + key, null, locale))
                .toList();
    }

    static String sheetName(MessageSource messages, Locale locale) {
        return messages.getMessage("chain.export.sheet", null, locale);
    }

    List<Object> values(ChainLink link) {
        List<Object> values = new ArrayList<>(HEADERS.size());
        values.add(SafeText.of(link.product()));
        values.add(SafeText.of(link.articleCode()));
        values.add(SafeText.of(link.material()));
        String commodity = link.commodityCode();
        values.add(SafeText.of(commodity));
        values.add(commodity == null ? null : SafeText.of(names.commodity(commodity)));
        boolean material = link.material() != null;
        String country = link.countryIso3();
        // A raw material without a known origin says so; a product without raw materials has no origin at all.
        values.add(country == null ? (material ? unknown : null) : country);
        values.add(country == null ? (material ? unknown : null) : SafeText.of(names.country(country)));
        values.add(link.quantities().sharePercent());
        values.add(link.quantities().volumeKgPerYear());
        values.add(link.quantities().spendEur());
        values.add(link.suppliers().isEmpty() ? null : SafeText.of(TieredName.joined(link.suppliers())));
        return values;
    }
}
