package io.mixdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.testkit.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MixdocCliTest {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = MixdocCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void analyzePrintsAReadableReportOfTheSeed() {
        Run r = run("analyze", TestData.seedText().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("SPLIT_WORD"), r.out());
        assertTrue(r.out().contains("repair → \"state\""));
        assertTrue(r.out().contains("Cleaned text:"));
    }

    @Test
    void analyzeWithGlossPrintsInterlinearPinyinAndSenses(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "We met at the 银行.\nNo Chinese here.\n我们很高兴 again.\n");
        Run r = run("analyze", "--gloss", a.toString());
        assertEquals(0, r.exit(), r.err());
        String aid = r.out().substring(r.out().indexOf("Reading aid"));
        assertTrue(aid.contains("  We met at the 银行.\n    银行  yín háng  — bank"), aid);
        assertTrue(aid.contains("  我们很高兴 again.\n    我们"), aid);
        assertFalse(aid.contains("No Chinese here."), aid);
        Run json = run("analyze", "--gloss", "--format", "json", a.toString());
        JsonNode tree = JSON.readTree(json.out());
        assertEquals("yín háng", tree.path("gloss").get(0).path("pinyin").asText());
        assertFalse(JSON.readTree(run("analyze", "--format", "json", a.toString()).out()).has("gloss"));
    }

    @Test
    void analyzeWritesSchemaJsonPerInputIntoADirectory(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "您对企业规划有什么建议to invest in Kyrgyzstan?");
        Path b = Files.writeString(dir.resolve("b.txt"), "China andCentral Asia continue to cooperate.");
        Path out = dir.resolve("out");
        Run r = run("analyze", "--format", "json", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode ja = JSON.readTree(out.resolve("a.json").toFile());
        assertEquals("mixdoc/1", ja.get("schema").asText());
        assertEquals("INTRA_SENTENCE_SWITCH", ja.get("seams").get(0).get("type").asText());
        JsonNode jb = JSON.readTree(out.resolve("b.json").toFile());
        assertEquals("and Central", jb.get("seams").get(0).get("repair").asText());
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void analyzeReadsAnHtmlPageAsItsMainTextWithThePageDate(@TempDir Path dir) throws Exception {
        String article = "<p>The new port opened on Monday, officials said, and the first ships arrived the same week.</p>"
                + "<p>港口的第一批货船已经到达，工人们正在卸货。</p>"
                + "<p>Traders expect the port to handle more cargo next year than the old one did in a decade.</p>";
        Path page = Files.writeString(dir.resolve("page.html"), "<!doctype html><html><head><title>Port opens</title>"
                + "<meta property=\"article:published_time\" content=\"2021-03-08T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Port opens</h1>"
                + article + "</article><footer>Copyright</footer></body></html>");
        Run r = run("analyze", "--format", "json", page.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode tree = JSON.readTree(r.out());
        String text = tree.path("text").asText();
        assertFalse(text.contains("<"), "markup is not analysed as text: " + text);
        assertTrue(text.contains("港口的第一批货船已经到达"), text);
        assertFalse(text.contains("Copyright"), text);
        assertEquals("2021-03-08", tree.path("structure").path("publication_date").path("value").asText(), r.out());
    }

    @Test
    void analyzeRefusesAFileOfRecordsWithOneLine(@TempDir Path dir) throws Exception {
        Path jsonl = Files.writeString(dir.resolve("corpus.jsonl"), "{\"id\":\"a\",\"text\":\"Hello 世界\"}\n");
        Run r = run("analyze", jsonl.toString());
        assertEquals(MixdocCli.EXIT_INPUT_ERROR, r.exit());
        assertTrue(r.err().contains("mixdoc clean"), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
    }

    @Test
    void badInputsGetOneLineErrorsAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {(byte) 0xe9, 't', (byte) 0xe9});
        Path good = Files.writeString(dir.resolve("good.txt"), "Hello 世界.");
        Run r = run("analyze", "--format", "json", "--out", dir.resolve("out").toString(),
                dir.resolve("missing.txt").toString(), empty.toString(), binary.toString(), latin1.toString(), good.toString());
        assertEquals(MixdocCli.EXIT_INPUT_ERROR, r.exit());
        String[] lines = r.err().strip().split("\n");
        assertEquals(4, lines.length, r.err());
        assertTrue(r.err().contains("no such file"));
        assertTrue(r.err().contains("empty"));
        assertTrue(r.err().contains("binary"));
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(Files.exists(dir.resolve("out/good.json")), "the good input was still processed");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(MixdocCli.EXIT_USAGE, run("analyze").exit());
        assertEquals(MixdocCli.EXIT_USAGE, run("analyze", "--format", "yaml", "x").exit());
    }

    @Test
    void evalExitsWithThreeWhenAThresholdIsMissed() {
        Run ok = run("eval", "--gold", TestData.seedGold().toString(), "--core-only", "--min-f1", "0.9");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("seam F1"));
        Run missed = run("eval", "--gold", TestData.seedGold().toString(), "--min-f1", "1.01");
        assertEquals(MixdocCli.EXIT_THRESHOLD, missed.exit());
    }

    @Test
    void evalScoresExtractionWithOneTokenPerHanCharacterOnChinesePages(@TempDir Path dir) throws Exception {
        // a two-page benchmark in the shape of ../shared/eval/article-extraction-zh, written here
        String body = "市政府宣布，从下个月开始，市民可以免费乘坐公共汽车前往市中心的各个公园和博物馆。";
        Files.createDirectories(dir.resolve("html"));
        for (String name : new String[] {"a", "b"}) {
            String html = "<html><body><div class=nav><a href=/>首页</a> | <a href=/n>新闻</a></div><article><p>" + body
                    + "</p><p>" + body.replace("公共汽车", "地铁") + "</p></article></body></html>";
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + name + ".html.gz")))) {
                out.write(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        String truth = JSON.writeValueAsString(body + "\n\n" + body.replace("公共汽车", "地铁"));
        Files.writeString(dir.resolve("ground-truth.json"), "{\"a\":{\"articleBody\":" + truth + ",\"url\":\"\"},"
                + "\"b\":{\"articleBody\":\"另一篇完全不同的文章内容，这里没有任何相同的句子出现。\",\"url\":\"\"}}");
        Run r = run("eval", "--extraction", dir.toString(), "--errors", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("pages=2 precision=0.5000 recall=0.5000 F1=0.5000 tokens=cjk"), r.out());
        assertTrue(r.out().contains("F1=0.000 P=0.000 R=0.000 b"), r.out());
        Run missed = run("eval", "--extraction", dir.toString(), "--min-extraction-f1", "0.6");
        assertEquals(MixdocCli.EXIT_THRESHOLD, missed.exit());
        JsonNode json = JSON.readTree(run("eval", "--extraction", dir.toString(), "--json").out());
        assertEquals("cjk", json.path(dir.toString()).path("tokens").asText());
    }

    @Test
    void evalCleanScoresDocumentsWithoutGoldAndListsFindings(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("zh-tech"));
        Files.writeString(dir.resolve("zh-tech/0000.txt"), TestData.seed()); // damaged: its seams show up as false alarms
        Files.writeString(dir.resolve("zh-tech/0001.txt"), "今天天气很好，我们去公园散步吧。The weather is fine today.");
        Run r = run("eval", "--clean", dir.toString(), "--errors", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 clean documents"), r.out());
        assertTrue(r.out().contains("false seams / 10k chars") && r.out().contains("zh-tech"), r.out());
        assertTrue(r.out().contains("Latin share en"), r.out());
        assertTrue(r.out().contains("  seam zh-tech/0000.txt "), r.out());
        Run json = run("eval", "--clean", dir.toString(), "--json", "--errors", "1");
        JsonNode o = JSON.readTree(json.out());
        assertTrue(o.get("all").get("false_seams").asInt() > 0);
        assertEquals(2, o.get("by_kind").get("zh-tech").get("documents").asInt());
        Run strict = run("eval", "--clean", dir.toString(), "--max-edits", "0");
        assertEquals(MixdocCli.EXIT_THRESHOLD, strict.exit());
        Run both = run("eval", "--clean", dir.toString(), "--gold", TestData.seedGold().toString());
        assertEquals(2, both.exit(), "--gold and --clean exclude each other");
    }
}
