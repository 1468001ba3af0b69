package io.mixdoc.io.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article text of an HTML page. (Placeholder: whole body text; to be replaced by the
 * boilerplate-aware extractor.)
 */
public final class MainTextExtractor {
    /** The extracted article: title, main text (paragraphs separated by blank lines). */
    public record Extraction(String title, String mainText) {
    }

    public Extraction extract(String html, String baseUrl) {
        Document d = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        return new Extraction(d.title(), d.body() == null ? "" : d.body().text());
    }
}
