package io.mixdoc.bench;

import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Stage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The scaling benchmark ({@code bench/scaling.sh}): does every stage cost the same per MB at 10 KB
 * and at 10 MB? For each input kind (ordinary mixed text made from the seed and the dev set, and
 * five pathological kinds: a long run without spaces, alternating scripts, one fragment repeated,
 * glued English words between Chinese, a vocabulary that grows with the text; and one long Chinese record made of the real Chinese lines) and each size (10 KB, 100 KB, 1 MB, 10 MB) it runs the
 * standard pipeline one stage at a time and prints each stage's CPU milliseconds (of the thread
 * running it, so other processes on the machine matter little) per MB of UTF-8 and
 * the ratio to its own cost per MB at 10 KB (1.0 = linear; a quadratic stage doubles the ratio at
 * every tenfold step). Small sizes are repeated until they have run for a second, so the 10 KB
 * reference is not noise.
 *
 * <p>Options: {@code --max-mb N} the largest size (default 10), {@code --kinds a,b} which kinds
 * (default all), {@code --budget S} seconds after which a stage is not measured at larger sizes
 * (default 60: a superlinear stage shows itself long before that).
 */
public final class Scaling {
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private Scaling() {
    }

    /** The input kinds: name -> text of (at least) n UTF-8 bytes. */
    public static Map<String, IntFunction<String>> kinds(List<String> ordinarySentences) {
        Map<String, IntFunction<String>> k = new LinkedHashMap<>();
        k.put("ordinary", n -> ordinary(ordinarySentences, n));
        k.put("no-spaces", Scaling::noSpaces);
        k.put("alternating", Scaling::alternating);
        k.put("repeated", Scaling::repeated);
        k.put("glued-zh", Scaling::gluedWithChinese);
        k.put("varied-words", Scaling::variedWords);
        List<String> chinese = chineseLines();
        k.put("chinese", n -> ordinary(chinese, n));
        return k;
    }

    /**
     * The mostly Chinese lines (more Han characters than Latin letters) of the real Chinese technical
     * documents ({@code data/real/zh-tech}), the seed and the samples: one long Chinese record, where
     * HanLP's segmentation and the Chinese facts rules do the most work.
     */
    static List<String> chineseLines() {
        List<String> sentences;
        try {
            sentences = lines("data/real/zh-tech", "data/seed", "data/samples/docs");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> zh = new ArrayList<>();
        for (String s : sentences) {
            long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            long latin = s.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
            if (han > latin) {
                zh.add(s);
            }
        }
        return zh;
    }

    /** Real sentences of the seed and dev set, shuffled with a fixed seed, until n bytes. */
    public static String ordinary(List<String> sentences, int n) {
        Random r = new Random(7);
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        while (bytes < n) {
            String s = sentences.get(r.nextInt(sentences.size()));
            b.append(s).append(r.nextInt(8) == 0 ? "\n\n" : "\n");
            bytes += s.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return b.toString();
    }

    private static final String[] WORDS = {"the", "property", "document", "announcement", "and", "central",
        "government", "market", "of", "in", "report", "company", "said", "will", "new", "price"};

    /** Common English words with every space lost: one token as long as the input. */
    static String noSpaces(int n) {
        Random r = new Random(11);
        StringBuilder b = new StringBuilder(n);
        while (b.length() < n) {
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /** One Latin letter, one Han character, in turn: a script switch at every character. */
    static String alternating(int n) {
        StringBuilder b = new StringBuilder(n);
        int bytes = 0;
        for (int i = 0; bytes < n; i++) {
            b.append((char) ('a' + i % 26)).append((char) (0x4E00 + (int) ((i * 7919L) % 20000)));
            bytes += 4;
        }
        return b.toString();
    }

    /** One mixed fragment, over and over: duplication and vocabulary at their worst. */
    static String repeated(int n) {
        String fragment = "北京市政府 Beijing municipal government 宣布了新的 policy 。";
        int bytes = fragment.getBytes(StandardCharsets.UTF_8).length;
        return fragment.repeat(n / bytes + 1);
    }

    /** Glued English words cut by Chinese: {@code 中文documentannouncement中文theproperty}. */
    static String gluedWithChinese(int n) {
        Random r = new Random(13);
        StringBuilder b = new StringBuilder(n);
        int bytes = 0;
        while (bytes < n) {
            String w = WORDS[r.nextInt(WORDS.length)] + WORDS[r.nextInt(WORDS.length)] + WORDS[r.nextInt(WORDS.length)];
            b.append("政府").append(w);
            bytes += 6 + w.length();
        }
        return b.toString();
    }

    private static final String[] SYLLABLES = {"ba", "ko", "tu", "mi", "re", "sa", "lo", "ne", "vi", "du", "fe", "ga",
        "hi", "jo", "ku", "pe", "ri", "so", "ta", "we", "ze", "ly", "qua", "st"};

    /**
     * English-like text whose vocabulary grows with its length (made-up words of three to five syllables),
     * each clause after Chinese opening with a whole English word ({@code 政府report bakotumi ...}): what a
     * stage that walks the document's whole vocabulary per word or per cut site shows as quadratic.
     */
    static String variedWords(int n) {
        Random r = new Random(17);
        StringBuilder b = new StringBuilder(n + 64);
        int bytes = 0;
        while (bytes < n) {
            int at = b.length();
            b.append("政府").append(WORDS[r.nextInt(WORDS.length)]);
            for (int w = 0; w < 6; w++) {
                b.append(' ');
                for (int syl = 3 + r.nextInt(3); syl > 0; syl--) {
                    b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
                }
            }
            b.append(r.nextInt(6) == 0 ? "。\n" : "。");
            bytes += b.length() - at + 4 + 2; // two Han characters and a full stop take 3 bytes each
        }
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        int maxMb = 10;
        double budget = 60;
        List<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--max-mb" -> maxMb = Integer.parseInt(args[++i]);
                case "--budget" -> budget = Double.parseDouble(args[++i]);
                case "--kinds" -> only = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (known: --max-mb --kinds --budget)");
            }
        }
        Pipeline pipeline = Mixdoc.standard();
        List<Integer> sizes = new ArrayList<>();
        for (int s = 10_000; s <= maxMb * 1_000_000; s *= 10) {
            sizes.add(s);
        }
        Map<String, IntFunction<String>> kinds = kinds(sentences());
        System.out.printf(Locale.ROOT, "# mixdoc scaling: CPU ms per MB of UTF-8 for each stage (ratio to its 10 KB cost); java %s, max heap %d MB%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        // Warm up every stage on each kind (and load Lingua's and HanLP's models) so the 10 KB
        // reference is compiled code, not class loading.
        for (IntFunction<String> k : kinds.values()) {
            for (int i = 0; i < 3; i++) {
                pipeline.run("warm", k.apply(100_000));
            }
        }
        for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
            if (only != null && !only.contains(kind.getKey())) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%n## %s%n%n| stage |", kind.getKey());
            for (int s : sizes) {
                System.out.printf(Locale.ROOT, " %s |", label(s));
            }
            System.out.println(" worst ratio |");
            System.out.print("|---|");
            sizes.forEach(s -> System.out.print("---:|"));
            System.out.println("---:|");
            Map<String, double[]> msPerMb = new LinkedHashMap<>();
            for (Stage st : pipeline.stages()) {
                msPerMb.put(st.id(), new double[sizes.size()]);
            }
            msPerMb.put("total", new double[sizes.size()]);
            Map<String, Boolean> overBudget = new LinkedHashMap<>();
            for (int si = 0; si < sizes.size(); si++) {
                String text = kind.getValue().apply(sizes.get(si));
                double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
                int reps = Math.max(1, 1_000_000 / sizes.get(si));
                double[] total = new double[pipeline.stages().size()];
                for (int rep = 0; rep < reps; rep++) {
                    Document d = Document.of("scaling", text);
                    for (int i = 0; i < pipeline.stages().size(); i++) {
                        Stage st = pipeline.stages().get(i);
                        long t0 = CPU.getCurrentThreadCpuTime();
                        d = st.apply(d);
                        total[i] += (CPU.getCurrentThreadCpuTime() - t0) / 1e6;
                    }
                }
                double sum = 0;
                for (int i = 0; i < total.length; i++) {
                    double v = total[i] / reps / mb;
                    msPerMb.get(pipeline.stages().get(i).id())[si] = v;
                    sum += v;
                    if (total[i] / reps / 1000 > budget) {
                        overBudget.put(pipeline.stages().get(i).id(), true);
                    }
                }
                msPerMb.get("total")[si] = sum;
                if (!overBudget.isEmpty()) {
                    sizes = sizes.subList(0, si + 1);
                    System.err.println("stopping at " + label(sizes.get(si)) + ": over the budget: " + overBudget.keySet());
                    break;
                }
            }
            for (Map.Entry<String, double[]> e : msPerMb.entrySet()) {
                double[] v = e.getValue();
                System.out.printf(Locale.ROOT, "| %s |", e.getKey());
                double worst = 0;
                for (int si = 0; si < sizes.size(); si++) {
                    double ratio = v[0] > 0 ? v[si] / v[0] : 0;
                    worst = Math.max(worst, ratio);
                    System.out.printf(Locale.ROOT, " %.1f (%.2f) |", v[si], ratio);
                }
                System.out.printf(Locale.ROOT, " %.2f |%n", worst);
            }
            sizes = allSizes(maxMb);
        }
        System.out.printf(Locale.ROOT, "%npeak heap after run: %d MB (used now)%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        ManagementFactory.getMemoryMXBean().gc();
    }

    private static List<Integer> allSizes(int maxMb) {
        List<Integer> sizes = new ArrayList<>();
        for (int s = 10_000; s <= maxMb * 1_000_000; s *= 10) {
            sizes.add(s);
        }
        return sizes;
    }

    private static String label(int bytes) {
        return bytes >= 1_000_000 ? bytes / 1_000_000 + " MB" : bytes / 1000 + " KB";
    }

    /** The lines of the seed and the team-written samples: the ordinary kind is made of them. */
    public static List<String> sentences() throws java.io.IOException {
        return lines("data/seed", "data/samples/docs");
    }

    private static List<String> lines(String... dirs) throws java.io.IOException {
        Path root = Throughput.repositoryRoot();
        List<String> lines = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> s = Files.list(root.resolve(dir))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readAllLines(p)) {
                        if (!line.isBlank()) {
                            lines.add(line.strip());
                        }
                    }
                }
            }
        }
        return lines;
    }
}
