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

    public Document run(Document doc) {
        Document d = doc;
        for (Stage s : stages) {
            d = s.apply(d);
        }
        return d;
    }

    public Document run(String id, String text) {
        return run(Document.of(id, text));
    }
}
