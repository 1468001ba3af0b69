package io.mixdoc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.io.html.HtmlDecoder;
import io.mixdoc.io.html.MainTextExtractor;
import io.mixdoc.io.html.TextBlock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark's metric (Scrapinghub/Zyte {@code article-extraction-benchmark}),
 * re-implemented: tokens are {@code \w+} runs (Unicode); each text becomes the multiset of its 4-token
 * shingles (a text shorter than 4 tokens is one shingle); per page true positives, false positives and
 * false negatives over shingles are normalised by their sum; precision and recall are averaged over
 * the pages that have something to score; F1 comes from the two averages.
 *
 * <p>Chinese pages are scored with {@link Tokens#CJK}: one token per Han, kana or Hangul character and
 * {@code \w+} runs for the rest, after NFKC (with {@code \w+} alone an unspaced Chinese clause would be
 * one token). {@link #run} picks the tokens from the ground truth ({@link Tokens#forTruth}).
 *
 * <p>{@link #main} runs {@link MainTextExtractor} over a benchmark directory ({@code html/<id>.html.gz}
 * plus {@code ground-truth.json}) and prints the figures and the worst pages.
 */
public final class ExtractionBenchmark {
    private static final int SHINGLE = 4;

    /** How a text is cut into tokens before shingling. */
    public enum Tokens {
        /** The benchmark's own: {@code \w+} runs (Unicode), text as it is. */
        WORDS(Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS), false),
        /** One token per Han, kana or Hangul character, {@code \w+} runs for the rest, after NFKC. */
        CJK(Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]|"
                + "(?:(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])\\w)+", Pattern.UNICODE_CHARACTER_CLASS), true);

        private final Pattern pattern;
        private final boolean nfkc;

        Tokens(Pattern pattern, boolean nfkc) {
            this.pattern = pattern;
            this.nfkc = nfkc;
        }

        List<String> of(String text) {
            String t = text == null ? "" : text;
            if (nfkc) {
                t = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC);
            }
            List<String> tokens = new ArrayList<>();
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                tokens.add(m.group());
            }
            return tokens;
        }

        /** {@link #CJK} when most letters of the expected texts are Han, kana or Hangul, else {@link #WORDS}. */
        public static Tokens forTruth(Iterable<String> truths) {
            long cjk = 0;
            long letters = 0;
            for (String t : truths) {
                for (int i = 0; i < t.length(); ) {
                    int c = t.codePointAt(i);
                    i += Character.charCount(c);
                    if (Character.isLetter(c)) {
                        letters++;
                        Character.UnicodeScript s = Character.UnicodeScript.of(c);
                        if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL) {
                            cjk++;
                        }
                    }
                }
            }
            return cjk * 2 > letters ? CJK : WORDS;
        }
    }

    /** Normalised shingle counts of one page: {@code tp + fp + fn == 1} unless all are zero. */
    public record PageScore(String id, String url, double tp, double fp, double fn) {
        /** Precision as the benchmark defines it (1 when nothing is wrong, 0 when nothing matches). */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        /** Recall as the benchmark defines it. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Figures over a set of pages, and the tokens they were scored with. */
    public record Result(double precision, double recall, double f1, List<PageScore> pages, Tokens tokens) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pages=%d precision=%.4f recall=%.4f F1=%.4f tokens=%s",
                    pages.size(), precision, recall, f1, tokens.name().toLowerCase(Locale.ROOT));
        }

        /** The {@code n} pages with the lowest F1, lowest first. */
        public List<PageScore> worst(int n) {
            return pages.stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(n).toList();
        }
    }

    private ExtractionBenchmark() {
    }

    /** Scores one prediction against its truth (shingle multiset matching, {@code \w+} tokens). */
    public static PageScore score(String id, String url, String truth, String prediction) {
        return score(id, url, truth, prediction, Tokens.WORDS);
    }

    /** Scores one prediction against its truth with the given tokens. */
    public static PageScore score(String id, String url, String truth, String prediction, Tokens tokens) {
        Map<List<String>, Integer> t = shingles(truth, tokens);
        Map<List<String>, Integer> p = shingles(prediction, tokens);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new PageScore(id, url, tp, fp, fn);
    }

    /** Averages page scores the benchmark's way ({@code \w+} tokens). */
    public static Result aggregate(List<PageScore> pages) {
        return aggregate(pages, Tokens.WORDS);
    }

    /** Averages page scores the benchmark's way. */
    public static Result aggregate(List<PageScore> pages, Tokens tokens) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        for (PageScore s : pages) {
            if (s.tp() + s.fp() > 0) {
                pSum += s.precision();
                pN++;
            }
            if (s.tp() + s.fn() > 0) {
                rSum += s.recall();
                rN++;
            }
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(precision, recall, f1, List.copyOf(pages), tokens);
    }

    static Map<List<String>, Integer> shingles(String text) {
        return shingles(text, Tokens.WORDS);
    }

    static Map<List<String>, Integer> shingles(String text, Tokens kind) {
        List<String> tokens = kind.of(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Runs the extractor over a benchmark directory and scores every page in ground-truth.json, with
     * the tokens {@link Tokens#forTruth} picks for its expected texts.
     *
     * @throws UncheckedIOException when the directory, its ground truth or a page is missing
     */
    public static Result run(Path dir, MainTextExtractor extractor) {
        try {
            JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
            List<String> bodies = new ArrayList<>();
            truth.forEach(page -> bodies.add(page.path("articleBody").asText("")));
            Tokens tokens = Tokens.forTruth(bodies);
            List<PageScore> scores = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> page = it.next();
                String url = page.getValue().path("url").asText("");
                String html = HtmlDecoder.decode(readGzip(dir.resolve("html").resolve(page.getKey() + ".html.gz")));
                String predicted = extractor.extract(html, url).mainText();
                scores.add(score(page.getKey(), url, page.getValue().path("articleBody").asText(""), predicted, tokens));
            }
            return aggregate(scores, tokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] readGzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return in.readAllBytes();
        }
    }

    /**
     * Prints precision, recall and F1 over the benchmark and the worst pages.
     * Usage: {@code ExtractionBenchmark [dir] [worst-count]}; dir defaults to ../shared/eval/article-extraction.
     * {@code ExtractionBenchmark dir --page <id-prefix>} prints one page's blocks with their kinds.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[1].equals("--page")) {
            showPage(Path.of(args[0]), args[2]);
            return;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/article-extraction");
        int worst = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long start = System.nanoTime();
        Result r = run(dir, new MainTextExtractor());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(r + " time=" + ms + "ms");
        r.worst(worst).forEach(s -> System.out.printf(Locale.ROOT, "  F1=%.3f P=%.3f R=%.3f %s %s%n",
                s.f1(), s.precision(), s.recall(), s.id().substring(0, Math.min(12, s.id().length())), s.url()));
    }

    private static void showPage(Path dir, String prefix) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            if (!page.getKey().startsWith(prefix)) {
                continue;
            }
            String html = HtmlDecoder.decode(readGzip(dir.resolve("html").resolve(page.getKey() + ".html.gz")));
            String url = page.getValue().path("url").asText();
            MainTextExtractor.Extraction x = new MainTextExtractor().extract(html, url);
            System.out.println("TITLE: " + x.title());
            for (TextBlock b : x.blocks()) {
                String t = b.text().replace('\n', ' ');
                System.out.printf("%-12s %s%n", b.kind(), t.length() > 160 ? t.substring(0, 160) + "…" : t);
            }
            System.out.println("---- TRUTH ----");
            System.out.println(page.getValue().path("articleBody").asText());
            String body = page.getValue().path("articleBody").asText();
            System.out.println(score(page.getKey(), "", body, x.mainText(), Tokens.forTruth(List.of(body))));
        }
    }
}
