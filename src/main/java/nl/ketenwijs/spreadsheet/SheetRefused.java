package nl.ketenwijs.spreadsheet;

import java.util.List;

/** A file that cannot be read as a spreadsheet at all, with every problem found while reading it. */
public class SheetRefused extends RuntimeException {

    private final List<SheetProblem> problems;

    SheetRefused(List<SheetProblem> problems) {
        super("Spreadsheet refused with " + problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    SheetRefused(SheetProblem problem) {
        this(List.of(problem));
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}
