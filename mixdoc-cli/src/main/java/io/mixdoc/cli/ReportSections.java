package io.mixdoc.cli;

import io.mixdoc.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Extra sections of the text report contributed by other modules ({@link ReportSection}: structure, facts). */
public final class ReportSections {
    private static final List<ReportSection> SECTIONS = load();

    private ReportSections() {
    }

    private static List<ReportSection> load() {
        List<ReportSection> l = new ArrayList<>();
        ServiceLoader.load(ReportSection.class).forEach(l::add);
        l.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
        return List.copyOf(l);
    }

    static List<ReportSection> all() {
        return SECTIONS;
    }
}
