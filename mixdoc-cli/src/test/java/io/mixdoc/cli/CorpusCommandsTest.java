package io.mixdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mixdoc clean}, {@code mixdoc extract} and the charset detection of {@code mixdoc analyze}. */
class CorpusCommandsTest {
    @TempDir
    Path tmp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = MixdocCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** The rule table is the one declaration: every rule is a documented, working clean option (CONTRIBUTING.md). */
    @Test
    void everyFilterRuleOfTheTableIsACleanOption() throws Exception {
        assertEquals(0, run("clean", "--help"));
        Path a = io.mixdoc.testkit.TestData.seedText(); // mixed, with seams: every strict rule rejects it
        for (io.mixdoc.corpus.FilterRule.Kind k : io.mixdoc.corpus.FilterRule.Kind.values()) {
            assertTrue(out.toString().contains(k.flag() + "=" + k.paramLabel()), k.flag() + " in " + out);
            assertTrue(out.toString().contains(k.description().substring(0, 24)), k.description()); // help wraps lines
            String strict = k.paramLabel().startsWith("LANG") ? (k.id().startsWith("min") ? "fr=1" : "zh=0") : k.id().startsWith("min") ? "1000000" : "0";
            if (k == io.mixdoc.corpus.FilterRule.Kind.MIN_COMPLETENESS) {
                strict = "1";
            }
            Path o = tmp.resolve("out-" + k.id());
            assertEquals(0, run("clean", "--input", a.toString(), "--output", o.toString(), "--threads", "1",
                    "--emit", "cleaned", k.flag(), strict, "--progress", "quiet"), err.toString());
            String summary = Files.readString(o.resolve("summary.json"));
            assertTrue(summary.contains("\"" + k.id() + "="), k.id() + " rejects the record: " + summary);
            assertTrue(summary.contains("\"stages\" : [ \"scripts\", \"tokens\", \"code\", \"languages\", \"sentences\", \"seams\", \"mend\" ]"),
                    "no facts for --emit cleaned: " + summary);
        }
    }

    @Test
    void cleanWritesShardsAndASummary() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "上海的天气很好，我们今天下午去公园散步。The weather is good.\n");
        Path jl = Files.writeString(tmp.resolve("b.jsonl"), "{\"text\":\"第二篇文章，只有中文。\",\"src\":\"x\"}\n{oops\n");
        Path o = tmp.resolve("out");
        assertEquals(0, run("clean", "--input", a.toString(), jl.toString(), "--output", o.toString(),
                "--threads", "1", "--emit", "zh", "--min-share", "zh=0.3", "--progress", "quiet"), err.toString());
        String kept = Files.readString(o.resolve("kept/part-000000.jsonl"));
        assertTrue(kept.contains("\"text\":\"上海的天气很好，我们今天下午去公园散步。\""), kept);
        assertFalse(kept.contains("weather"), "emit zh leaves the English out: " + kept);
        assertTrue(kept.contains("\"src\":\"x\""), kept);
        assertTrue(Files.readString(o.resolve("errors/part-000000.jsonl")).contains("E_BAD_JSON"));
        assertTrue(Files.readString(o.resolve("summary.json")).contains("\"records_in\" : 3"));
        assertTrue(Files.readString(o.resolve("report.html")).contains("<strong data-metric=\"records_in\">3</strong>"));
        // Again without --resume: refused, nothing overwritten.
        assertEquals(MixdocCli.EXIT_USAGE, run("clean", "--input", a.toString(), "--output", o.toString(), "--progress", "quiet"));
        assertTrue(err.toString().contains("--resume"), err.toString());
        assertEquals(MixdocCli.EXIT_USAGE, run("clean", "--input", a.toString(), "--output", tmp.resolve("o2").toString(), "--emit", "all"));
    }

    /**
     * clean's default result holds the core layers and runs only their stages; with --facts it is the
     * result `mixdoc analyze` writes (every stage), byte for byte.
     */
    @Test
    void cleanRunsTheFactsOnlyWhenAsked() throws Exception {
        Path a = io.mixdoc.testkit.TestData.seedText();
        String text = Files.readString(a);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Path facts = tmp.resolve("facts");
        assertEquals(0, run("clean", "--input", a.toString(), "--output", facts.toString(), "--threads", "1", "--progress", "quiet",
                "--facts"), err.toString());
        com.fasterxml.jackson.databind.JsonNode withFacts = json.readTree(Files.readString(facts.resolve("kept/part-000000.jsonl")));
        // What `mixdoc analyze` writes for the same record, read back the same way.
        com.fasterxml.jackson.databind.JsonNode full = json.readTree(io.mixdoc.json.ResultJson.writeLine(io.mixdoc.Mixdoc.standard()
                .run(io.mixdoc.Document.of(withFacts.path("id").asText(), text))));
        assertTrue(full.has("entities") && full.has("structure"), "the standard result has facts");

        Path plain = tmp.resolve("plain");
        assertEquals(0, run("clean", "--input", a.toString(), "--output", plain.toString(), "--threads", "1", "--progress", "quiet"),
                err.toString());
        com.fasterxml.jackson.databind.JsonNode core = json.readTree(Files.readString(plain.resolve("kept/part-000000.jsonl"))).path("result");
        assertFalse(core.has("entities") || core.has("structure") || core.has("dates") || core.has("quantities"), core.toString());
        for (String field : new String[] {"spans", "sentences", "seams", "edits", "code", "protected_tokens", "cleaned_text", "diagnostics"}) {
            assertEquals(full.get(field), core.get(field), field + " is the same with or without facts");
        }
        assertTrue(Files.readString(plain.resolve("summary.json")).contains(
                "\"stages\" : [ \"diagnostics\", \"scripts\", \"tokens\", \"code\", \"languages\", \"sentences\", \"seams\", \"mend\" ]"));

        assertEquals(full, withFacts.path("result"), "--facts: the analyze result");
        assertTrue(Files.readString(facts.resolve("summary.json")).contains("\"entities\" ]"));

        assertEquals(MixdocCli.EXIT_USAGE, run("clean", "--input", a.toString(), "--output", tmp.resolve("o3").toString(),
                "--emit", "cleaned", "--facts"));
        assertTrue(err.toString().contains("--facts"), err.toString());
    }

    @Test
    void extractWritesTheMainTextPerPage() throws Exception {
        String html = "<html><head><meta charset=\"gbk\"><title>标题</title></head><body><article><p>正文的第一段。</p>"
                + "<p>第二段。</p></article></body></html>";
        Path page = Files.write(tmp.resolve("page.html"), html.getBytes(Charset.forName("GBK")));
        Path dir = tmp.resolve("txt");
        assertEquals(0, run("extract", page.toString(), "--out", dir.toString()), err.toString());
        String text = Files.readString(dir.resolve("page.txt"));
        assertTrue(text.contains("正文的第一段。"), text);
        assertFalse(text.contains("<p>"), text);
    }

    @Test
    void extractDropsForumJammerElements() throws Exception {
        // Discuz! hides anti-copy text in every post: a jammer-class element and display:none spans inside the
        // paragraph (issue 14); `extract` keeps the post and drops both
        String html = "<html><body><div class=\"t_f\">论坛帖子的第一段正文，讲的是安装步骤。<font class=\"jammer\">3 k# R9 u, E</font><br>"
                + "<span style=\"display:none\">+ v% [0 P+ _; u3</span>第二段正文说明了配置方法。"
                + "<p>The post goes on in English.<span style=\"display: none\">q& x7 Z</span> It ends here.</p></div></body></html>";
        Path page = Files.writeString(tmp.resolve("post.html"), html);
        Path dir = tmp.resolve("posts");
        assertEquals(0, run("extract", page.toString(), "--out", dir.toString()), err.toString());
        String text = Files.readString(dir.resolve("post.txt"));
        assertTrue(text.contains("讲的是安装步骤。") && text.contains("第二段正文说明了配置方法。"), text);
        assertTrue(text.contains("The post goes on in English.") && text.contains("It ends here."), text);
        for (String jam : List.of("k#", "R9", "v%", "P+", "x7")) {
            assertFalse(text.contains(jam), jam + " in " + text);
        }
    }

    @Test
    void analyzeDetectsTheCharsetAndRecordsIt() throws Exception {
        Path gbk = Files.write(tmp.resolve("g.txt"), "北京大学的研究人员发现，这种新材料的导电性能比铜高出三倍。".getBytes(Charset.forName("GBK")));
        assertEquals(0, run("analyze", "--format", "json", gbk.toString()), err.toString());
        assertTrue(out.toString().contains("\"charset\" : \"GB18030\""), out.toString());
        assertTrue(out.toString().contains("北京大学"), out.toString());
        Path bin = Files.write(tmp.resolve("bin.txt"), new byte[] {1, 2, 0, 3, 0, 0, 7});
        assertEquals(MixdocCli.EXIT_INPUT_ERROR, run("analyze", bin.toString()));
        assertTrue(err.toString().contains("E_BINARY"), err.toString());
        assertEquals(0, run("analyze", Files.write(tmp.resolve("u.txt"), "plain UTF-8 text".getBytes(StandardCharsets.UTF_8)).toString()));
    }
}
