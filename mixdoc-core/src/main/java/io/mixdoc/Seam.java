package io.mixdoc;

import java.util.Objects;
import java.util.Optional;

/**
 * One place where the translator broke the text.
 *
 * @param confidence       how sure the finder is that this is a seam, 0..1
 * @param repair           the text that should stand in {@code [start, end)}, when it can be known
 * @param repairConfidence how sure the finder is of the repair, 0..1 (0 when there is none)
 * @param evidence         a short human-readable reason, e.g. "joins to a lexicon word"
 */
public record Seam(int start, int end, SeamType type, double confidence, Optional<String> repair,
                   double repairConfidence, String evidence) implements Span {
    public Seam {
        Span.check(start, end);
        Objects.requireNonNull(type);
        Objects.requireNonNull(repair);
        Objects.requireNonNull(evidence);
        if (confidence < 0 || confidence > 1 || repairConfidence < 0 || repairConfidence > 1) {
            throw new IllegalArgumentException("confidences are 0..1");
        }
    }

    public static Seam of(int start, int end, SeamType type, double confidence, String evidence) {
        return new Seam(start, end, type, confidence, Optional.empty(), 0, evidence);
    }

    /**
     * This seam with its repair, if any, kept as a proposal: no more certain than {@code ceiling}
     * (below the mender's threshold), so it is reported but never applied.
     */
    public Seam asProposal(double ceiling) {
        return repair.isEmpty() || repairConfidence <= ceiling ? this
                : new Seam(start, end, type, confidence, repair, ceiling, evidence);
    }

    public Seam withRepair(String text, double repairConfidence) {
        return new Seam(start, end, type, confidence, Optional.of(text), repairConfidence, evidence);
    }
}
