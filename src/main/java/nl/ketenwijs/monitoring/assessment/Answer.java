package nl.ketenwijs.monitoring.assessment;

import java.util.UUID;

/**
 * The answer to one question: a maturity level, or any other answer as text (yes/no as {@code YES}/{@code
 * NO}, a choice as its number), or an evidence file; with the figure Ketenwijs supplied, if any.
 */
public record Answer(
        UUID questionId, Integer level, String value, String fileName, Integer fileSize, EvidenceFigure figure) {

    /** What the form shows in the question's field. */
    public String shown() {
        return level != null ? level.toString() : value;
    }

    public boolean hasFile() {
        return fileName != null;
    }
}
