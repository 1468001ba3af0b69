package io.mixdoc.cli;

import io.mixdoc.Document;
import io.mixdoc.Gloss;
import io.mixdoc.Layers;
import java.util.List;

/**
 * The reading aid for the terminal ({@code mixdoc analyze --gloss}): each line of the text that has
 * Chinese in it, then one row per Chinese word with its pinyin and first senses.
 */
final class Interlinear {
    /** Senses shown per word: the popup in the viewer shows all of them. */
    private static final int SENSES = 3;

    private Interlinear() {
    }

    static String render(Document doc) {
        StringBuilder b = new StringBuilder("\nReading aid (words, pinyin, CC-CEDICT senses):\n");
        List<Gloss> glosses = doc.find(Layers.GLOSS).map(l -> l.spans()).orElse(List.of());
        String text = doc.text();
        int g = 0;
        int lineStart = 0;
        while (lineStart < text.length() && g < glosses.size()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (glosses.get(g).start() < lineEnd) {
                b.append("  ").append(text, lineStart, lineEnd).append('\n');
                int width = 0;
                for (int k = g; k < glosses.size() && glosses.get(k).start() < lineEnd; k++) {
                    width = Math.max(width, displayWidth(doc.cover(glosses.get(k))));
                }
                while (g < glosses.size() && glosses.get(g).start() < lineEnd) {
                    Gloss x = glosses.get(g++);
                    String word = doc.cover(x);
                    b.append("    ").append(word).append(" ".repeat(width - displayWidth(word) + 2))
                            .append(x.pinyin().isEmpty() ? "?" : x.pinyin());
                    List<String> senses = x.glosses().subList(0, Math.min(SENSES, x.glosses().size()));
                    if (!senses.isEmpty()) {
                        b.append("  — ").append(String.join(" / ", senses));
                    }
                    b.append('\n');
                }
            }
            lineStart = lineEnd + 1;
        }
        return b.toString();
    }

    /** Terminal columns: Chinese characters are two wide. */
    static int displayWidth(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1).sum();
    }
}
