package nl.ketenwijs.quickscan.scan;

import java.util.List;
import nl.ketenwijs.riskanalysis.RegisterEntry;

/**
 * What a scan shows the company: its top risks from the register, the gaps, the first steps it can choose
 * from and the three suggested to begin with.
 */
public record Findings(
        List<RegisterEntry> risks, List<Gap> gaps, List<ChosenStep> options, List<ChosenStep> suggested) {

    public Findings {
        risks = List.copyOf(risks);
        gaps = List.copyOf(gaps);
        options = List.copyOf(options);
        suggested = List.copyOf(suggested);
    }
}
