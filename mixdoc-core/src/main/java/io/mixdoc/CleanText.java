package io.mixdoc;

import java.util.List;

/**
 * The cleaned text: the original with the {@code edit} layer applied. Offsets map both ways:
 * {@link #toCleaned(int)} and {@link #toOriginal(int)} (UTF-16 indices). An offset inside an edit
 * maps into the other side's replacement, clamped to its length. {@link #restoreOriginal()} rebuilds
 * the original from the cleaned text and the edit log alone, which is what makes mending safe.
 */
public final class CleanText {
    private final String cleaned;
    private final List<Edit> edits;
    private final int[] cleanedStart; // where each edit's replacement starts in the cleaned text

    private CleanText(String original, List<Edit> edits) {
        this.edits = edits;
        this.cleanedStart = new int[edits.size()];
        StringBuilder b = new StringBuilder(original.length());
        int pos = 0;
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            if (e.start() < pos) {
                throw new IllegalArgumentException("edits overlap at " + e.start());
            }
            b.append(original, pos, e.start());
            cleanedStart[i] = b.length();
            b.append(e.replacement());
            pos = e.end();
        }
        b.append(original, pos, original.length());
        this.cleaned = b.toString();
    }

    public static CleanText of(Document doc) {
        return new CleanText(doc.text(), doc.find(Layers.EDIT).map(Layer::spans).orElse(List.of()));
    }

    public static CleanText of(String original, List<Edit> edits) {
        return new CleanText(original, edits);
    }

    public String text() {
        return cleaned;
    }

    public int toCleaned(int originalOffset) {
        int delta = 0;
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            if (originalOffset < e.start()) {
                break;
            }
            if (originalOffset < e.end()) {
                return cleanedStart[i] + Math.min(originalOffset - e.start(), e.replacement().length());
            }
            delta += e.replacement().length() - e.length();
        }
        return originalOffset + delta;
    }

    public int toOriginal(int cleanedOffset) {
        int delta = 0;
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            int cs = cleanedStart[i];
            if (cleanedOffset < cs) {
                break;
            }
            if (cleanedOffset == cs && e.length() > 0) {
                return e.start(); // the start of a replacement is the start of what it replaced
            }
            if (cleanedOffset < cs + e.replacement().length()) {
                return e.start() + Math.min(cleanedOffset - cs, e.length());
            }
            delta += e.length() - e.replacement().length();
        }
        return cleanedOffset + delta;
    }

    /** The original text, rebuilt from the cleaned text and the edit log only. */
    public String restoreOriginal() {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            b.append(cleaned, pos, cleanedStart[i]);
            b.append(e.original());
            pos = cleanedStart[i] + e.replacement().length();
        }
        b.append(cleaned, pos, cleaned.length());
        return b.toString();
    }
}
