package nl.ketenwijs.quickscan.scan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.ketenwijs.riskanalysis.RegisterEntry;
import nl.ketenwijs.riskanalysis.RiskRegisters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a scan against the company's register: the highest-ranked risks of what the scan named, what it
 * cannot judge, and first steps fitted to both. Dismissed risks stay out; unknown levels are gaps, never
 * low risks.
 */
@Service
public class ScanFindings {

    /** About a page's worth for a small company: more would bury the first ones. */
    static final int TOP_RISKS = 5;

    public static final int STEPS = 3;

    /** The pairs the steps are offered for: more options than this are hard to choose from on a phone. */
    private static final int STEP_PAIRS = 3;

    private final RiskRegisters registers;

    ScanFindings(RiskRegisters registers) {
        this.registers = registers;
    }

    @Transactional(readOnly = true)
    public Findings of(UUID organisation, Answers answers) {
        Set<List<String>> scanned = answers.pairs();
        List<RegisterEntry> entries = registers.ranked(organisation).stream()
                .filter(e -> !e.isDismissed() && scanned.contains(pair(e)))
                .toList();
        List<RegisterEntry> risks =
                entries.stream().filter(e -> !e.isGap()).limit(TOP_RISKS).toList();
        Set<List<String>> judged = new LinkedHashSet<>();
        entries.stream().filter(e -> !e.isGap()).forEach(e -> judged.add(pair(e)));

        List<Gap> gaps = new ArrayList<>();
        for (ScanProduct product : answers.products()) {
            for (ScanMaterial material : product.materials()) {
                if (!material.hasCommodity()) {
                    gaps.add(new Gap(Gap.Kind.UNCLASSIFIED, product.name(), material.name(), null, null));
                } else if (!material.hasOrigin()) {
                    gaps.add(new Gap(
                            Gap.Kind.UNKNOWN_ORIGIN, product.name(), material.name(), material.commodityCode(), null));
                }
            }
        }
        List<List<String>> unjudged =
                scanned.stream().filter(p -> !judged.contains(p)).toList();
        unjudged.forEach(p -> gaps.add(new Gap(Gap.Kind.NO_DATA, null, null, p.get(0), p.get(1))));

        Set<List<String>> stepPairs = new LinkedHashSet<>();
        risks.forEach(e -> stepPairs.add(pair(e)));
        stepPairs.addAll(unjudged);
        return steps(risks, gaps, stepPairs.stream().limit(STEP_PAIRS).toList());
    }

    private static Findings steps(List<RegisterEntry> risks, List<Gap> gaps, List<List<String>> pairs) {
        List<ChosenStep> forGaps = gaps.stream()
                .filter(g -> g.kind() != Gap.Kind.NO_DATA)
                .map(g -> new ChosenStep(
                        g.kind() == Gap.Kind.UNCLASSIFIED ? StepTemplate.ASK_CONTENT : StepTemplate.ASK_ORIGIN,
                        g.material(),
                        null,
                        null))
                .distinct()
                .toList();
        List<ChosenStep> forPairs = new ArrayList<>();
        for (List<String> pair : pairs) {
            for (StepTemplate template : List.of(
                    StepTemplate.CERTIFICATION,
                    StepTemplate.COVENANT_PROJECT,
                    StepTemplate.LIVING_INCOME,
                    StepTemplate.NGO_PARTNER)) {
                forPairs.add(new ChosenStep(template, null, pair.get(0), pair.get(1)));
            }
        }
        List<ChosenStep> general = List.of(
                new ChosenStep(StepTemplate.CODE_OF_CONDUCT, null, null, null),
                new ChosenStep(StepTemplate.POLICY, null, null, null));
        List<ChosenStep> options =
                Stream.of(forGaps, forPairs, general).flatMap(List::stream).toList();
        // First what is unknown, then certification and a covenant project for the gravest pair, then the
        // code of conduct every company can adopt; the rest in the order offered.
        Set<ChosenStep> preferred = new LinkedHashSet<>();
        forGaps.stream().limit(1).forEach(preferred::add);
        forPairs.stream().limit(2).forEach(preferred::add);
        preferred.add(general.get(0));
        preferred.addAll(options);
        return new Findings(
                risks, gaps, options, preferred.stream().limit(STEPS).toList());
    }

    private static List<String> pair(RegisterEntry entry) {
        return List.of(entry.commodityCode(), entry.countryIso3());
    }
}
