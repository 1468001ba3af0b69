package io.mixdoc.facts.internal;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} gives, in the same order and with the same groups, found by trying
 * the pattern only where a match can start instead of at every character. The caller names those
 * places ({@link #starts}): positions near a digit, a numeral or a keyword, computed once per text by
 * {@link Anchors}. A position left out must be one where the pattern cannot match, so the result is the
 * same as {@code find()}'s; the cost follows the number of anchors, not the length of the text times
 * the number of patterns.
 *
 * <p>Use: {@code for (AnchoredScan s = new AnchoredScan(P, text, starts); s.find(); ) { Matcher m = s.matcher(); ... }}
 */
public final class AnchoredScan {
    private final Matcher matcher;
    private final BitSet starts;
    private final int length;
    private int from;

    public AnchoredScan(Pattern pattern, String text, BitSet starts) {
        // transparent bounds: lookbehinds and \b see the text before a start, as find() lets them
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.starts = starts;
        this.length = text.length();
    }

    /** The matcher, holding the match the last {@link #find()} returned. */
    public Matcher matcher() {
        return matcher;
    }

    /** The next match, as {@code find()} would give it; false when there is none. */
    public boolean find() {
        for (int s = starts.nextSetBit(from); s >= 0 && s <= length; s = starts.nextSetBit(s + 1)) {
            matcher.region(s, length);
            if (matcher.lookingAt()) {
                from = matcher.end() > s ? matcher.end() : s + 1; // find() goes on after an empty match too
                return true;
            }
        }
        from = length + 1;
        return false;
    }

    /** Every match, as {@code find()} over the whole text would give them (for tests). */
    static java.util.List<String> all(Pattern pattern, String text, BitSet starts) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (AnchoredScan s = new AnchoredScan(pattern, text, starts); s.find(); ) {
            out.add(s.matcher().start() + ":" + s.matcher().group());
        }
        return out;
    }
}
