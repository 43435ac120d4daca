package nl.ketenwijs.riskknowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.riskknowledge.rules.Evidence;
import org.springframework.stereotype.Service;

/**
 * The gender lens of the knowledge base: which gender-specific aspects its expert entries mark for a raw
 * material from a country. Per theme the entry that counts is the one that would give the level: the entry
 * for this country beats the one for every origin, and a withdrawn entry does not count. Read from the
 * evidence {@link RiskProfiles} holds in memory: no query beyond its revision check, and a change of an
 * entry shows at once, as it does in the levels.
 */
@Service
public class GenderRisks {

    private final RiskProfiles profiles;

    GenderRisks(RiskProfiles profiles) {
        this.profiles = profiles;
    }

    /** The marked aspects, in the order of {@link GenderAspect}; empty when none is marked. */
    public List<GenderRisk> of(CommodityCountry pair) {
        return of(profiles.evidence(), pair);
    }

    /**
     * The marked aspects of every pair, judged from one and the same evidence; every pair asked for is a key,
     * in the order asked, those without any aspect with an empty list.
     */
    public Map<CommodityCountry, List<GenderRisk>> of(Collection<CommodityCountry> pairs) {
        Evidence evidence = profiles.evidence();
        Map<CommodityCountry, List<GenderRisk>> marked = new LinkedHashMap<>();
        pairs.forEach(pair -> marked.computeIfAbsent(pair, p -> of(evidence, p)));
        return marked;
    }

    private static List<GenderRisk> of(Evidence evidence, CommodityCountry pair) {
        Map<GenderAspect, List<Theme>> themes = new EnumMap<>(GenderAspect.class);
        for (Theme theme : Theme.values()) {
            evidence.expert(pair.commodityCode(), theme, pair.iso3())
                    .ifPresent(entry -> entry.genderAspects()
                            .forEach(aspect -> themes.computeIfAbsent(aspect, a -> new ArrayList<>())
                                    .add(theme)));
        }
        return themes.entrySet().stream()
                .map(marked -> new GenderRisk(marked.getKey(), marked.getValue()))
                .toList();
    }
}
