package io.mixdoc.eval.gen;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import io.mixdoc.internal.Chars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes dev sets of real clean text with one kind of damage spliced in, and their gold (issue 14).
 * Deterministic: the same sources and seed give the same files.
 *
 * <pre>
 * DamageSetGenerator KIND OUT_DIR SEED SOURCE_LABEL SOURCE_FILE...
 *   KIND: injected  simplified→traditional with the converter's ruby readings: 數(shù)據(jù)
 *         noise     Discuz! jammer runs at line breaks, in Chinese and English posts
 *         glue-latin, glue-term-zh, glue-zh, glue-sentence, glue-infobox
 *                   extraction glue where the document keeps the evidence ({@link GlueGenerator})
 *         dup       Latin and mixed chunks and sentence lines written twice
 * SOURCE_FILE: a manual's .txt.gz (prose paragraphs grouped into documents) or one .txt document
 * </pre>
 * Every fourth document is left undamaged ({@code "clean": true}) to count false alarms.
 */
public final class DamageSetGenerator {
    static final int MIN_DOC_CHARS = 1000;
    static final int MAX_DOCS = 40;

    private DamageSetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: DamageSetGenerator injected|noise|dup|glue-KIND OUT_DIR SEED SOURCE_LABEL SOURCE_FILE...");
            System.exit(2);
        }
        String kind = args[0];
        Path out = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        String label = args[3];
        List<String> docs = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            Path source = Path.of(args[i]);
            if (source.toString().endsWith(".gz")) { // a whole manual: prose paragraphs, grouped
                List<String> d = SourceText.documents(SourceText.paragraphs(source), MIN_DOC_CHARS);
                docs.addAll(d.subList(0, Math.min(MAX_DOCS / (args.length - 4), d.size())));
            } else { // one document of the real corpus, as it is
                docs.add(Files.readString(source).strip());
            }
        }
        Files.createDirectories(out);
        Random rnd = new Random(seed);
        int seams = 0;
        int written = 0;
        int glued = 0;
        for (int i = 0; i < docs.size(); i++) {
            boolean clean = i % 4 == 3;
            if (kind.startsWith("glue-")) {
                // glue needs evidence that few documents hold: keep only documents where it could be made,
                // every fourth of them left undamaged
                String sub = kind.substring("glue-".length());
                DamagedText t = GlueGenerator.glue(sub, docs.get(i), rnd, false);
                if (t.seamCount() == 0) {
                    continue;
                }
                clean = ++glued % 4 == 0;
                if (clean) {
                    t = GlueGenerator.glue(sub, docs.get(i), rnd, true);
                }
                seams += t.seamCount();
                written++;
                t.write(out, "%04d".formatted(i), "DamageSetGenerator " + kind + " seed " + seed, label, clean);
                continue;
            }
            DamagedText t = switch (kind) {
                case "injected" -> injected(docs.get(i), rnd, clean);
                case "noise" -> noise(docs.get(i), rnd, clean);
                case "dup" -> duplicated(docs.get(i), rnd, clean);
                default -> throw new IllegalArgumentException("unknown kind " + kind);
            };
            seams += t.seamCount();
            written++;
            t.write(out, "%04d".formatted(i), "DamageSetGenerator " + kind + " seed " + seed, label, clean);
        }
        System.out.printf("%s: %d documents, %d seams → %s%n", kind, written, seams, out);
    }

    /**
     * A simplified Chinese text through a simplified→traditional converter that adds the reading of
     * every character it changed, as ruby text flattened by a scraper: {@code 数据} → {@code 數(shù)據(jù)}.
     * Styles per document: ASCII brackets, full-width brackets, or bare pinyin. A clean document is
     * converted without readings (traditional text must not be flagged).
     */
    static DamagedText injected(String doc, Random rnd, boolean clean) {
        int style = rnd.nextInt(4); // 0, 1: (shù)  2: （shù）  3: shù
        DamagedText t = new DamagedText();
        String[] lines = doc.split("\n", -1);
        for (int li = 0; li < lines.length; li++) {
            String simp = lines[li];
            String trad = HanLP.convertToTraditionalChinese(simp);
            List<Pinyin> readings = HanLP.convertToPinyinList(simp);
            boolean aligned = trad.length() == simp.length() && readings.size() == simp.length();
            for (int i = 0; i < trad.length(); i++) {
                char c = trad.charAt(i);
                t.append(c);
                if (clean || !aligned || c == simp.charAt(i) || !Chars.isHan(c)) {
                    continue;
                }
                String py = readings.get(i).getPinyinWithToneMark();
                if (py.startsWith("none") || rnd.nextDouble() < 0.05) {
                    continue; // the converter's dictionary lacks a few
                }
                String ann = switch (style) {
                    case 2 -> "（" + py + "）";
                    case 3 -> py;
                    default -> "(" + py + ")";
                };
                t.damage(ann, "INJECTED_ANNOTATION", "");
            }
            if (li < lines.length - 1) {
                t.append('\n');
            }
        }
        return t;
    }

    /**
     * A forum post with Discuz!'s jammer at line breaks: {@code <font class="jammer">…</font>} before
     * a break or {@code <span style="display:none">…</span>} after it, flattened by an extractor that
     * keeps hidden text (and, half the time, collapses runs of spaces).
     */
    static DamagedText noise(String doc, Random rnd, boolean clean) {
        StringBuilder lined = new StringBuilder();
        for (int i = 0; i < doc.length(); i++) {
            char c = doc.charAt(i);
            lined.append(c);
            boolean sentenceEnd = c == '。' || (c == '.' && i + 1 < doc.length() && doc.charAt(i + 1) == ' ');
            if (sentenceEnd && rnd.nextDouble() < 0.3) {
                lined.append('\n'); // posts break lines often
                if (i + 1 < doc.length() && doc.charAt(i + 1) == ' ') {
                    i++;
                }
            }
        }
        String[] lines = lined.toString().split("\n", -1);
        DamagedText t = new DamagedText();
        int lastJamEnd = -1;
        for (int li = 0; li < lines.length; li++) {
            t.append(lines[li]);
            if (li == lines.length - 1) {
                break;
            }
            boolean jam = !clean && rnd.nextDouble() < 0.6;
            boolean before = rnd.nextBoolean();
            if (jam && before && lastJamEnd != t.length()) { // two runs never touch: an empty line between
                t.damage(jammer(rnd), "NOISE", "");
                lastJamEnd = t.length();
            }
            t.append('\n');
            if (jam && !before) {
                t.damage(jammer(rnd), "NOISE", "");
                lastJamEnd = t.length();
            }
        }
        return t;
    }

    /** Discuz!'s jammer(): pairs of chr(32..59), a space, chr(63..126); the bound is redrawn each turn. */
    static String jammer(Random rnd) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5 + rnd.nextInt(11); i++) {
            b.append((char) (32 + rnd.nextInt(28))).append(' ').append((char) (63 + rnd.nextInt(64)));
        }
        String s = b.toString();
        if (rnd.nextBoolean()) {
            s = s.replaceAll(" {2,}", " ");
        }
        return s.strip().isEmpty() ? "3 k# R9 u, E" : s;
    }

    /** Javadoc tags, statements, option lists, markup: lines of code or its comments, which extraction damage leaves alone. */
    static boolean looksLikeCode(String para) {
        String p = para.strip();
        return p.startsWith("@") || p.startsWith("//") || p.startsWith("-") || p.contains("{") || p.contains("}")
                || p.contains(";") || p.contains("**") || p.contains("<!--") || p.contains("-->");
    }

    /**
     * Chunks written twice: a run of three or four English words repeated after a space, a Chinese word
     * with the term glued to it repeated ({@code 使用Redis使用Redis}), or a sentence line repeated.
     */
    static DamagedText duplicated(String doc, Random rnd, boolean clean) {
        DamagedText t = new DamagedText();
        java.util.regex.Pattern words = java.util.regex.Pattern.compile("(?<![A-Za-z_@.:/-])[A-Za-z][a-z]+( [A-Za-z][a-z]+){2,3}(?![A-Za-z_(-]|\\.[A-Za-z])");
        java.util.regex.Pattern mixed = java.util.regex.Pattern.compile("[\\p{IsHan}]{2} ?[A-Za-z][A-Za-z0-9]{2,}(?![A-Za-z0-9_./(-])");
        for (String para : doc.split("\n", -1)) {
            if (t.length() > 0) {
                t.append('\n');
            }
            if (clean || !SourceText.isProse(para) || looksLikeCode(para) || rnd.nextDouble() < 0.4) {
                t.append(para); // code is never edited: its repeats are no damage mixdoc may report
                continue;
            }
            char last = para.charAt(para.length() - 1);
            boolean sentence = last == '。' || last == '.' || last == '！' || last == '？';
            java.util.regex.Matcher w = words.matcher(para);
            java.util.regex.Matcher x = mixed.matcher(para);
            // a chunk kind at random, the other chunk kind when the paragraph has none, the line last
            boolean wordsFirst = rnd.nextBoolean();
            boolean hasWords = w.find(rnd.nextInt(Math.max(1, para.length() / 2))) || w.find(0);
            boolean hasMixed = x.find(rnd.nextInt(Math.max(1, para.length() / 2))) || x.find(0);
            int kind = rnd.nextInt(3);
            if (kind < 2 && hasWords && (wordsFirst || !hasMixed)) {
                String chunk = w.group(); // gold as mixdoc reports it: both copies, repaired to one
                t.append(para.substring(0, w.start()));
                t.damage(chunk + " " + chunk, "DUPLICATION", chunk);
                t.append(para.substring(w.end()));
            } else if (kind < 2 && hasMixed) {
                t.append(para.substring(0, x.start()));
                t.damage(x.group() + x.group(), "DUPLICATION", x.group());
                t.append(para.substring(x.end()));
            } else if (sentence && para.length() < 400) {
                t.append(para);
                t.damage("\n" + para, "DUPLICATION", "");
            } else {
                t.append(para);
            }
        }
        return t;
    }
}
