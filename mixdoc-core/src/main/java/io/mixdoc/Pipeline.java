package io.mixdoc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages whose requirements were checked when it was built
 * ({@link Mixdoc#pipeline()}). Thread-safe: one pipeline serves any number of threads.
 */
public final class Pipeline {
    private final List<Stage> stages;

    Pipeline(List<Stage> stages) {
        Set<LayerKey<?>> available = new HashSet<>();
        for (Stage s : stages) {
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
