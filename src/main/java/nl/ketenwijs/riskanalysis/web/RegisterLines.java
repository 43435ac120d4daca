package nl.ketenwijs.riskanalysis.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketenwijs.riskanalysis.RegisterChange;
import nl.ketenwijs.riskanalysis.RegisterEntry;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.ChainGap;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register page's texts and links, made once per row in Java. As template expressions each ranked risk
 * took a dozen evaluations, four message look-ups and a link with three parameters; under load that
 * rendering was most of the page's time. A label that repeats (a theme, a level, a judgement) is looked up
 * once per page.
 */
final class RegisterLines {

    /** A register entry as its row (or its line among the dismissed) shows it. */
    public record RiskLine(
            RegisterEntry entry,
            String name,
            String link,
            String level,
            String likelihood,
            String priority,
            String decision) {}

    /** A change of the register; the template adds its date, in the page's time zone. */
    public record ChangeLine(
            RegisterChange change, String kind, String risk, String before, String after, String cause) {}

    /** A gap in the chain: its sentence and the raw material's page. */
    public record GapLine(String text, String link) {}

    private final MessageSource messages;
    private final Locale locale;
    private final KnowledgeNames.Names names;
    private final Map<String, String> labels = new HashMap<>();

    RegisterLines(MessageSource messages, Locale locale, KnowledgeNames.Names names) {
        this.messages = messages;
        this.locale = locale;
        this.names = names;
    }

    List<RiskLine> risks(List<RegisterEntry> entries) {
        return entries.stream().map(this::risk).toList();
    }

    List<ChangeLine> changes(List<RegisterChange> changes) {
        return changes.stream()
                .map(change -> new ChangeLine(
                        change,
                        "register.change." + change.kind(),
                        riskName(change.theme(), change.commodityCode(), change.countryIso3()),
                        level(change.oldLevel()),
                        level(change.newLevel()),
                        label("register.cause." + change.cause())))
                .toList();
    }

    List<GapLine> gaps(List<ChainGap> gaps) {
        return gaps.stream()
                .map(gap -> new GapLine(
                        messages.getMessage(
                                "register.gap." + gap.kind(), new Object[] {gap.material(), gap.product()}, locale),
                        "/chain/materials/" + gap.materialId()))
                .toList();
    }

    private RiskLine risk(RegisterEntry entry) {
        String link = UriComponentsBuilder.fromPath("/register/entry")
                .queryParam("commodity", entry.commodityCode())
                .queryParam("country", entry.countryIso3())
                .queryParam("theme", entry.theme().code())
                .encode()
                .build()
                .toUriString();
        return new RiskLine(
                entry,
                riskName(entry.theme(), entry.commodityCode(), entry.countryIso3()),
                link,
                label("riskcheck.level." + entry.level().code()),
                entry.likelihood() == null
                        ? label("register.unknown")
                        : entry.likelihood().toString(),
                entry.priority() == null
                        ? label("register.toInvestigate")
                        : entry.priority().toString(),
                label("register.decision." + entry.decision()));
    }

    private String riskName(Theme theme, String commodity, String country) {
        return messages.getMessage(
                "register.risk.name",
                new Object[] {label(theme.messageKey()), names.commodity(commodity), names.country(country)},
                locale);
    }

    private String level(Level level) {
        return level == null ? "" : label("riskcheck.level." + level.code());
    }

    private String label(String key) {
        return labels.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
    }
}
