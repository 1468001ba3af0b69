package io.mixdoc.spark;

import io.mixdoc.Scores;
import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which analysed documents to keep, judged on their {@link Scores}: at most so many seams per 1,000
 * letters ({@code --max-seams-per-1000 5}) and at least a share of letters in given languages
 * ({@code --min-share zh=0.8}). No rules keep everything. Checked when built.
 */
public final class KeepRules implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double maxSeamsPer1000;
    private final Map<String, Double> minShare;

    private KeepRules(double maxSeamsPer1000, Map<String, Double> minShare) {
        this.maxSeamsPer1000 = maxSeamsPer1000;
        this.minShare = Collections.unmodifiableMap(new TreeMap<>(minShare));
    }

    public static KeepRules keepAll() {
        return new KeepRules(Double.POSITIVE_INFINITY, Map.of());
    }

    /** These rules plus a ceiling on seams per 1,000 letters. */
    public KeepRules maxSeamsPer1000(double max) {
        if (!(max >= 0)) {
            throw new IllegalArgumentException("--max-seams-per-1000 must be a number >= 0, got " + max);
        }
        return new KeepRules(max, minShare);
    }

    /** These rules plus a minimum share for one language, from {@code lang=share}, e.g. {@code zh=0.8}. */
    public KeepRules minShare(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("--min-share wants LANG=SHARE (e.g. zh=0.8), got '" + spec + "'");
        }
        String lang = spec.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        double share;
        try {
            share = Double.parseDouble(spec.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--min-share: '" + spec.substring(eq + 1) + "' is not a number");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("--min-share: share must be within 0..1, got " + share);
        }
        Map<String, Double> m = new TreeMap<>(minShare);
        m.put(lang, share);
        return new KeepRules(maxSeamsPer1000, m);
    }

    /** Why {@code scores} fails these rules, or empty when the document is kept. */
    public Optional<String> rejectReason(Scores scores) {
        if (scores.seamsPer1000() > maxSeamsPer1000) {
            return Optional.of(String.format(Locale.ROOT, "seams_per_1000_letters %s > %s",
                    scores.seamsPer1000(), maxSeamsPer1000));
        }
        for (Map.Entry<String, Double> e : minShare.entrySet()) {
            double share = scores.languageShare().getOrDefault(e.getKey(), 0.0);
            if (share < e.getValue()) {
                return Optional.of(String.format(Locale.ROOT, "language_share %s %s < %s", e.getKey(), share, e.getValue()));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "KeepRules[maxSeamsPer1000=" + maxSeamsPer1000 + ", minShare=" + minShare + "]";
    }
}
