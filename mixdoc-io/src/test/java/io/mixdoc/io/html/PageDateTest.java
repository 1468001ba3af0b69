package io.mixdoc.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDateTest {
    private static String date(String html, String url) {
        return PageDate.find(html, url).map(PageDate.Found::value).orElse("none");
    }

    @Test
    void declaredDatesKeepTheDayOfThePagesOwnZone() {
        String html = "<html><head><meta name=\"dc.date\" content=\"2019-11-20T05:57:50Z\">"
                + "<meta name=\"sailthru.date\" content=\"2019-11-19 21:57:00 -0800\"></head><body>x</body></html>";
        assertEquals("2019-11-19", date(html, ""));
        String utcOnly = "<html><head><meta property=\"article:published_time\" content=\"2019-11-20T05:47:00+00:00\"></head></html>";
        assertEquals("2019-11-20", date(utcOnly, ""));
        String jsonLd = "<html><head><script type=\"application/ld+json\">{\"datePublished\": \"20 Nov 2019 08:02 GMT\"}</script></head></html>";
        assertEquals("2019-11-20", date(jsonLd, ""));
    }

    @Test
    void aStampADayAfterTheAddressDateCrossedMidnightInUtc() {
        // an evening story filed in Los Angeles: the stamp is past midnight in UTC, the address has the local day
        String html = "<html><head><meta property=\"article:published_time\" content=\"2021-03-05T03:10:00Z\"></head><body>x</body></html>";
        Optional<PageDate.Found> f = PageDate.find(html, "https://example.com/local/story/2021-03-04/harbor-cleanup");
        assertEquals("2021-03-04", f.get().value());
        assertTrue(f.get().evidence().contains("a day before"), f.get().evidence());
        // the same stamp under an address of its own day, or of no day, is kept
        assertEquals("2021-03-05", date(html, "https://example.com/local/story/2021-03-05/harbor-cleanup"));
        assertEquals("2021-03-05", date(html, "https://example.com/local/story/harbor-cleanup"));
        // an address two days earlier is an old draft's, not a time zone's
        assertEquals("2021-03-05", date(html, "https://example.com/local/story/2021-03-03/harbor-cleanup"));
    }

    @Test
    void theDayPrintedWithItsZoneBeatsTheNextDayInUtc() {
        // an evening story in New York: the metadata has the UTC day after, the page prints its own day and zone
        String head = "<html><head><meta property=\"article:published_time\" content=\"2021-03-05T00:40:00Z\"></head><body>";
        Optional<PageDate.Found> f = PageDate.find(head + "<h1>Harbor cleanup</h1><p>Mar. 4, 2021 7:40 pm ET</p></body></html>", "");
        assertEquals("2021-03-04", f.get().value());
        assertTrue(f.get().evidence().contains("a day before"), f.get().evidence());
        // a stamp with a time and no zone ("2021-03-05 00:40:00") may be UTC: the printed zone decides
        String noZone = "<html><head><meta itemprop=\"datePublished\" content=\"2021-03-05 00:40:00\"></head><body>";
        assertEquals("2021-03-04", date(noZone + "<p>Mar 4, 2021 at 7:40 pm ET</p></body></html>", ""));
        // a posting label may leave the year out; an unlabelled time with no zone says nothing
        assertEquals("2021-03-04", date(head + "<p>Updated Mar 5, 9:10 AM; Posted Mar 4, 7:40 PM</p></body></html>", ""));
        assertEquals("2021-03-05", date(head + "<p>Mar 4, 7:40 PM</p></body></html>", ""));
        // a printed day equal to the UTC day, or two days before, leaves the stamp as it is
        assertEquals("2021-03-05", date(head + "<p>Mar. 5, 2021 10:40 am ET</p></body></html>", ""));
        assertEquals("2021-03-05", date(head + "<p>Mar. 3, 2021 7:40 pm ET</p></body></html>", ""));
    }

    @Test
    void placeholderDatesAreIgnoredAndTheAddressDecides() {
        String html = "<html><head><script type=\"application/ld+json\">{\"datePublished\": \"0001-01-01T00:00:00Z\"}</script></head><body>x</body></html>";
        Optional<PageDate.Found> f = PageDate.find(html, "https://example.com/story/news/2019/11/19/teachers-rally/40651467/");
        assertEquals("2019-11-19", f.get().value());
        assertTrue(f.get().evidence().startsWith("page address"), f.get().evidence());
    }

    @Test
    void aDateLineAfterTheHeadlineOrALabelledDate() {
        String page = "<html><head><title>无性婚姻能走多远_新闻_雅虎</title></head><body><div>导航 2006年12月27日</div>"
                + "<h1>无性婚姻能走多远</h1><p>2005-04-05 06:40更新 来源：转载文章</p><p>正文</p></body></html>";
        assertEquals("2005-04-05", date(page, "http://cn.news.yahoo.com/050404/346/2al02.html"));
        String labelled = "<html><head><title>关注中国</title></head><body><p>【看中国2005年07月03日报道】一九八九年四月……</p></body></html>";
        assertEquals("2005-07-03", date(labelled, ""));
        String monthFirst = "<html><head><title>座谈会</title></head><body><p>发布日期： 9/17/2004 5:54:13 AM</p><p>29日下午，座谈会举行。</p>"
                + "<p>参考 3/4/2001 的文件。</p></body></html>";
        assertEquals("2004-09-17", date(monthFirst, ""));
    }

    @Test
    void addressesYymmddAndTheDeepestDate() {
        assertEquals("2005-04-04", date("<html></html>", "http://cn.news.yahoo.com/050404/346/2al02.html"));
        assertEquals("2005-07", date("<html></html>", "http://bynews.example.cn/200502/article/2005-07/4651.htm"));
        assertEquals("none", date("<html><body>no date</body></html>", "http://example.com/about"));
    }
}
