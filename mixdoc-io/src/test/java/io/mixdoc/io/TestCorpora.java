package io.mixdoc.io;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes the small corpora the tests read: WARC.gz with Chinese pages, JSONL, text directories, bad inputs. */
public final class TestCorpora {
    public static final String GBK_PAGE_TEXT = "北京大学的研究人员发现，这种新材料的导电性能比铜高出三倍。";
    public static final String UTF8_PAGE_TEXT = "上海市政府宣布了新的交通政策，市民可以免费乘坐公共汽车。";
    public static final String UNDECLARED_PAGE_TEXT = "深圳的科技公司正在开发一种可以自动翻译中文和英文的软件系统。";
    public static final String WET_TEXT = "广州的天气预报显示明天将有大雨，请大家出门带伞。The forecast says heavy rain.";
    public static final Charset GBK = Charset.forName("GBK");

    private TestCorpora() {
    }

    public static Path root() {
        return io.mixdoc.testkit.TestData.root();
    }

    public static String page(String title, String body, String metaCharset) {
        return "<!DOCTYPE html><html><head>" + (metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">")
                + "<title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
                + "</p></article></body></html>";
    }

    /**
     * A WARC.gz with: a GBK page declared in HTTP, a UTF-8 page declared only in a meta tag, a GBK page
     * declared nowhere, a PNG response (not a text record), and a WET-style conversion record.
     * Four text records.
     */
    public static Path chineseWarc(Path dir) throws IOException {
        Path warc = dir.resolve("pages.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            w.write(response("http://example.cn/gbk", "text/html; charset=GBK",
                    page("新材料", GBK_PAGE_TEXT, null).getBytes(GBK)));
            w.write(response("http://example.cn/utf8", "text/html",
                    page("交通", UTF8_PAGE_TEXT, "utf-8").getBytes(StandardCharsets.UTF_8)));
            w.write(response("http://example.cn/undeclared", "text/html",
                    page("科技公司开发翻译软件", UNDECLARED_PAGE_TEXT.repeat(3), null).getBytes(GBK)));
            w.write(response("http://example.cn/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}));
            w.write(new WarcConversion.Builder().addHeader("WARC-Target-URI", "http://example.cn/wet").body(MediaType.PLAIN_TEXT,
                    WET_TEXT.getBytes(StandardCharsets.UTF_8)).build());
        }
        return warc;
    }

    public static WarcResponse response(String url, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }

    /** A JSONL file: three good lines (one with a custom field), a blank line, and three bad lines. */
    public static Path jsonl(Path dir) throws IOException {
        Path p = dir.resolve("docs.jsonl");
        List<String> lines = new ArrayList<>();
        lines.add("{\"id\":\"a\",\"url\":\"http://x/a\",\"text\":\"这是第一篇文章。It mixes 中文 and English.\",\"lang\":\"zh\"}");
        lines.add("{\"id\":\"b\",\"text\":\"The second document is English only, with a number 2024.\",\"tags\":[\"x\",\"y\"]}");
        lines.add("");
        lines.add("{\"id\":\"c\",\"text\":\"第三篇：上海的天气很好。\"}");
        lines.add("{\"id\":\"d\",\"body\":\"no text field\"}");
        lines.add("{not json");
        lines.add("[1,2,3]");
        Files.write(p, String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
        return p;
    }

    /** A directory of three small texts (one nested, one GBK) and a hidden file that is not read. */
    public static Path textDir(Path dir) throws IOException {
        Path d = dir.resolve("texts");
        Files.createDirectories(d.resolve("sub"));
        Files.writeString(d.resolve("a.txt"), "第一个文件。The first file.\n");
        Files.writeString(d.resolve("b.txt"), "Second file, English only.\n");
        Files.write(d.resolve("sub/c.txt"), "第三个文件是用GBK编码的中文文本。".getBytes(GBK));
        Files.writeString(d.resolve(".hidden.txt"), "not a record");
        return d;
    }

    /** Bad inputs, one record each (the JSONL has two): names are the expected error codes. */
    public static List<Path> badInputs(Path dir) throws IOException {
        Path d = dir.resolve("bad");
        Files.createDirectories(d);
        List<Path> l = new ArrayList<>();
        l.add(Files.write(d.resolve("empty.txt"), new byte[0]));
        byte[] binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        l.add(Files.write(d.resolve("binary.txt"), binary));
        l.add(Files.write(d.resolve("whitespace.txt"), " \n\t \n".getBytes(StandardCharsets.US_ASCII)));
        // JSONL with invalid UTF-8 in one line and a 50 MB line, written without holding it in memory.
        Path jl = d.resolve("hostile.jsonl");
        try (OutputStream out = Files.newOutputStream(jl)) {
            out.write("{\"text\":\"bad \u00ff byte\"}\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write("{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "很长的一行".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        l.add(jl);
        // HTML nested 100,000 levels deep.
        Path deep = d.resolve("deep.html");
        try (OutputStream out = Files.newOutputStream(deep)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            byte[] open = "<div><span>".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100_000; i++) {
                out.write(open);
            }
            out.write("深层嵌套的文本内容。</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        l.add(deep);
        // A WARC.gz cut in the middle of its second record.
        Path good = chineseWarc(Files.createDirectories(d.resolve("tmp")));
        byte[] all = Files.readAllBytes(good);
        l.add(Files.write(d.resolve("truncated.warc.gz"), java.util.Arrays.copyOf(all, all.length * 2 / 5)));
        byte[] corrupt = all.clone();
        for (int i = 60; i < corrupt.length; i += 7) {
            corrupt[i] ^= 0x5A;
        }
        l.add(Files.write(d.resolve("corrupt.warc.gz"), corrupt));
        Files.delete(good);
        Files.delete(d.resolve("tmp"));
        return l;
    }
}
