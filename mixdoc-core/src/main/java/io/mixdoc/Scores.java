package io.mixdoc;

import io.mixdoc.text.Chars;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document-level figures computed from the layers: how mixed the text is and how damaged.
 *
 * @param letters            letters in the text (Han characters count one each)
 * @param languageShare      share of letters per language code, summing to 1
 * @param mainLanguage       the language with the largest share ({@code und} for no letters)
 * @param switchesPer1000    language changes between neighbouring letters per 1,000 letters
 * @param seamsPer1000       seams per 1,000 letters
 *
 * <p>{@link #translationCompleteness()} is the main language's share: 1.0 for a text entirely in
 * one language, about 0.5 for a page left half-translated.
 */
public record Scores(int letters, Map<String, Double> languageShare, String mainLanguage,
                     double switchesPer1000, double seamsPer1000) {

    /** The tag of code, identifiers and URLs: no linguistic content; never the main language, never a switch. */
    public static final String NO_LANGUAGE = "zxx";

    public static Scores of(Document doc) {
        String text = doc.text();
        Map<String, Integer> counts = new TreeMap<>();
        int letters = 0;
        int switches = 0;
        String lastLang = null;
        for (LanguageSpan s : doc.layer(Layers.LANG).spans()) {
            int n = 0;
            for (int i = s.start(); i < s.end(); i++) {
                if (Chars.isLetter(text.charAt(i)) && !Character.isLowSurrogate(text.charAt(i))) {
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            if (!NO_LANGUAGE.equals(s.lang())) { // code between two English words is no language switch
                if (lastLang != null && !lastLang.equals(s.lang())) {
                    switches++;
                }
                lastLang = s.lang();
            }
            counts.merge(s.lang(), n, Integer::sum);
            letters += n;
        }
        Map<String, Double> share = new TreeMap<>();
        String main = "und";
        int max = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            share.put(e.getKey(), round((double) e.getValue() / letters));
            if (e.getValue() > max && !NO_LANGUAGE.equals(e.getKey())) {
                max = e.getValue();
                main = e.getKey();
            }
        }
        int seams = doc.find(Layers.SEAM).map(Layer::size).orElse(0);
        return new Scores(letters, share, main, perThousand(switches, letters), perThousand(seams, letters));
    }

    public double translationCompleteness() {
        return languageShare.getOrDefault(mainLanguage, 0.0);
    }

    private static double perThousand(int n, int letters) {
        return letters == 0 ? 0 : round(n * 1000.0 / letters);
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
