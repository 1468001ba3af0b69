package io.mixdoc.io.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the article body a page declares in its schema.org JSON-LD ({@code "articleBody"}), used only
 * as a cross-check of the extraction: when the extracted text misses most of the declared body, the
 * page is re-read around the blocks that match it. Malformed JSON is ignored.
 */
final class StructuredData {
    private static final ObjectMapper LENIENT = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final int MAX_SCRIPT_CHARS = 2_000_000;
    private static final int MAX_NODES = 100_000;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private StructuredData() {
    }

    /** The longest declared article body as plain text, or "" when the page declares none. */
    static String articleBody(Document doc) {
        String best = "";
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data();
            if (json.length() > MAX_SCRIPT_CHARS || json.isBlank()) {
                continue;
            }
            try {
                String body = longestArticleBody(LENIENT.readTree(json));
                if (body.length() > best.length()) {
                    best = body;
                }
            } catch (IOException | RuntimeException malformed) {
                // a broken JSON-LD block is common on real pages and simply carries no evidence
            }
        }
        if (best.indexOf('<') >= 0 || best.indexOf('&') >= 0) {
            best = Jsoup.parse(best).text();
        }
        return best.strip();
    }

    private static String longestArticleBody(JsonNode root) {
        String best = "";
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode node = todo.pop();
            if (node.isObject()) {
                JsonNode body = node.get("articleBody");
                if (body != null && body.isTextual() && body.asText().length() > best.length()) {
                    best = body.asText();
                }
                node.elements().forEachRemaining(todo::push);
            } else if (node.isArray()) {
                node.elements().forEachRemaining(todo::push);
            }
        }
        return best;
    }

    /** Lower-cased word set of a text. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Share of {@code expected} found in {@code actual}; 1 when nothing is expected. */
    static double coverage(Set<String> expected, Set<String> actual) {
        if (expected.isEmpty()) {
            return 1;
        }
        int found = 0;
        for (String w : expected) {
            if (actual.contains(w)) {
                found++;
            }
        }
        return (double) found / expected.size();
    }
}
