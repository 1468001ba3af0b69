package io.mixdoc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages whose requirements were checked when it was built
 * ({@link Mixdoc#pipeline()}): each layer produced by one stage only, after the layers it requires. Thread-safe: one pipeline serves any number of threads.
 */
public final class Pipeline {
    private final List<Stage> stages;

    Pipeline(List<Stage> stages) {
        Set<LayerKey<?>> available = new HashSet<>();
        for (Stage s : stages) {
            if (available.contains(s.produces())) {
                throw new IllegalArgumentException("stage '" + s.id() + "' produces layer '" + s.produces()
                        + "', which an earlier stage already produces");
            }
            for (LayerKey<?> need : s.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalArgumentException(
                            "stage '" + s.id() + "' requires layer '" + need + "', which no earlier stage produces");
                }
            }
            available.add(s.produces());
        }
        this.stages = List.copyOf(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Only what {@code layers} need: the stages producing them and, through their requirements, the
     * stages those need, in this pipeline's order. A caller that reads two layers runs the stages of
     * two layers, not eleven (facts are not computed to be thrown away). The result is the same for
     * those layers, since a stage reads nothing but the layers it requires.
     *
     * @throws IllegalArgumentException if no stage produces one of {@code layers}
     */
    public Pipeline producing(Set<LayerKey<?>> layers) {
        Set<LayerKey<?>> needed = new HashSet<>(layers);
        Set<LayerKey<?>> produced = new HashSet<>();
        boolean[] keep = new boolean[stages.size()];
        for (int i = stages.size() - 1; i >= 0; i--) {
            Stage s = stages.get(i);
            if (needed.contains(s.produces())) {
                keep[i] = true;
                produced.add(s.produces());
                needed.addAll(s.requires());
            }
        }
        for (LayerKey<?> l : layers) {
            if (!produced.contains(l)) {
                throw new IllegalArgumentException("no stage produces layer '" + l + "'");
            }
        }
        List<Stage> kept = new java.util.ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(stages.get(i));
            }
        }
        return kept.size() == stages.size() ? this : new Pipeline(kept);
    }

    /** The ids of the stages, in the order they run. */
    public List<String> stageIds() {
        return stages.stream().map(Stage::id).toList();
    }

    /** Runs every stage; stops (with {@link AnalysisStoppedException}) only if the thread is interrupted. */
    public Document run(Document doc) {
        return run(doc, Deadline.none());
    }

    /**
     * Runs every stage under {@code deadline}: checked before each stage and, through
     * {@link Document#deadline()}, inside every stage's long loops.
     *
     * @throws AnalysisStoppedException when the deadline passes or the thread is interrupted
     */
    public Document run(Document doc, Deadline deadline) {
        Document d = doc.withDeadline(deadline);
        for (Stage s : stages) {
            deadline.check();
            d = s.apply(d);
        }
        deadline.check();
        return d.withDeadline(Deadline.none());
    }

    public Document run(String id, String text) {
        return run(Document.of(id, text));
    }
}
