package io.mixdoc;

/**
 * Lets a module add a section to the plain-text report ({@code mixdoc analyze}) for the layers it adds,
 * without the CLI knowing their types (java.util.ServiceLoader, file
 * {@code META-INF/services/io.mixdoc.ReportSection}). Offsets shown are code points.
 */
public interface ReportSection {
    /** Appends this section for {@code doc}, or nothing when the document lacks its layers. */
    void append(Document doc, StringBuilder out);
}
