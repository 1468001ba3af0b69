package io.mixdoc.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code report.html}: one self-contained page (inline SVG and CSS, no script, nothing fetched) drawn
 * from a run's summary JSON alone, so the page shows exactly the summary's numbers. Reads both the
 * summary of {@code mixdoc clean} and the Spark job's, which share the field names it needs.
 *
 * <p>Every figure that comes from the summary carries {@code data-metric="path.in.summary"}, which
 * lets a test compare the page with the JSON number by number.
 */
public final class CorpusReport {
    private static final String[] COLOURS = {"#2b6cb0", "#c05621", "#2f855a", "#805ad5", "#b83280", "#718096"};

    private CorpusReport() {
    }

    /** The page without links: each worst record shows its viewer query ({@code ?doc=…&record=N}) as text. */
    public static String html(JsonNode summary) {
        return html(summary, Optional.empty());
    }

    /**
     * The page; with a {@code viewer} (the address of {@code mixdoc serve --root} for this corpus) the worst
     * records link into it. No address is guessed: the server may run on another port or host.
     */
    public static String html(JsonNode summary, Optional<URI> viewer) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>mixdoc corpus report</title>\n<style>").append(CSS).append("</style></head>\n<body>\n")
                .append("<h1>mixdoc corpus report</h1>\n");
        totals(b, summary);
        JsonNode d = summary.path("distributions");
        b.append("<div class=\"grid\">\n");
        shareChart(b, d.path("zh_share"));
        seamsChart(b, d.path("seams_per_1000_letters"));
        countsChart(b, "Seams by type", "seams_by_type", summary.path("seams_by_type"), "seams found in analysed records");
        countsChart(b, "Rejection reasons", "rejected_by_rule", summary.path("rejected_by_rule"), "records rejected per rule");
        countsChart(b, "Errors by code", "errors_by_code", summary.path("errors_by_code"), "records that could not be processed");
        throughputChart(b, summary.path("throughput"));
        b.append("</div>\n");
        worst(b, d.path("worst_records"), summary.path("corpus_root").asText(""), viewer.map(CorpusReport::base));
        b.append("<footer>Drawn from the run's summary JSON; no part of this page is fetched from anywhere.</footer>\n</body></html>\n");
        return b.toString();
    }

    // ---------------------------------------------------------------- sections

    private static void totals(StringBuilder b, JsonNode s) {
        String recordsKey = s.has("records_in") ? "records_in" : "records";
        String failedKey = s.has("failed") ? "failed" : "errors";
        String bytesKey = s.has("bytes") ? "bytes" : "input_bytes";
        b.append("<section class=\"totals\" aria-label=\"Totals\">\n");
        fact(b, recordsKey, s.path(recordsKey).asLong(), "records");
        fact(b, "kept", s.path("kept").asLong(), "kept");
        fact(b, "rejected", s.path("rejected").asLong(), "rejected");
        fact(b, failedKey, s.path(failedKey).asLong(), "failed");
        b.append("<div class=\"fact\"><strong data-metric=\"").append(bytesKey).append("\" data-value=\"").append(s.path(bytesKey).asLong())
                .append("\">").append(String.format(Locale.ROOT, "%.1f", s.path(bytesKey).asLong() / 1e6)).append("</strong> MB</div>\n");
        if (s.has("seconds")) {
            b.append("<div class=\"fact\"><strong data-metric=\"seconds\">").append(num(s.path("seconds").asDouble()))
                    .append("</strong> seconds</div>\n");
        }
        b.append("</section>\n");
    }

    private static void fact(StringBuilder b, String key, long value, String label) {
        b.append("<div class=\"fact\"><strong data-metric=\"").append(key).append("\">").append(value)
                .append("</strong> ").append(label).append("</div>\n");
    }

    private static void shareChart(StringBuilder b, JsonNode share) {
        List<String> labels = new ArrayList<>();
        JsonNode edges = share.path("edges");
        for (int i = 0; i + 1 < edges.size(); i++) {
            labels.add(pct(edges.get(i).asDouble()) + "–" + pct(edges.get(i + 1).asDouble()));
        }
        figure(b, "Chinese share of the letters, kept and rejected records",
                "Records per bin of the share of their letters that are Chinese.",
                bars(labels, List.of(series("kept", "distributions.zh_share.kept", share.path("kept")),
                        series("rejected", "distributions.zh_share.rejected", share.path("rejected")))));
    }

    private static void seamsChart(StringBuilder b, JsonNode seams) {
        List<String> labels = new ArrayList<>();
        JsonNode edges = seams.path("edges");
        for (int i = 0; i < edges.size(); i++) {
            labels.add(i + 1 < edges.size() ? num(edges.get(i).asDouble()) + "–" + num(edges.get(i + 1).asDouble())
                    : "≥ " + num(edges.get(i).asDouble()));
        }
        figure(b, "Seams per 1,000 letters", "Analysed records (kept and rejected) per bin.",
                bars(labels, List.of(series("records", "distributions.seams_per_1000_letters.counts", seams.path("counts")))));
    }

    private static void countsChart(StringBuilder b, String title, String key, JsonNode counts, String caption) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            labels.add(e.getKey());
            values.add(e.getValue().asLong());
        }
        if (labels.isEmpty()) {
            figure(b, title, caption, "<p class=\"none\">none</p>");
            return;
        }
        StringBuilder t = new StringBuilder("<table><tbody>\n");
        long max = values.stream().mapToLong(Long::longValue).max().orElse(1);
        for (int i = 0; i < labels.size(); i++) {
            long v = values.get(i);
            t.append("<tr><th scope=\"row\">").append(esc(labels.get(i))).append("</th><td class=\"n\" data-metric=\"")
                    .append(key).append('.').append(esc(labels.get(i))).append("\">").append(v)
                    .append("</td><td class=\"bar\"><svg width=\"220\" height=\"14\" aria-hidden=\"true\"><rect width=\"")
                    .append(max == 0 ? 0 : Math.max(1, 220 * v / max)).append("\" height=\"14\" fill=\"").append(COLOURS[0])
                    .append("\"/></svg></td></tr>\n");
        }
        figure(b, title, caption, t.append("</tbody></table>").toString());
    }

    private static void throughputChart(StringBuilder b, JsonNode samples) {
        if (!samples.isArray() || samples.isEmpty()) {
            figure(b, "Throughput over time", "Not recorded by this engine.", "<p class=\"none\">no samples</p>");
            return;
        }
        int w = 460, h = 200, left = 50, bottom = 30;
        double tMax = Math.max(1e-3, samples.get(samples.size() - 1).path("seconds").asDouble());
        long nMax = Math.max(1, samples.get(samples.size() - 1).path("records").asLong());
        StringBuilder svg = svgOpen(w, h, "Records done over time");
        svg.append("<polyline fill=\"none\" stroke=\"").append(COLOURS[0]).append("\" stroke-width=\"2\" points=\"")
                .append(left).append(',').append(h - bottom);
        for (JsonNode s : samples) {
            double x = left + (w - left - 10) * s.path("seconds").asDouble() / tMax;
            double y = h - bottom - (h - bottom - 10) * s.path("records").asDouble() / nMax;
            svg.append(' ').append(num(x)).append(',').append(num(y));
        }
        svg.append("\"/>");
        axes(svg, w, h, left, bottom, "0 s", num(tMax) + " s", String.valueOf(nMax));
        svg.append("</svg>");
        JsonNode last = samples.get(samples.size() - 1);
        String caption = String.format(Locale.ROOT, "Records done by this run against time; %s records/s on average.",
                num(last.path("records").asDouble() / tMax));
        figure(b, "Throughput over time", caption, svg + "<p class=\"small\">last sample: <span data-metric=\"throughput."
                + (samples.size() - 1) + ".records\">" + last.path("records").asLong() + "</span> records after "
                + num(last.path("seconds").asDouble()) + " s</p>");
    }

    /** Checks a viewer address at once: absolute http(s), no query or fragment (the report adds the query). */
    public static void checkViewer(URI viewer) {
        String scheme = viewer.getScheme() == null ? "" : viewer.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || viewer.getHost() == null
                || viewer.getRawQuery() != null || viewer.getRawFragment() != null) {
            throw new IllegalArgumentException("the viewer URL must be an http(s) address without query, such as "
                    + "http://127.0.0.1:8080/, got " + viewer);
        }
    }

    private static String base(URI viewer) {
        checkViewer(viewer);
        String s = viewer.toString();
        return s.endsWith("/") ? s : s + "/";
    }

    private static void worst(StringBuilder b, JsonNode worst, String root, Optional<String> viewer) {
        b.append("<section aria-labelledby=\"worst-h\"><h2 id=\"worst-h\">The ").append(worst.size())
                .append(" records with the most seams per 1,000 letters</h2>\n");
        b.append("<p class=\"small\">Open them in the viewer: run <code>mixdoc serve --root ").append(esc(root))
                .append(viewer.isPresent() ? "</code>, then follow a link.</p>\n"
                        : "</code>, then add a record's query to the viewer's address (or write the report with"
                        + " <code>mixdoc clean --viewer-url URL</code> to get links).</p>\n");
        b.append("<table class=\"worst\"><thead><tr><th>#</th><th>Record</th><th>Status</th><th>Seams / 1,000 letters</th><th>Letters</th><th>Open</th></tr></thead><tbody>\n");
        int i = 0;
        for (JsonNode r : worst) {
            String p = "distributions.worst_records." + i;
            b.append("<tr><td>").append(++i).append("</td><td class=\"id\" data-metric=\"").append(p).append(".id\">")
                    .append(esc(r.path("id").asText())).append("</td><td>").append(esc(r.path("status").asText()))
                    .append("</td><td class=\"n\" data-metric=\"").append(p).append(".seams_per_1000_letters\">")
                    .append(num(r.path("seams_per_1000_letters").asDouble())).append("</td><td class=\"n\" data-metric=\"")
                    .append(p).append(".letters\">").append(r.path("letters").asLong()).append("</td><td>");
            String source = r.path("source").asText("");
            if (!source.isEmpty() && r.path("record").asLong(-1) >= 0) {
                String query = "?doc=" + URLEncoder.encode(source, StandardCharsets.UTF_8) + "&record=" + r.path("record").asLong();
                if (viewer.isPresent()) {
                    b.append("<a href=\"").append(esc(viewer.get() + query)).append("\">viewer</a>");
                } else {
                    b.append("<code class=\"query\">").append(esc(query)).append("</code>");
                }
            } else {
                b.append("–");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    // ---------------------------------------------------------------- drawing

    private record Series(String name, String metric, long[] values) {
    }

    private static Series series(String name, String metric, JsonNode values) {
        long[] v = new long[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i).asLong();
        }
        return new Series(name, metric, v);
    }

    /** Grouped vertical bars, one group per label; each bar's value is in its title and data attributes. */
    private static String bars(List<String> labels, List<Series> series) {
        int w = 460, h = 220, left = 50, bottom = 46;
        long max = 1;
        for (Series s : series) {
            for (long v : s.values()) {
                max = Math.max(max, v);
            }
        }
        StringBuilder svg = svgOpen(w, h, "bar chart");
        double group = (double) (w - left - 10) / Math.max(1, labels.size());
        double bar = Math.max(2, (group - 4) / series.size());
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            for (int i = 0; i < s.values().length && i < labels.size(); i++) {
                double bh = (h - bottom - 10) * (double) s.values()[i] / max;
                double x = left + group * i + 2 + bar * k;
                svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(h - bottom - bh)).append("\" width=\"")
                        .append(num(bar - 1)).append("\" height=\"").append(num(bh)).append("\" fill=\"").append(COLOURS[k % COLOURS.length])
                        .append("\" data-metric=\"").append(s.metric()).append('.').append(i).append("\" data-value=\"").append(s.values()[i])
                        .append("\"><title>").append(esc(s.name())).append(", ").append(esc(labels.get(i))).append(": ")
                        .append(s.values()[i]).append("</title></rect>");
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            double x = left + group * i + group / 2;
            svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(h - bottom + 14)
                    .append("\" font-size=\"9\" text-anchor=\"end\" transform=\"rotate(-35 ").append(num(x)).append(' ')
                    .append(h - bottom + 14).append(")\">").append(esc(labels.get(i))).append("</text>");
        }
        axes(svg, w, h, left, bottom, "", "", String.valueOf(max));
        svg.append("</svg>");
        StringBuilder legend = new StringBuilder("<p class=\"legend\">");
        for (int k = 0; k < series.size() && series.size() > 1; k++) {
            legend.append("<span><i style=\"background:").append(COLOURS[k]).append("\"></i>").append(esc(series.get(k).name())).append("</span>");
        }
        return svg + legend.append("</p>").toString();
    }

    private static StringBuilder svgOpen(int w, int h, String label) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").append(esc(label))
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"").append(w).append("\" height=\"")
                .append(h).append("\">");
    }

    private static void axes(StringBuilder svg, int w, int h, int left, int bottom, String xMin, String xMax, String yMax) {
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(h - bottom).append("\" x2=\"").append(w - 5)
                .append("\" y2=\"").append(h - bottom).append("\" stroke=\"#333\"/>");
        svg.append("<line x1=\"").append(left).append("\" y1=\"5\" x2=\"").append(left).append("\" y2=\"").append(h - bottom)
                .append("\" stroke=\"#333\"/>");
        svg.append("<text x=\"").append(left - 4).append("\" y=\"14\" font-size=\"10\" text-anchor=\"end\">").append(esc(yMax)).append("</text>");
        svg.append("<text x=\"").append(left - 4).append("\" y=\"").append(h - bottom).append("\" font-size=\"10\" text-anchor=\"end\">0</text>");
        if (!xMin.isEmpty()) {
            svg.append("<text x=\"").append(left).append("\" y=\"").append(h - bottom + 14).append("\" font-size=\"10\">").append(esc(xMin)).append("</text>");
            svg.append("<text x=\"").append(w - 5).append("\" y=\"").append(h - bottom + 14).append("\" font-size=\"10\" text-anchor=\"end\">")
                    .append(esc(xMax)).append("</text>");
        }
    }

    private static void figure(StringBuilder b, String title, String caption, String body) {
        b.append("<figure><figcaption><h2>").append(esc(title)).append("</h2><p class=\"small\">").append(esc(caption))
                .append("</p></figcaption>").append(body).append("</figure>\n");
    }

    // ---------------------------------------------------------------- text

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String pct(double v) {
        return Math.round(v * 100) + "%";
    }

    private static final String CSS = String.join("\n",
            "body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:1040px;color:#1a202c;padding:0 1rem}",
            "h1{font-size:1.5rem}h2{font-size:1.05rem;margin:.2rem 0}",
            ".totals{display:flex;flex-wrap:wrap;gap:.6rem 1.4rem;margin:1rem 0}.fact strong{font-size:1.3rem}",
            ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:1rem}",
            "figure{margin:0;border:1px solid #e2e8f0;border-radius:6px;padding:.7rem;background:#fff}",
            ".small{color:#4a5568;font-size:.85rem;margin:.2rem 0}.none{color:#718096}",
            "table{border-collapse:collapse}th,td{padding:.15rem .5rem;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}",
            "table.worst{width:100%;margin-top:.5rem}table.worst tr:nth-child(even){background:#f7fafc}td.id{font-family:monospace;word-break:break-all}",
            ".legend span{margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}",
            "footer{margin-top:2rem;color:#718096;font-size:.8rem}");
}
