package io.mixdoc.cli;

import io.mixdoc.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Extra sections of the text report contributed by other modules (structure, facts). */
public final class ReportSections {
    /** One section of the report; implementations are found with java.util.ServiceLoader. */
    public interface Section {
        void append(Document doc, StringBuilder out);
    }

    private static final List<Section> SECTIONS = load();

    private ReportSections() {
    }

    private static List<Section> load() {
        List<Section> l = new ArrayList<>();
        ServiceLoader.load(Section.class).forEach(l::add);
        l.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
        return List.copyOf(l);
    }

    static List<Section> all() {
        return SECTIONS;
    }
}
