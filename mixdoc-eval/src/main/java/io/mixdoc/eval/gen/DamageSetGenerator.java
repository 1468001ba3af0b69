package io.mixdoc.eval.gen;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import io.mixdoc.text.Chars;
import io.mixdoc.text.ChineseEnglishGlosses;
import io.mixdoc.text.Zhuyin;
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
 *         zhuyin    the same converter with zhuyin readings: 數ㄕㄨˋ據ㄐㄩˋ; textbook glosses after whole words kept
 *         leaked    one English word of a sentence replaced by its Chinese (the board's最终 decision), as
 *                   language models and translators leak; gold repair is the word (CC-CEDICT's first gloss)
 *         untranslated  an English paragraph left between translated (Chinese) ones; gold language spans
 *                   (Han runs zh, the English line en), no seams: it is reported as a span of the other language
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
        List<String> englishLines = new ArrayList<>();
        if (kind.equals("untranslated")) { // English lines from the English documents, damage on the Chinese ones
            for (String d : docs) {
                for (String line : d.split("\n")) {
                    if (isEnglishSentences(line)) {
                        englishLines.add(line);
                    }
                }
            }
            docs.removeIf(d -> d.chars().filter(Chars::isHan).count() < 0.3 * d.length());
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
                if (sub.equals("zh")) {
                    // list glue: one text per junction number, so every junction of every list is tried once
                    DamagedText first = ListGlue.glue(docs.get(i), 0, false);
                    if (first.seamCount() == 0) {
                        continue;
                    }
                    if (++glued % 4 == 0) {
                        written++;
                        ListGlue.glue(docs.get(i), 0, true)
                                .write(out, "%04d".formatted(i), "DamageSetGenerator " + kind + " seed " + seed, label, true);
                        continue;
                    }
                    for (int v = 0; ; v++) {
                        DamagedText t = v == 0 ? first : ListGlue.glue(docs.get(i), v, false);
                        if (t.seamCount() == 0) {
                            break;
                        }
                        seams += t.seamCount();
                        written++;
                        t.write(out, v == 0 ? "%04d".formatted(i) : "%04d-%d".formatted(i, v), "DamageSetGenerator " + kind + " seed " + seed, label, false);
                    }
                    continue;
                }
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
                case "zhuyin" -> zhuyin(docs.get(i), rnd, clean);
                case "noise" -> noise(docs.get(i), rnd, clean);
                case "leaked" -> leaked(docs.get(i), rnd, clean);
                case "untranslated" -> untranslated(docs.get(i), rnd, clean, englishLines);
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
     * The converter of {@link #injected} with zhuyin ruby instead of pinyin ({@code 數ㄕㄨˋ據ㄐㄩˋ}), the
     * zhuyin written from HanLP's pinyin by {@link Zhuyin}. Styles per document: bare (ruby text flattened),
     * full-width or ASCII brackets. Every document also carries textbook glosses after whole words
     * ({@code 民主（ㄇㄧㄣˊ ㄓㄨˇ）}, a one-character word's {@code 和（ㄏㄜˊ）}), gold not-seams: a gloss
     * cuts no word and must not be removed.
     */
    static DamagedText zhuyin(String doc, Random rnd, boolean clean) {
        int style = rnd.nextInt(3); // 0: ㄕㄨˋ  1: （ㄕㄨˋ）  2: (ㄕㄨˋ)
        DamagedText t = new DamagedText();
        String[] lines = doc.split("\n", -1);
        for (int li = 0; li < lines.length; li++) {
            String simp = lines[li];
            String trad = HanLP.convertToTraditionalChinese(simp);
            List<Pinyin> readings = HanLP.convertToPinyinList(simp);
            boolean aligned = trad.length() == simp.length() && readings.size() == simp.length();
            java.util.Set<Integer> wordEnds = new java.util.HashSet<>();
            java.util.Map<Integer, Integer> wordStartByEnd = new java.util.HashMap<>();
            int at = 0;
            for (com.hankcs.hanlp.seg.common.Term term : HanLP.segment(simp)) {
                int e = at + term.word.length();
                if (term.word.chars().allMatch(Chars::isHan) && term.word.length() <= 3) {
                    wordEnds.add(e);
                    wordStartByEnd.put(e, at);
                }
                at = e;
            }
            for (int i = 0; i < trad.length(); i++) {
                char c = trad.charAt(i);
                t.append(c);
                if (!aligned) {
                    continue;
                }
                boolean changed = c != simp.charAt(i) && Chars.isHan(c);
                if (!clean && changed && rnd.nextDouble() >= 0.05) {
                    String z = zhuyinOf(readings.get(i));
                    if (z != null) {
                        t.damage(switch (style) {
                            case 1 -> "（" + z + "）";
                            case 2 -> "(" + z + ")";
                            default -> z;
                        }, "INJECTED_ANNOTATION", "");
                        continue;
                    }
                }
                boolean word = wordEnds.contains(i + 1) && (clean || wordStartByEnd.get(i + 1) < i); // one-character words: clean documents only
                if (!changed && word && rnd.nextDouble() < 0.04) { // a textbook's gloss
                    StringBuilder gloss = new StringBuilder();
                    for (int k = wordStartByEnd.get(i + 1); k <= i; k++) {
                        String z = zhuyinOf(readings.get(k));
                        if (z == null) {
                            gloss = null;
                            break;
                        }
                        gloss.append(gloss.isEmpty() ? "" : " ").append(z);
                    }
                    if (gloss != null) {
                        t.notDamage("（" + gloss + "）", "a textbook's reading after a whole word");
                    }
                }
            }
            if (li < lines.length - 1) {
                t.append('\n');
            }
        }
        return t;
    }

    /**
     * A translation with one paragraph left in the source language: an English prose line (from the English
     * documents given) put between two Chinese lines. Gold: language spans only (every Han run {@code zh},
     * the English line {@code en}; Latin terms inside Chinese lines have no gold).
     */
    static DamagedText untranslated(String doc, Random rnd, boolean clean, List<String> englishLines) {
        DamagedText t = new DamagedText();
        String[] lines = doc.split("\n", -1);
        int inserted = 0;
        for (int li = 0; li < lines.length; li++) {
            if (li > 0) {
                t.append('\n');
            }
            String line = lines[li];
            int at = t.length();
            t.append(line);
            for (int i = 0; i < line.length(); ) { // every Han run: zh
                if (!Chars.isHan(line.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < line.length() && (Chars.isHan(line.charAt(i)) || Chars.isCjkPunct(line.charAt(i)))) {
                    i++;
                }
                t.language(at + s, at + i, "zh");
            }
            boolean chineseHere = line.chars().filter(Chars::isHan).count() >= 10;
            int next = li + 1;
            while (next < lines.length && lines[next].isBlank()) {
                next++;
            }
            boolean chineseNext = next < lines.length && lines[next].chars().filter(Chars::isHan).count() >= 10;
            if (!clean && chineseHere && chineseNext && inserted < 3 && !englishLines.isEmpty() && rnd.nextDouble() < 0.3) {
                String english = englishLines.get(rnd.nextInt(englishLines.size()));
                t.append(next > li + 1 ? "\n\n" : "\n"); // laid out as the paragraphs around it
                int s = t.length();
                t.append(english);
                t.language(s, t.length(), "en");
                inserted++;
            }
        }
        return t;
    }

    /** An English paragraph of plain sentences: eight words or more, a full stop at the end, no code marks. */
    static boolean isEnglishSentences(String line) {
        String l = line.strip();
        return SourceText.isProse(l) && !looksLikeCode(l) && l.chars().noneMatch(Chars::isHan) && l.endsWith(".")
                && l.split(" +").length >= 8 && l.chars().noneMatch(c -> "()<>=_`{}[]/\\#*|".indexOf(c) >= 0)
                && Character.isUpperCase(l.charAt(0));
    }

    /** A lower-case English word between two words of a sentence: {@code board's [final] decision}. */
    private static final java.util.regex.Pattern MID_WORD = java.util.regex.Pattern.compile(
            "(?<=[A-Za-z]('s)? )([a-z]{4,})(?= [A-Za-z])");
    private static final int MAX_LEAKS_PER_DOC = 6;

    /**
     * A language model's or translator's leak: one English word inside a sentence of an English line
     * written in Chinese ({@code the board's最终 decision}), the Chinese being a CC-CEDICT headword whose
     * first gloss is the word (so the gold repair is the word itself). Spacing as leaks show it: the space
     * before lost (the Chinese token took it), spaces kept, or both lost. Lines with Chinese of their own,
     * code and non-prose are left alone: a leak is a translator's slip inside a sentence, and mixdoc never
     * edits code, so a word "leaked" into a declaration or a config line would be gold nobody may repair.
     */
    static DamagedText leaked(String doc, Random rnd, boolean clean) {
        DamagedText t = new DamagedText();
        int leaks = 0;
        List<io.mixdoc.CodeRegion> code = io.mixdoc.code.CodeRegionFinder.find(doc, io.mixdoc.token.Tokenizer.tokenize(doc));
        int lineStart = 0;
        for (String line : doc.split("\n", -1)) {
            if (t.length() > 0) {
                t.append('\n');
            }
            boolean inCode = overlapsCode(code, lineStart, lineStart + line.length()) || readsAsCodeLine(line);
            lineStart += line.length() + 1;
            boolean english = !inCode && SourceText.isProse(line) && !looksLikeCode(line)
                    && line.chars().noneMatch(Chars::isHan);
            if (clean || !english || leaks >= MAX_LEAKS_PER_DOC || rnd.nextDouble() < 0.5) {
                t.append(line);
                continue;
            }
            java.util.regex.Matcher m = MID_WORD.matcher(line);
            List<int[]> candidates = new ArrayList<>();
            while (m.find()) {
                if (LeakSource.chineseFor(m.group(2)) != null) {
                    candidates.add(new int[] {m.start(2), m.end(2)});
                }
            }
            if (candidates.isEmpty()) {
                t.append(line);
                continue;
            }
            int[] c = candidates.get(rnd.nextInt(candidates.size()));
            String word = line.substring(c[0], c[1]);
            String chinese = LeakSource.chineseFor(word);
            int style = rnd.nextInt(10); // 0–4: the space before lost, 5–8: both kept, 9: both lost
            t.append(line.substring(0, c[0] - 1));
            t.damage((style >= 5 && style <= 8 ? " " : "") + chinese + (style == 9 ? "" : " "),
                    "INTRA_SENTENCE_SWITCH", " " + word + " ");
            t.append(line.substring(c[1] + 1));
            leaks++;
        }
        return t;
    }

    private static boolean overlapsCode(List<io.mixdoc.CodeRegion> code, int start, int end) {
        for (io.mixdoc.CodeRegion r : code) {
            if (r.start() < end && r.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** A type declaration without code punctuation ({@code public class A extends B}), split over lines in Javadoc pages. */
    private static final java.util.regex.Pattern TYPE_DECLARATION = java.util.regex.Pattern.compile(
            "\\s*(?:(?:public|protected|private|abstract|final|static|sealed)\\s+)*(?:class|interface|enum|record)\\s+[A-Z]\\w*"
            + "(?:<[^>]*>)?(?:\\s+(?:extends|implements)\\s.*)?");
    /** A URL in a line that does not end as a sentence does: an entry of a config file or a command ({@code deb http://… main}). */
    private static final java.util.regex.Pattern URL_ENTRY = java.util.regex.Pattern.compile(".*\\b[a-z][a-z0-9+.-]*://\\S+.*(?<![.!?:)])");

    /** Lines the project's code finder leaves to prose in context but that are code or configuration on their own. */
    static boolean readsAsCodeLine(String line) {
        String l = line.strip();
        return TYPE_DECLARATION.matcher(l).matches() || URL_ENTRY.matcher(l).matches();
    }

    /** For an English word, the Chinese word a leak would write: the most frequent CC-CEDICT headword glossed by it first. */
    private static final class LeakSource {
        private static final java.util.Map<String, String> BY_WORD = build();

        static String chineseFor(String word) {
            return BY_WORD.get(word);
        }

        private static java.util.Map<String, String> build() {
            java.util.Map<String, String> best = new java.util.HashMap<>();
            java.util.Map<String, Integer> freq = new java.util.HashMap<>();
            ChineseEnglishGlosses.get().forEach((han, glosses) -> {
                if (glosses.isEmpty() || glosses.size() > 3 || han.length() < 2 || han.length() > 4
                        || !han.chars().allMatch(Chars::isHan)) { // short definitions only: "final ultimate", not a phrase
                    return;
                }
                com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(han);
                if (a == null || a.nature.length == 0) {
                    return; // not a word of HanLP's core dictionary: rare or a phrase
                }
                String nature = a.nature[0].toString();
                if (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt") || nature.startsWith("nz")
                        || nature.startsWith("nx") || nature.startsWith("w") || nature.startsWith("m") || nature.startsWith("q")) {
                    return; // names and numbers are written in Chinese on purpose
                }
                String w = glosses.get(0);
                if (!best.containsKey(w) || a.totalFrequency > freq.get(w)
                        || a.totalFrequency == freq.get(w) && han.compareTo(best.get(w)) < 0) {
                    best.put(w, han);
                    freq.put(w, a.totalFrequency);
                }
            });
            return java.util.Map.copyOf(best);
        }
    }

    private static String zhuyinOf(Pinyin p) {
        return p.getPinyinWithoutTone().startsWith("none") ? null : Zhuyin.of(p.getPinyinWithoutTone(), p.getTone());
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

    /** The index of the next non-blank paragraph after {@code pi} if it is a sentence paragraph, not code; else -1. */
    private static int nextParagraph(String[] paras, int pi) {
        int j = pi + 1;
        while (j < paras.length && paras[j].isBlank()) {
            j++;
        }
        boolean ok = j < paras.length && !looksLikeCode(paras[j]) && endsSentence(paras[j])
                && paras[j].chars().filter(Chars::isLetter).count() >= 10;
        return ok ? j : -1;
    }

    private static boolean endsSentence(String para) {
        char last = para.isEmpty() ? ' ' : para.charAt(para.length() - 1);
        return last == '。' || last == '.' || last == '！' || last == '？';
    }

    /**
     * Chunks written twice: a run of three or four English words repeated after a space, a Chinese word
     * with the term glued to it repeated ({@code 使用Redis使用Redis}), a sentence line (of any length) repeated,
     * or a block of two paragraphs repeated.
     */
    static DamagedText duplicated(String doc, Random rnd, boolean clean) {
        DamagedText t = new DamagedText();
        java.util.regex.Pattern words = java.util.regex.Pattern.compile("(?<![A-Za-z_@.:/-])[A-Za-z][a-z]+( [A-Za-z][a-z]+){2,3}(?![A-Za-z_(-]|\\.[A-Za-z])");
        java.util.regex.Pattern mixed = java.util.regex.Pattern.compile("[\\p{IsHan}]{2} ?[A-Za-z][A-Za-z0-9]{2,}(?![A-Za-z0-9_./(-])");
        String[] paras = doc.split("\n", -1);
        for (int pi = 0; pi < paras.length; pi++) {
            String para = paras[pi];
            if (t.length() > 0) {
                t.append('\n');
            }
            if (clean || !SourceText.isProse(para) || looksLikeCode(para) || rnd.nextDouble() < 0.4) {
                t.append(para); // code is never edited: its repeats are no damage mixdoc may report
                continue;
            }
            boolean sentence = endsSentence(para);
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
            } else if (sentence && nextParagraph(paras, pi) > 0 && rnd.nextBoolean()) {
                int next = nextParagraph(paras, pi); // two paragraphs (and the blank lines between) copied again
                String block = String.join("\n", java.util.Arrays.asList(paras).subList(pi, next + 1));
                t.append(block);
                t.damage("\n" + block, "DUPLICATION", "");
                pi = next;
            } else if (sentence) {
                t.append(para);
                t.damage("\n" + para, "DUPLICATION", "");
            } else {
                t.append(para);
            }
        }
        return t;
    }
}
