package io.mixdoc.io.html;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTextExtractorTest {
    private static final String PARA1 = "The city council voted on Tuesday to approve the new budget, which raises "
            + "spending on schools, parks and public transport by a combined twelve percent.";
    private static final String PARA2 = "Supporters said the plan was overdue, while critics warned that the "
            + "increase would strain the city's finances if tax revenue fell next year.";
    private static final String PARA3 = "The mayor is expected to sign the budget into law before the end of the "
            + "month, according to a statement released by her office.";

    private static final String PAGE = """
            <html><head><title>Council approves budget | Daily News</title>
            <meta property="og:title" content="Council approves budget"></head><body>
            <header class="site-header"><a href="/">Daily News</a></header>
            <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
              <li><a href="/weather">Weather</a></li></ul></nav>
            <div id="main"><article class="story">
              <h1>Council approves budget</h1>
              <div class="byline">By Jane Doe</div>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
              <p>%s</p>
              <figure><img src="x.jpg"><figcaption>The council chamber on Tuesday.</figcaption></figure>
              <p>%s</p>
              <h2>What happens next</h2>
              <p>%s See the <a href="/budget">full budget document</a> for details.</p>
              <aside class="related"><h3>Related stories</h3><ul>
                <li><a href="/a">Council delays vote on parking fees</a></li>
                <li><a href="/b">Schools ask for more money</a></li></ul></aside>
            </article></div>
            <footer><p>Copyright 2024 Daily News. All rights reserved.</p></footer>
            <script>var tracking = "should never appear";</script>
            </body></html>
            """.formatted(PARA1, PARA2, PARA3);

    @Test
    void keepsArticleParagraphsHeadingsAndLinkText() {
        MainTextExtractor.Extraction x = new MainTextExtractor().extract(PAGE, "https://example.com/news/budget");
        assertEquals("Council approves budget", x.title());
        assertEquals(PARA1 + "\n\n" + PARA2 + "\n\nWhat happens next\n\n" + PARA3
                + " See the full budget document for details.", x.mainText());
        List<BlockKind> mainKinds = x.mainBlocks().stream().map(TextBlock::kind).toList();
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH),
                mainKinds);
    }

    @Test
    void labelsBoilerplateInsteadOfDroppingIt() {
        MainTextExtractor.Extraction x = new MainTextExtractor().extract(PAGE, null);
        Set<BlockKind> kinds = x.boilerplate().stream().map(TextBlock::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of(BlockKind.NAV, BlockKind.SHARE, BlockKind.RELATED, BlockKind.FOOTER,
                BlockKind.CAPTION)), kinds.toString());
        assertEquals(BlockKind.CAPTION, kindOf(x, "The council chamber on Tuesday."));
        assertEquals(BlockKind.RELATED, kindOf(x, "Council delays vote on parking fees"));
        assertEquals(BlockKind.FOOTER, kindOf(x, "Copyright 2024 Daily News. All rights reserved."));
        assertEquals(BlockKind.NAV, kindOf(x, "Sport"));
        assertEquals(BlockKind.TITLE, kindOf(x, "Council approves budget"));
        assertTrue(x.blocks().stream().noneMatch(b -> b.text().contains("tracking")), "script text leaked");
    }

    @Test
    void hiddenElementsAreNotText() {
        String html = "<body><article><p>" + PARA1 + "</p><p style=\"display: none\">Secret hidden words</p>"
                + "<p hidden>More hidden words</p><p>" + PARA2 + "</p></article></body>";
        MainTextExtractor.Extraction x = new MainTextExtractor().extract(html, "");
        assertEquals(PARA1 + "\n\n" + PARA2, x.mainText());
        assertTrue(x.blocks().stream().noneMatch(b -> b.text().contains("hidden words")));
    }

    @Test
    void forumJammerElementsAreDropped() {
        // Discuz! splices random pairs into every post: a jammer-class element before the line break,
        // or a display:none span after it (issue 14)
        String html = "<body><div class=\"t_f\">" + PARA1 + "<font class=\"jammer\">3 k# R9 u, E0 x</font><br>\r\n"
                + "<span style=\"display:none\">+ v% [0 P+ _; u3 {$ y9 r</span>" + PARA2 + "</div></body>";
        MainTextExtractor.Extraction x = new MainTextExtractor().extract(html, "");
        assertFalse(x.mainText().contains("k#"), x.mainText());
        assertFalse(x.mainText().contains("y9"), x.mainText());
        assertTrue(x.mainText().contains(PARA1) && x.mainText().contains(PARA2), x.mainText());
    }

    @Test
    void emptyAndTextlessInputGiveEmptyResults() {
        MainTextExtractor.Extraction x = new MainTextExtractor().extract("", null);
        assertEquals("", x.mainText());
        assertEquals("", x.title());
        assertEquals("", new MainTextExtractor().extract("<html><body><img src=a.png></body></html>", null).mainText());
        assertThrows(NullPointerException.class, () -> new MainTextExtractor().extract(null, null));
    }

    @Test
    void deepNestingNeitherCrashesNorHangs() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth)).append("<p>").append(PARA1).append("</p>").append("</div>".repeat(depth));
        MainTextExtractor.Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new MainTextExtractor().extract(html.toString(), null));
        assertEquals(PARA1, x.mainText());
    }

    @Test
    void hugePageIsHandledInLinearTime() {
        StringBuilder html = new StringBuilder("<html><body><nav>");
        for (int i = 0; i < 2_000; i++) {
            html.append("<a href=/").append(i).append(">Section ").append(i).append("</a> ");
        }
        html.append("</nav><div class=article-body>");
        int paragraphs = 40_000; // about 6 MB of HTML
        for (int i = 0; i < paragraphs; i++) {
            html.append("<p>Paragraph ").append(i).append(" reports, at some length and with commas, what the ")
                    .append("committee heard <a href=/x>in its hearing</a> on the day.</p>\n");
        }
        html.append("</div></body></html>");
        MainTextExtractor.Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new MainTextExtractor().extract(html.toString(), null));
        assertEquals(paragraphs, x.mainBlocks().size());
        assertTrue(x.mainText().startsWith("Paragraph 0 reports"));
        assertFalse(x.mainText().contains("Section 1999"));
    }

    @Test
    void declaredArticleBodyCorrectsAWrongPick() {
        // the story's wrapper carries a misleading class ("teaser"), so scoring alone keeps the letters
        StringBuilder letters = new StringBuilder("<div class=\"col\"><div class=\"letters\">");
        for (int i = 0; i < 8; i++) {
            letters.append("<p>Letter ").append(i).append(": readers wrote in, at length and with many commas, ")
                    .append("about parking, bus routes, the weather, the football club and the price of bread.</p>");
        }
        letters.append("</div></div>");
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"articleBody\":\"" + PARA1 + " " + PARA2 + " " + PARA3 + "\"}</script>"
                + "</head><body><div class=\"top\"><div class=\"story teaser-wrap\"><p>" + PARA1 + "</p><p>" + PARA2
                + "</p><p>" + PARA3 + "</p></div></div>"
                + letters + "</body></html>";
        String withoutDeclaration = html.replaceFirst("<script.*?</script>", "");
        String plain = new MainTextExtractor().extract(withoutDeclaration, null).mainText();
        assertTrue(plain.contains("Letter 3"), "precondition: scoring alone picks the letters: " + plain);
        MainTextExtractor.Extraction x = new MainTextExtractor().extract(html, null);
        assertEquals(PARA1 + "\n\n" + PARA2 + "\n\n" + PARA3, x.mainText());
    }

    @Test
    void signUpBoxesAreBoilerplate() {
        String html = "<body><article><p>" + PARA1 + "</p><p>" + PARA2 + "</p><div><h3>Get our newsletter</h3>"
                + "<p>The day's top headlines delivered to your inbox every morning, free of charge.</p>"
                + "<form><input type=email name=e><input type=submit value=Go></form></div></article></body>";
        MainTextExtractor.Extraction x = new MainTextExtractor().extract(html, null);
        assertEquals(PARA1 + "\n\n" + PARA2, x.mainText());
        assertEquals(BlockKind.AD, kindOf(x, "Get our newsletter"));
    }

    @Test
    void extractsAMixedChineseEnglishArticle() {
        String p1 = "新华社北京5月1日电，国家统计局今天发布数据，一季度国内生产总值同比增长5.3%，"
                + "其中machine learning相关产业增速最快，达到两位数。";
        String p2 = "分析人士指出，消费、投资和出口三方面均有改善，但外部环境仍然复杂多变。";
        String p3 = "专家建议，下一阶段应继续扩大内需，稳定就业，推动 AI 与制造业深度融合。";
        String html = "<html><head><title>一季度经济数据发布_新闻中心</title></head><body>"
                + "<div class=\"nav\"><a href=/>首页</a> <a href=/news>新闻</a> <a href=/tech>科技</a>"
                + " <a href=/sport>体育</a></div><div class=\"main\"><h1>一季度经济数据发布</h1>"
                + "<div class=\"info\">2024-05-01 10:00 来源：新华社</div>"
                + "<div id=\"article-content\"><p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p></div>"
                + "<div class=\"related-news\"><h3>相关新闻</h3><ul><li><a href=/1>统计局：四月份CPI同比上涨0.3%</a></li>"
                + "<li><a href=/2>多地出台促消费新政策</a></li></ul></div></div>"
                + "<div class=\"footer\">版权所有 © 2024 新闻网 京ICP备00000000号</div></body></html>";
        MainTextExtractor.Extraction x = new MainTextExtractor().extract(html, null);
        assertEquals(p1 + "\n\n" + p2 + "\n\n" + p3, x.mainText());
        assertEquals(BlockKind.RELATED, kindOf(x, "多地出台促消费新政策"));
        assertEquals(BlockKind.FOOTER, kindOf(x, "版权所有 © 2024 新闻网 京ICP备00000000号"));
    }

    @Test
    void lineBreakParagraphsAndEdgesAreHandled() {
        String html = "<body><table><tr><td class=menu><a href=/>Home</a><br><a href=/a>Archive</a></td>"
                + "<td><b>Posted 12 March 2004</b><br>5 min read<br><br>" + PARA1 + "<br><br>" + PARA2
                + "<br>Short line inside.<br><br>" + PARA3 + "<br><br>Posted in <a href=/c>Politics</a> | "
                + "<a href=/d>Comments (3)</a></td></tr></table></body>";
        MainTextExtractor.Extraction x = new MainTextExtractor().extract(html, null);
        assertEquals(PARA1 + "\n\n" + PARA2 + "\nShort line inside.\n\n" + PARA3, x.mainText());
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
                x.mainBlocks().stream().map(TextBlock::kind).toList());
    }

    @Test
    void anUnclosedNamedAnchorAroundTheTextIsNotALink() {
        // old pages write <a name=top> without closing it: the whole post ends up inside it
        String html = "<body><div class=menu><a href=/>Home</a> | <a href=/b>Board</a></div><div><a name=top1>"
                + "<div><p>" + PARA1 + "</p><p>" + PARA2 + "</p><p>" + PARA3 + "</p></div></div></body>";
        assertEquals(PARA1 + "\n\n" + PARA2 + "\n\n" + PARA3, new MainTextExtractor().extract(html, null).mainText());
    }

    @Test
    void aLongCommentThreadUnderAShortPostIsNotTheArticle() {
        StringBuilder html = new StringBuilder("<body><div id=main><div class=post><h2>Moving in</h2><p>" + PARA1
                + "</p><p>" + PARA2 + "</p></div><a name=feedback><div id=comments><h3>Comments</h3>");
        for (int i = 0; i < 12; i++) {
            html.append("<h4>re: Moving in, reader ").append(i).append("</h4><p>Reader ").append(i)
                    .append(" thinks the budget, the parks, and the schools all deserve far more attention than this, really.</p>");
        }
        html.append("</div></div></body>");
        MainTextExtractor.Extraction x = new MainTextExtractor().extract(html.toString(), null);
        assertTrue(x.mainText().contains(PARA1) && x.mainText().contains(PARA2), x.mainText());
        assertFalse(x.mainText().contains("Reader 3"), x.mainText());
    }

    @Test
    void anArchiveOfPostsFromOneTemplateYieldsTheFirstPost() {
        // a blog archive page: each post is one template (title, date, body, footer); the second post is
        // the longest, yet the page's article is the first one
        StringBuilder html = new StringBuilder("<body><div class=nav><a href=/>Home</a> | <a href=/a>Archive</a></div>");
        String[][] posts = {
            {"Moving in", PARA1},
            {"Budget night", PARA2 + " " + PARA3 + " " + PARA1 + " " + PARA2 + " " + PARA3},
            {"Parks", PARA3 + " " + PARA2},
        };
        for (String[] post : posts) {
            html.append("<table class=post-box><tr><td class=post-title>").append(post[0])
                    .append("</td><td class=post-date>2005-03-21 01:20</td></tr><tr><td class=post-body>")
                    .append(post[1]).append("</td></tr><tr><td class=post-footer>Posted by Sea @ 2005-03-21 "
                    + "<a href=/c>3 comments</a></td></tr></table>");
        }
        html.append("</body>");
        assertEquals(PARA1, new MainTextExtractor().extract(html.toString(), null).mainText());
    }

    @Test
    void layoutBoxesSharingAClassAreNotAListOfPosts() {
        // "row" boxes of a grid share a class but not an inner template: the article stays where it is
        String html = "<body><div class=row><div class=teaser><a href=/x>Teaser one</a> about the schools and the"
                + " parks, with more words so that this box has some text in it, enough to count as a post of its"
                + " own if only the class were compared.</div></div>"
                + "<div class=row><div class=story-body><p>" + PARA1 + "</p><p>" + PARA2 + "</p><p>" + PARA3
                + "</p></div><div class=byline>By Jane Doe, city hall reporter</div></div>"
                + "<div class=row><ul class=links><li><a href=/a>Council delays vote on parking fees for a year</a></li>"
                + "<li><a href=/b>Schools ask for more money as the term begins again</a></li>"
                + "<li><a href=/c>Parks department plans new playgrounds in three districts</a></li></ul></div></body>";
        assertEquals(PARA1 + "\n\n" + PARA2 + "\n\n" + PARA3, new MainTextExtractor().extract(html, null).mainText());
    }

    @Test
    void aDataTableAfterTheLastParagraphIsPartOfTheArticle() {
        // short cells are no sentences, yet a table of courses and teachers below the text is the article's
        String html = "<body><div class=menu><a href=/>Home</a> | <a href=/b>News</a></div><div><p>" + PARA1
                + "</p><p>" + PARA2 + "</p><table><tr><th>Course</th><th>Teacher</th><th>Places</th></tr>"
                + "<tr><td>Art history</td><td>Liu</td><td>7</td></tr>"
                + "<tr><td>Music theory</td><td>Tian</td><td>9</td></tr></table></div>"
                + "<div class=copyright>Copyright 2005 Daily News</div></body>";
        String main = new MainTextExtractor().extract(html, null).mainText();
        assertTrue(main.contains("Art history") && main.contains("Tian") && main.contains("Places"), main);
        assertFalse(main.contains("Copyright"), main);
    }

    @Test
    void aLayoutTableAfterTheArticleIsNotADataTable() {
        // a table that holds another table lays out the page; its short cells are not the article's
        String html = "<body><div><p>" + PARA1 + "</p><p>" + PARA2 + "</p><table>"
                + "<tr><td>Sport</td><td>Markets</td><td>Cars</td></tr><tr><td>Travel</td><td>Jobs</td><td>Homes</td></tr>"
                + "<tr><td><table><tr><td>x</td></tr></table></td><td>Weather</td><td>Radio</td></tr></table></div></body>";
        assertEquals(PARA1 + "\n\n" + PARA2, new MainTextExtractor().extract(html, null).mainText());
    }

    private static BlockKind kindOf(MainTextExtractor.Extraction x, String text) {
        return x.blocks().stream().filter(b -> b.text().equals(text)).map(TextBlock::kind).findFirst()
                .orElseThrow(() -> new AssertionError("no block " + text + " in " + x.blocks()));
    }
}
