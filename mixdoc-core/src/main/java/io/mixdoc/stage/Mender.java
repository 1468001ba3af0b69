package io.mixdoc.stage;

import io.mixdoc.Document;
import io.mixdoc.Edit;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Seam;
import io.mixdoc.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns seams with a sure-enough repair into the {@code edit} layer. The text itself is never
 * changed: {@link io.mixdoc.CleanText} applies the edits and maps offsets both ways.
 */
public final class Mender implements Stage {
    /** Repairs less certain than this stay proposals in the seam layer. */
    public static final double DEFAULT_MIN_REPAIR_CONFIDENCE = 0.5;

    private final double minRepairConfidence;

    public Mender() {
        this(DEFAULT_MIN_REPAIR_CONFIDENCE);
    }

    public Mender(double minRepairConfidence) {
        if (minRepairConfidence < 0 || minRepairConfidence > 1) {
            throw new IllegalArgumentException("minRepairConfidence must be within 0..1");
        }
        this.minRepairConfidence = minRepairConfidence;
    }

    @Override
    public String id() {
        return "mend";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.SEAM);
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.EDIT;
    }

    @Override
    public Document apply(Document doc) {
        List<Edit> edits = new ArrayList<>();
        int lastEnd = -1;
        for (Seam s : doc.layer(Layers.SEAM).spans()) {
            if (s.repair().isEmpty() || s.repairConfidence() < minRepairConfidence || s.start() < lastEnd) {
                continue;
            }
            String original = doc.text().substring(s.start(), s.end());
            if (!original.equals(s.repair().get())) {
                edits.add(new Edit(s.start(), s.end(), original, s.repair().get(), s.type().name()));
                lastEnd = s.end();
            }
        }
        return doc.with(Layers.EDIT, edits);
    }
}
