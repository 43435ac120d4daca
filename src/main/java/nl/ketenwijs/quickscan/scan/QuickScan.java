package nl.ketenwijs.quickscan.scan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A company's quick scan: its answers so far, the first steps it chose, and whether the answers went into
 * the chain. Done once the steps are chosen; a done scan can still be changed and saved again.
 */
public record QuickScan(
        UUID id,
        boolean done,
        Answers answers,
        List<ChosenStep> steps,
        OffsetDateTime savedToChain,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public QuickScan {
        steps = List.copyOf(steps);
    }

    public boolean savedToChainYet() {
        return savedToChain != null;
    }

    /** The step to go on with: the first one not answered yet, else the choice of first steps. */
    public String nextStep() {
        if (!answers.hasProducts()) {
            return "products";
        }
        if (!answers.hasMaterials()) {
            return "materials";
        }
        return savedToChainYet() ? "steps" : "origins";
    }
}
