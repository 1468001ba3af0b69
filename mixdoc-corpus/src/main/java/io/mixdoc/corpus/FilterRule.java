package io.mixdoc.corpus;

import io.mixdoc.Scores;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One condition a record's {@link Scores} must meet to be kept. Written as {@code NAME=VALUE} or
 * {@code NAME=LANG=VALUE}: {@code max-seams-per-1000=2}, {@code max-switches-per-1000=50},
 * {@code min-letters=100}, {@code min-share=zh=0.8}, {@code max-share=en=0.3}, {@code min-completeness=0.9}. {@link #toString()}
 * gives that form back; it is what the {@code rule} field of a rejected record holds.
 *
 * @param kind      what is measured
 * @param language  the language for the share rules, else empty
 * @param threshold the limit (inclusive: a value equal to it passes)
 */
public record FilterRule(Kind kind, String language, double threshold) {
    /**
     * The measures a rule can bound: the one table of filter rules. Each front end makes its flags from
     * it ({@code mixdoc clean}'s picocli options, {@link CleanOptions#parse}, the Spark job's options),
     * so a new rule is one new constant here plus its case in {@link #violation}. Records are checked
     * against rules in this order (then in the order given), whichever front end read them.
     */
    public enum Kind {
        MAX_SEAMS_PER_1000("max-seams-per-1000", false, "X", "Reject records with more seams per 1,000 letters."),
        MAX_SWITCHES_PER_1000("max-switches-per-1000", false, "X", "Reject records with more language switches per 1,000 letters."),
        MIN_LETTERS("min-letters", false, "N", "Reject records with fewer letters."),
        MIN_SHARE("min-share", true, "LANG=X", "Reject records where LANG has a smaller share of the letters (repeatable)."),
        MAX_SHARE("max-share", true, "LANG=X", "Reject records where LANG has a larger share of the letters (repeatable)."),
        /** The main language's share of letters: keeps pages that were translated through. */
        MIN_COMPLETENESS("min-completeness", false, "X",
                "Reject records whose main language holds less than X of the letters (half-translated pages).");

        final String id;
        final boolean perLanguage;
        private final String paramLabel;
        private final String description;

        Kind(String id, boolean perLanguage, String paramLabel, String description) {
            this.id = id;
            this.perLanguage = perLanguage;
            this.paramLabel = paramLabel;
            this.description = description;
        }

        /** The rule's name, as in {@code NAME=VALUE} and the {@code rule} field of a rejected record. */
        public String id() {
            return id;
        }

        /** The command-line flag: {@code --} and the id. */
        public String flag() {
            return "--" + id;
        }

        /** What the flag's value looks like in help texts: {@code X}, {@code N} or {@code LANG=X}. */
        public String paramLabel() {
            return paramLabel;
        }

        /** One sentence for help texts. */
        public String description() {
            return description;
        }

        /** The kind whose flag is {@code flag}, if any. */
        public static java.util.Optional<Kind> byFlag(String flag) {
            for (Kind k : values()) {
                if (k.flag().equals(flag)) {
                    return java.util.Optional.of(k);
                }
            }
            return java.util.Optional.empty();
        }

        /** Every rule flag for a usage line: {@code [--max-seams-per-1000 X] [--min-letters N] ...}. */
        public static String usage() {
            StringBuilder b = new StringBuilder();
            for (Kind k : values()) {
                b.append(b.length() == 0 ? "" : " ").append('[').append(k.flag()).append(' ').append(k.paramLabel)
                        .append(k.perLanguage ? " ..." : "").append(']');
            }
            return b.toString();
        }
    }

    public FilterRule {
        Objects.requireNonNull(kind, "kind");
        language = language == null ? "" : language;
        if (kind.perLanguage == language.isEmpty()) {
            throw new IllegalArgumentException(kind.id + (kind.perLanguage ? " needs a language (LANG=VALUE)" : " takes no language"));
        }
        if (Double.isNaN(threshold) || threshold < 0) {
            throw new IllegalArgumentException(kind.id + ": threshold must be a number >= 0, got " + threshold);
        }
        if ((kind.perLanguage || kind.id.equals("min-completeness")) && threshold > 1) {
            throw new IllegalArgumentException(kind.id + ": a share is between 0 and 1, got " + threshold);
        }
    }

    public static FilterRule maxSeamsPer1000(double x) {
        return new FilterRule(Kind.MAX_SEAMS_PER_1000, "", x);
    }

    public static FilterRule maxSwitchesPer1000(double x) {
        return new FilterRule(Kind.MAX_SWITCHES_PER_1000, "", x);
    }

    public static FilterRule minLetters(int n) {
        return new FilterRule(Kind.MIN_LETTERS, "", n);
    }

    public static FilterRule minShare(String lang, double share) {
        return new FilterRule(Kind.MIN_SHARE, lang, share);
    }

    public static FilterRule minCompleteness(double share) {
        return new FilterRule(Kind.MIN_COMPLETENESS, "", share);
    }

    public static FilterRule maxShare(String lang, double share) {
        return new FilterRule(Kind.MAX_SHARE, lang, share);
    }

    /** Parses {@code NAME=VALUE} or {@code NAME=LANG=VALUE} (see the class comment). */
    public static FilterRule parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("rule '" + spec + "' is not NAME=VALUE");
        }
        String name = spec.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.id.equals(name)) {
                return withValue(k, spec.substring(eq + 1));
            }
        }
        throw new IllegalArgumentException("unknown rule '" + name + "'");
    }

    /** A rule of {@code kind} from the text after {@code NAME=}: {@code VALUE} or {@code LANG=VALUE}. */
    public static FilterRule withValue(Kind kind, String value) {
        String lang = "";
        String v = value.trim();
        if (kind.perLanguage) {
            int eq = v.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(kind.id + " needs LANG=VALUE, got '" + value + "'");
            }
            lang = v.substring(0, eq).trim();
            v = v.substring(eq + 1).trim();
        }
        try {
            return new FilterRule(kind, lang, Double.parseDouble(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kind.id + ": '" + v + "' is not a number");
        }
    }

    /** {@code rules} in the order they are checked: by {@link Kind}, then as given (a stable sort). */
    public static java.util.List<FilterRule> inCheckOrder(java.util.List<FilterRule> rules) {
        return rules.stream().sorted(java.util.Comparator.comparing(FilterRule::kind)).toList();
    }

    /** The measured value when the scores break this rule, else empty. */
    public OptionalDouble violation(Scores s) {
        double v = switch (kind) {
            case MAX_SEAMS_PER_1000 -> s.seamsPer1000();
            case MAX_SWITCHES_PER_1000 -> s.switchesPer1000();
            case MIN_LETTERS -> s.letters();
            case MIN_SHARE, MAX_SHARE -> s.languageShare().getOrDefault(language, 0.0);
            case MIN_COMPLETENESS -> s.translationCompleteness();
        };
        boolean ok = switch (kind) {
            case MAX_SEAMS_PER_1000, MAX_SWITCHES_PER_1000, MAX_SHARE -> v <= threshold;
            case MIN_LETTERS, MIN_SHARE, MIN_COMPLETENESS -> v >= threshold;
        };
        return ok ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Override
    public String toString() {
        String t = threshold == Math.rint(threshold) && Math.abs(threshold) < 1e15
                ? Long.toString((long) threshold) : Double.toString(threshold);
        return kind.id + "=" + (language.isEmpty() ? "" : language + "=") + t;
    }
}
