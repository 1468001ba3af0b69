package io.mixdoc.corpus;

import io.mixdoc.Scores;
import java.io.Serializable;

/**
 * The figures of one analysed record that the corpus report plots ({@link CorpusStats}).
 *
 * @param letters      letters in the record
 * @param zhShare      share of the letters that are Chinese (0..1)
 * @param seamsPer1000 seams per 1,000 letters
 */
public record RecordStats(int letters, double zhShare, double seamsPer1000) implements Serializable {
    public static RecordStats of(Scores s) {
        return new RecordStats(s.letters(), s.languageShare().getOrDefault("zh", 0.0), s.seamsPer1000());
    }
}
