package io.mixdoc.facts;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.internal.DateReader;
import io.mixdoc.facts.internal.NameKeys;
import io.mixdoc.facts.internal.TextLines;
import io.mixdoc.facts.internal.TextLines.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the {@code structure} layer: headline, dateline, byline, paragraphs, photo captions, interview
 * turns, the agency's end mark, boilerplate tails, and the publication date (the dateline's day, its
 * year inferred from the dated events of the text when the dateline has none).
 *
 * <p>Everything is found from the shape of the text (agency datelines, speaker labels that recur,
 * photo-credit formulas, short headline lines after the end mark), never from a list of known
 * documents. Offsets are UTF-16 indices into the document text, half-open.
 */
public final class StructureTagger implements Stage {
    /** Where a dateline may start: within this many characters of the text's first letter. */
    private static final int DATELINE_WINDOW = 400;

    private static final String ZH_REPORTER = "实习记者|本报记者|本報記者|特约记者|特約記者|首席记者|记者|記者|通讯员|通訊員|实习生|實習生";
    /** Chinese numerals as written in datelines, with the letter O or 〇 for zero ("二O一五年"). */
    private static final String ZH_NUM = "[0-9０-９零〇○OＯ一二三四五六七八九十]";
    private static final Pattern ZH_DATELINE = Pattern.compile(
            "(?<agency>新华社|新華社|中新社|中新网|中新網|中评社|中評社|人民网|人民網|新华网|新華網|央视网|央視網|央视新闻|央視新聞|央视|央視"
                    + "|国际在线|光明网|环球网|澎湃新闻|澎湃|本报|本報|本刊|[\\p{IsHan}]{1,4}?(?:社|网|網|报|報|台))"
                    + "(?:记者|記者)?(?<place>[\\p{IsHan}]{0,8}?)(?:(?<year>" + ZH_NUM + "{4})年)?(?<month>" + ZH_NUM + "{1,2})月(?<day>" + ZH_NUM + "{1,3})日"
                    + "(?:电|電|讯|訊|消息|报道|報道)");
    /** An agency's undated opening: "本报讯", "本報訊", "新华网讯". */
    private static final Pattern ZH_UNDATED_DATELINE = Pattern.compile(
            "(?<agency>本报|本報|本刊|[\\p{IsHan}]{1,4}?(?:社|网|網|报|報))(?<place>[\\p{IsHan}]{0,6}?)(?:讯|訊|电|電)(?=\\s|[（(【]|$)");
    /** "HAYWARD, Calif. —", "VIENNA —", "Indianapolis –": a place opening the text, then a dash. */
    private static final Pattern EN_CITY_DASH = Pattern.compile(
            "(?<place>(?<city>[A-Z][A-Za-z.'’\\-]*(?: [A-Z][A-Za-z.'’\\-]*){0,3})(?:, (?<region>[A-Z][A-Za-z.'’\\-]*(?: [A-Z][A-Za-z.'’\\-]*){0,3}))?)"
                    + " ?(?<dash>—|–|--) ");
    /** A Wikinews-style date line opening the article: "Tuesday, May 5, 2009". */
    private static final Pattern EN_DAY_DATELINE = Pattern.compile(
            "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?<month>[A-Z][a-z]{2,8}) (?<day>3[01]|[12]\\d|0?[1-9]), (?<year>\\d{4})\\s*$");
    private static final Pattern EN_DATELINE = Pattern.compile(
            "(?<place>[A-Z][A-Za-z.'’\\- ]{1,30}?(?:, [A-Z][A-Za-z.'’\\- ]{1,20}?)?),?\\s+(?:(?<month>[A-Z][a-z]{2,8})\\.?\\s+(?<day>3[01]|[12]\\d|0?[1-9])(?:,\\s*(?<year>\\d{4}))?\\s+)?"
                    + "\\((?<agency>[A-Z][A-Za-z .]{1,40})\\)\\s*(?<dash>--|—|–|-)?");
    /** An agency dateline put into English by a page translator: "China News Service, Urumqi, October 16 (...)". */
    private static final Pattern EN_AGENCY_DATELINE = Pattern.compile(
            "(?<agency>(?:[A-Z][A-Za-z'’]*\\s){0,3}(?:Service|Network|Net|Agency|News|Online|Daily|Xinhua|Chinanews|Chinanews\\.com))"
                    + "[,\\s]+(?:(?<place>[A-Z][a-zA-Z'’\\-]+(?:\\s[A-Z][a-zA-Z'’\\-]+)?)[,\\s]+)?"
                    + "(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
                    + "\\.?\\s+(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?:,\\s*(?<year>\\d{4}))?"
                    + "(?:\\s*(?i:electric(?:ity)?|telegram|dispatch|report|cable|news|电)\\b)?");
    private static final Pattern EN_PAREN_BYLINE = Pattern.compile(
            "^\\s*[（(]\\s*(?:(?i:reporters?|correspondents?|by)\\s*:?\\s*)?(?<names>[A-Z][a-z]+(?:[\\s,、]+(?:and\\s+)?[A-Z][a-z]+){1,15})\\s*[)）]");
    private static final Pattern ZH_BYLINE = Pattern.compile(
            "^\\s*[（(]\\s*(?:(?:" + ZH_REPORTER + "|文|图|文/图)\\s*[:：/]?\\s*)?"
                    + "(?<names>[\\p{IsHan}·]{2,6}(?:[\\s、，,]*(?:" + ZH_REPORTER + ")\\s*[\\p{IsHan}·]{2,4}|[\\s、，,]+[\\p{IsHan}·]{2,6}){0,8})\\s*[）)]");
    /** "河南商报记者马俊峰/文", "新华日报·交汇点记者 徐睿翔", "文/图 张三": a credit line naming the writers. */
    private static final Pattern ZH_CREDIT_BYLINE = Pattern.compile(
            "(?:(?:" + ZH_REPORTER + ")\\s*(?<names>[\\p{IsHan}·]{2,4}(?:[\\s、，,]+[\\p{IsHan}·]{2,4}){0,5})\\s*(?:[/／]\\s*文|$)"
                    + "|^\\s*(?:文|撰文|文/图|文／图|图/文|图／文)\\s*[/／:：|｜]\\s*(?<names2>[\\p{IsHan}·]{2,4}(?:[\\s、，,]+[\\p{IsHan}·]{2,4}){0,5})\\s*$)");
    private static final Pattern EN_BYLINE = Pattern.compile(
            "^By\\s+(?<names>[A-Z][a-zA-Z'’\\-]+(?:\\s+[A-Z][a-zA-Z'’\\-]+){0,3}(?:(?:,\\s*|\\s+and\\s+)[A-Z][a-zA-Z'’\\-]+(?:\\s+[A-Z][a-zA-Z'’\\-]+){0,3}){0,5})\\s*$");
    private static final Pattern END_MARK = Pattern.compile(
            "[（(【\\[]\\s*(?:完|终|完毕|结束|超过|完成|完了|End|END|end|Over|OVER|over|Finish|Finished|Complete|Completed|The End|the end)\\s*[)）】\\]]");
    private static final Pattern ZH_CAPTION_END = Pattern.compile(
            "(?:供图|供稿图|摄影?|图片来源[:：][^\\n]{0,40}|图源[:：][^\\n]{0,40})\\s*[)）]?\\s*[。.]?$");
    private static final Pattern ZH_PHOTOGRAPHER = Pattern.compile("[\\p{IsHan}·]{2,5}\\s*摄影?\\s*[)）]?\\s*[。.]?$");
    private static final Pattern EN_CAPTION = Pattern.compile(
            "(?i)\\b(?:photos?|photograph|image|picture)s?\\s+(?:courtesy\\s+of|by|provided\\s+by|credit)\\b|\\bphotographed\\s+by\\b"
                    + "|\\b(?:reporter|correspondent)\\s+[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?\\s+(?:photo|photography|photographed)\\s*[)）]?\\s*\\.?$"
                    + "|[(（]\\s*courtesy\\s+of\\s+[^.()]{2,60}[)）]\\s*\\.?$"
                    + "|\\((?:Xinhua|CNS|AP|AFP|Reuters|IC|VCG)(?:/[^)]{1,40})?(?:\\s+photo)?\\)\\s*$|^(?:photo|caption)\\s*:");
    private static final Pattern CAPTION_START = Pattern.compile("^(?:图为|图[:：]|资料图[:：]?|图片[:：])");
    private static final Pattern NAVIGATION = Pattern.compile(
            "^(?:分享到|分享[:：]|Share(?: this| on)?\\b|返回顶部|Back to top|扫一扫|相关新闻|相关阅读|相关报道|Related(?: news| stories| articles)?\\s*[:：]?$"
                    + "|责任编辑|【编辑|编辑[:：]|来源[:：]|Source\\s*:|Editor\\s*:|Tags?\\s*:|关键词[:：]|上一篇|下一篇|Previous\\b|Next\\b|首页\\s*[>＞|]|Home\\s*[>|])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH_LABEL = Pattern.compile("^(?<label>[\\p{IsHan}·]{1,10}(?: [\\p{IsHan}·]{2,4})?)[:：]\\s*(?=\\S)");
    private static final Pattern EN_LABEL = Pattern.compile(
            "^(?<label>[A-Z][A-Za-z.'’\\-]*(?: [A-Za-z][A-Za-z.'’\\-]*){0,5})\\s?:\\s*(?=\\S)");
    private static final Pattern QUESTION_ROLE = Pattern.compile(
            "记者|主持人|编者|^问$|提问|(?i:\\breporter\\b|\\bjournalist\\b|\\bhost\\b|\\binterviewer\\b|\\bmoderator\\b|^Q$|\\bquestion\\b)");
    private static final Pattern ANSWER_ROLE = Pattern.compile("^答$|^A$|(?i:\\banswer\\b)");
    private static final Pattern NOT_A_SPEAKER = Pattern.compile(
            "(?i)^(?:来源|编辑|责任编辑|作者|图|图片|注|备注|电话|地址|时间|日期|关键词|标签|链接|网址|邮箱|附|附件|Source|Editor|Note|Notes|Photo|Tags?|Tel|Email|"
                    + "Address|Time|Date|Keywords?|Link|Update|Updated|Warning|Summary|Example|Related|Share|Caption)$"
                    + "|表示$|说$|指出$|强调$|认为$|称$|介绍$|透露$|回答$|问道$|提出$|写道$|如下$|包括$|分别是$|是$");

    @Override
    public String id() {
        return "structure";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(); // reads the text only: lines, labels and formulas
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.STRUCTURE;
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Line> lines = TextLines.of(text);
        List<StructureSpan> out = new ArrayList<>();
        Optional<StructureSpan> dateline = dateline(text, lines);
        dateline.ifPresent(out::add);
        dateline.flatMap(d -> byline(text, d.end())).or(() -> englishByline(text, lines))
                .or(() -> creditByline(text, lines)).ifPresent(out::add);
        headline(text, lines, dateline).ifPresent(out::add);
        Optional<StructureSpan> endMark = endMark(text, lines);
        endMark.ifPresent(out::add);
        List<StructureSpan> boilerplate = boilerplate(text, lines, endMark);
        out.addAll(boilerplate);
        List<StructureSpan> captions = captions(text, lines, boilerplate);
        out.addAll(captions);
        out.addAll(turns(text, lines, boilerplate));
        for (Line l : lines) {
            if (!inside(boilerplate, l.start()) && !inside(captions, l.start())) {
                out.add(StructureSpan.of(l.start(), l.end(), StructureKind.PARAGRAPH));
            }
        }
        publicationDate(text, dateline, doc.metadata()).ifPresent(out::add);
        return doc.with(FactsLayers.STRUCTURE, out);
    }

    private static boolean inside(List<StructureSpan> spans, int pos) {
        for (StructureSpan s : spans) {
            if (pos >= s.start() && pos < s.end()) {
                return true;
            }
        }
        return false;
    }

    // ---- dateline and byline -------------------------------------------------------------------

    private static Optional<StructureSpan> dateline(String text, List<Line> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        int windowEnd = Math.min(text.length(), lines.get(0).start() + DATELINE_WINDOW);
        String window = text.substring(0, windowEnd);
        Matcher zh = ZH_DATELINE.matcher(window);
        while (zh.find()) {
            int month = zhNumber(zh.group("month"));
            int day = zhNumber(zh.group("day"));
            int year = zh.group("year") == null ? 0 : zhNumber(zh.group("year"));
            if (month < 1 || month > 12 || day < 1 || day > 31 || !atLineStartOrAfterHeadline(text, lines, zh.start())) {
                continue;
            }
            Map<String, String> a = new LinkedHashMap<>();
            a.put("agency", zh.group("agency"));
            a.put("place", zh.group("place"));
            a.put("month", Integer.toString(month));
            a.put("day", Integer.toString(day));
            if (year > 0) {
                a.put("year", Integer.toString(year));
            }
            a.put("lang", "zh");
            return Optional.of(new StructureSpan(zh.start(), zh.end(), StructureKind.DATELINE, a, List.of()));
        }
        Matcher undated = ZH_UNDATED_DATELINE.matcher(window);
        while (undated.find()) {
            if (atLineStartOrAfterHeadline(text, lines, undated.start())) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("agency", undated.group("agency"));
                a.put("place", undated.group("place"));
                a.put("lang", "zh");
                return Optional.of(new StructureSpan(undated.start(), undated.end(), StructureKind.DATELINE, a, List.of()));
            }
        }
        Matcher ea = EN_AGENCY_DATELINE.matcher(window);
        while (ea.find()) {
            int month = DateReader.month(ea.group("month"));
            String agency = ea.group("agency").trim();
            boolean knownAgency = io.mixdoc.facts.internal.Gazetteer.get().en(agency).isPresent()
                    || agency.matches(".*(Service|Network|Agency|Xinhua|Chinanews.*)$");
            if (month == 0 || !knownAgency || !atLineStartOrAfterHeadline(text, lines, ea.start())) {
                continue;
            }
            Map<String, String> a = new LinkedHashMap<>();
            a.put("agency", agency);
            a.put("place", ea.group("place") == null ? "" : ea.group("place"));
            a.put("month", Integer.toString(month));
            a.put("day", Integer.toString(Integer.parseInt(ea.group("day"))));
            if (ea.group("year") != null) {
                a.put("year", ea.group("year"));
            }
            a.put("lang", "en");
            return Optional.of(new StructureSpan(ea.start(), ea.end(), StructureKind.DATELINE, a, List.of()));
        }
        Matcher en = EN_DATELINE.matcher(window);
        while (en.find()) {
            if (!atLineStartOrAfterHeadline(text, lines, en.start())) {
                continue;
            }
            int month = en.group("month") == null ? 0 : DateReader.month(en.group("month"));
            if (en.group("month") != null && month == 0) {
                continue;
            }
            // without the dash ("Beijing, Oct. 16 (China News Service) Cooperation ...") the agency must be known
            if (en.group("dash") == null && (en.group("month") == null
                    || io.mixdoc.facts.internal.Gazetteer.get().en(en.group("agency").trim()).isEmpty())) {
                continue;
            }
            Map<String, String> a = new LinkedHashMap<>();
            a.put("agency", en.group("agency").trim());
            a.put("place", en.group("place").trim());
            if (month > 0) {
                a.put("month", Integer.toString(month));
                a.put("day", Integer.toString(Integer.parseInt(en.group("day"))));
            }
            if (en.group("year") != null) {
                a.put("year", en.group("year"));
            }
            a.put("lang", "en");
            return Optional.of(new StructureSpan(en.start(), en.end(), StructureKind.DATELINE, a, List.of()));
        }
        Line first = lines.get(0);
        Matcher cd = EN_CITY_DASH.matcher(text).region(first.start(), first.end());
        if (cd.lookingAt() && placeOpening(cd.group("city"), cd.group("region"))) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("agency", "");
            a.put("place", cd.group("place"));
            a.put("lang", "en");
            int end = cd.end("dash");
            return Optional.of(new StructureSpan(cd.start(), end, StructureKind.DATELINE, a, List.of()));
        }
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            Matcher wd = EN_DAY_DATELINE.matcher(lines.get(i).text(text));
            int month = wd.lookingAt() ? DateReader.month(wd.group("month")) : 0;
            if (month > 0) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("agency", "");
                a.put("place", "");
                a.put("month", Integer.toString(month));
                a.put("day", wd.group("day"));
                a.put("year", wd.group("year"));
                a.put("lang", "en");
                return Optional.of(new StructureSpan(lines.get(i).start(), lines.get(i).end(), StructureKind.DATELINE, a, List.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * "VIENNA —", "HAYWARD, Calif. —", "Indianapolis –": the words before the dash are a place when they
     * are written in capitals, are a known place, or are followed by a region ("City, Region").
     */
    private static boolean placeOpening(String city, String region) {
        boolean capitals = city.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && city.length() >= 3;
        boolean known = io.mixdoc.facts.internal.Gazetteer.get().en(city).filter(e -> e.type() == EntityType.PLACE).isPresent();
        boolean common = city.split(" ").length == 1 && io.mixdoc.facts.internal.EnglishNames.isCommon(city);
        return known || region != null && region.length() >= 2 || capitals && !common;
    }

    /** A month, day or year in Arabic or Chinese numerals; a four-digit year may be written digit by digit ("二O一五"). */
    static int zhNumber(String s) {
        String t = io.mixdoc.facts.internal.ChineseNumbers.toAsciiDigits(s);
        if (t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        if (t.indexOf('十') < 0) {
            StringBuilder b = new StringBuilder();
            for (char c : t.toCharArray()) {
                int d = "零〇○OＯ".indexOf(c) >= 0 ? 0 : io.mixdoc.internal.Chars.hanDigit(c);
                if (d < 0) {
                    return -1;
                }
                b.append(d);
            }
            return b.length() == 0 || b.length() > 4 ? -1 : Integer.parseInt(b.toString());
        }
        java.math.BigDecimal v = io.mixdoc.facts.internal.ChineseNumbers.parse(t);
        return v == null ? -1 : v.intValue();
    }

    /** A dateline opens a line (the first lines of the article: a headline may come before it). */
    private static boolean atLineStartOrAfterHeadline(String text, List<Line> lines, int pos) {
        for (int i = 0; i < Math.min(4, lines.size()); i++) {
            if (lines.get(i).start() == pos) {
                return true;
            }
        }
        return false;
    }

    private static Optional<StructureSpan> byline(String text, int from) {
        String rest = text.substring(from, Math.min(text.length(), from + 160));
        Matcher m = ZH_BYLINE.matcher(rest);
        if (!m.find()) {
            Matcher e = EN_PAREN_BYLINE.matcher(rest);
            if (!e.find()) {
                return Optional.empty();
            }
            List<String> names = romanisedNames(e.group("names"));
            if (names.isEmpty()) {
                return Optional.empty();
            }
            int start = from + e.start() + (e.group().length() - e.group().stripLeading().length());
            return Optional.of(new StructureSpan(start, from + e.end(), StructureKind.BYLINE, Map.of(), names));
        }
        List<String> authors = new ArrayList<>();
        for (String n : m.group("names").split("[\\s、，,]+")) {
            String name = n.replaceFirst("^(?:" + ZH_REPORTER + ")", "");
            if (name.length() >= 2) {
                authors.add(name);
            }
        }
        int start = from + m.start() + (m.group().length() - m.group().stripLeading().length());
        return Optional.of(new StructureSpan(start, from + m.end(), StructureKind.BYLINE, Map.of(), authors));
    }

    /**
     * Groups romanised Chinese names written one after another ("Jia Zhipeng Chu Xu Liu Ying"): a
     * one-syllable surname, then a given name of one or two syllables. Empty when the words do not all
     * fall into such names.
     */
    static List<String> romanisedNames(String written) {
        String[] w = written.replaceAll("\\band\\b", " ").split("[\\s,、]+");
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < w.length) {
            if (w[i].isEmpty()) {
                i++;
                continue;
            }
            if (i + 1 < w.length && io.mixdoc.internal.Pinyin.isSyllable(w[i])
                    && io.mixdoc.facts.internal.EnglishNames.syllableCount(w[i + 1]) >= 1
                    && io.mixdoc.facts.internal.EnglishNames.syllableCount(w[i + 1]) <= 2) {
                names.add(w[i] + " " + w[i + 1]);
                i += 2;
            } else {
                return List.of();
            }
        }
        return names;
    }

    /** A credit line among the first lines or the last ones: "河南商报记者马俊峰/文", "交汇点记者 徐睿翔", "文/图 张三". */
    private static Optional<StructureSpan> creditByline(String text, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i >= 8 && i < lines.size() - 4) {
                continue;
            }
            Line l = lines.get(i);
            String t = l.text(text);
            if (t.codePointCount(0, t.length()) > 60 || t.contains("摄")) {
                continue; // "记者 X 摄" credits a photograph, not the writing
            }
            Matcher m = ZH_CREDIT_BYLINE.matcher(t);
            if (m.find()) {
                String names = m.group("names") != null ? m.group("names") : m.group("names2");
                List<String> authors = new ArrayList<>();
                for (String n : names.split("[\\s、，,]+")) {
                    if (n.length() >= 2 && NameKeys.hasHan(n) && !n.matches(".*(?:" + ZH_REPORTER + "|新闻|日报|网).*")) {
                        authors.add(n);
                    }
                }
                if (!authors.isEmpty()) {
                    return Optional.of(new StructureSpan(l.start() + m.start(), l.start() + m.end(), StructureKind.BYLINE, Map.of(), authors));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<StructureSpan> englishByline(String text, List<Line> lines) {
        for (int i = 0; i < Math.min(4, lines.size()); i++) {
            Line l = lines.get(i);
            Matcher m = EN_BYLINE.matcher(l.text(text));
            if (m.find()) {
                List<String> authors = new ArrayList<>();
                for (String n : m.group("names").split(",\\s*|\\s+and\\s+")) {
                    authors.add(n.trim());
                }
                return Optional.of(new StructureSpan(l.start(), l.end(), StructureKind.BYLINE, Map.of(), authors));
            }
        }
        return Optional.empty();
    }

    private static Optional<StructureSpan> headline(String text, List<Line> lines, Optional<StructureSpan> dateline) {
        if (lines.size() < 3) {
            return Optional.empty();
        }
        Line first = lines.get(0);
        if (dateline.isPresent() && dateline.get().start() <= first.start()) {
            return Optional.empty();
        }
        String t = first.text(text);
        int cps = t.codePointCount(0, t.length());
        boolean han = NameKeys.hasHan(t);
        boolean shortEnough = han ? cps <= 40 : t.split("\\s+").length <= 16;
        char last = t.charAt(t.length() - 1);
        boolean sentenceEnd = last == '。' || last == '.' || last == '；' || last == ';' || last == '，' || last == ',' || last == ':' || last == '：';
        boolean beforeDateline = dateline.isPresent() && dateline.get().start() >= lines.get(1).start();
        if ((beforeDateline || shortEnough) && !sentenceEnd && shortEnough) {
            return Optional.of(StructureSpan.of(first.start(), first.end(), StructureKind.HEADLINE));
        }
        return Optional.empty();
    }

    // ---- end mark and boilerplate ---------------------------------------------------------------

    private static Optional<StructureSpan> endMark(String text, List<Line> lines) {
        StructureSpan found = null;
        for (Line l : lines) {
            if (l.start() < text.length() / 3) {
                continue;
            }
            String t = l.text(text);
            Matcher m = END_MARK.matcher(t);
            while (m.find()) {
                String after = t.substring(m.end()).trim();
                // The mark closes the article's last paragraph: nothing, or only an editor's note, follows it.
                if (after.isEmpty() || after.matches("^[（(【\\[].{0,30}[)）】\\]]$")) {
                    found = StructureSpan.of(l.start() + m.start(), l.start() + m.end(), StructureKind.END_MARK);
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<StructureSpan> boilerplate(String text, List<Line> lines, Optional<StructureSpan> endMark) {
        List<StructureSpan> out = new ArrayList<>();
        int tailStart = -1;
        if (endMark.isPresent()) {
            int after = endMark.get().end();
            for (Line l : lines) {
                if (l.start() >= after) {
                    tailStart = l.start();
                    break;
                }
            }
            // Text after the mark on the same line (an editor's note) is part of the article's end, not the tail.
        } else {
            tailStart = headlineRunStart(text, lines);
        }
        if (tailStart >= 0) {
            Line last = lines.get(lines.size() - 1);
            int headlines = 0;
            int count = 0;
            for (Line l : lines) {
                if (l.start() >= tailStart) {
                    count++;
                    if (looksLikeHeadline(l.text(text))) {
                        headlines++;
                    }
                }
            }
            int credits = 0;
            for (Line l : lines) {
                if (l.start() >= tailStart && NAVIGATION.matcher(l.text(text).replaceFirst("^[【\\[]", "")).find()) {
                    credits++;
                }
            }
            String kind = credits == count ? "credits" : headlines * 2 >= count ? "related_headlines" : "tail";
            out.add(new StructureSpan(tailStart, last.end(), StructureKind.BOILERPLATE,
                    Map.of("kind", kind, "lines", Integer.toString(count)), List.of()));
        }
        for (Line l : lines) {
            if (tailStart >= 0 && l.start() >= tailStart) {
                break;
            }
            String t = l.text(text);
            if (NAVIGATION.matcher(t).find() && t.codePointCount(0, t.length()) <= 120) {
                String kind = t.matches("(?i)^(?:分享|Share|扫一扫).*") ? "share"
                        : t.matches("(?i)^(?:责任编辑|【编辑|编辑|Editor|来源|Source).*") ? "credits" : "navigation";
                out.add(new StructureSpan(l.start(), l.end(), StructureKind.BOILERPLATE, Map.of("kind", kind), List.of()));
            }
        }
        return out;
    }

    /** Without an end mark: a run of at least three short headline-like lines closing the text. */
    private static int headlineRunStart(String text, List<Line> lines) {
        int i = lines.size() - 1;
        while (i >= 0 && looksLikeHeadline(lines.get(i).text(text))) {
            i--;
        }
        int run = lines.size() - 1 - i;
        if (run >= 3 && i >= 0 && !looksLikeHeadline(lines.get(i).text(text))) {
            return lines.get(i + 1).start();
        }
        return -1;
    }

    private static boolean looksLikeHeadline(String t) {
        int cps = t.codePointCount(0, t.length());
        boolean han = NameKeys.hasHan(t);
        if (han ? cps > 45 : t.split("\\s+").length > 16) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last != '。' && last != '；' && last != ':' && last != '：' && last != ','
                && last != '，' && !(last == '.' && !han);
    }

    // ---- captions -------------------------------------------------------------------------------

    private static List<StructureSpan> captions(String text, List<Line> lines, List<StructureSpan> boilerplate) {
        List<StructureSpan> out = new ArrayList<>();
        for (Line l : lines) {
            if (inside(boilerplate, l.start())) {
                continue;
            }
            String t = l.text(text);
            if (t.codePointCount(0, t.length()) > 400) {
                continue;
            }
            boolean zhEnd = ZH_CAPTION_END.matcher(t).find()
                    && (!t.endsWith("摄") && !t.endsWith("摄影") || ZH_PHOTOGRAPHER.matcher(t).find());
            if (zhEnd || EN_CAPTION.matcher(t).find() || CAPTION_START.matcher(t).find()) {
                out.add(StructureSpan.of(l.start(), l.end(), StructureKind.CAPTION));
            }
        }
        return out;
    }

    // ---- interview turns ------------------------------------------------------------------------

    private record Label(int start, int end, String speaker, String role, String key, boolean lineStart) {
    }

    private static List<StructureSpan> turns(String text, List<Line> lines, List<StructureSpan> boilerplate) {
        List<Label> labels = new ArrayList<>();
        for (Line l : lines) {
            if (inside(boilerplate, l.start())) {
                continue;
            }
            String t = l.text(text);
            label(t, 0, l.start(), true).ifPresent(labels::add);
            // A turn may begin in the middle of a line, right after the previous answer's last sentence.
            for (int i = 1; i < t.length(); i++) {
                char c = t.charAt(i - 1);
                if (c == '。' || c == '？' || c == '！' || c == '?' || c == '!' || c == '.' || c == '”' || c == '」') {
                    int j = i;
                    while (j < t.length() && TextLines.isBlank(t.charAt(j))) {
                        j++;
                    }
                    if (j < t.length() && (j > i || c != '.')) {
                        label(t, j, l.start(), false).ifPresent(labels::add);
                    }
                }
            }
        }
        Map<String, Integer> keyCount = new HashMap<>();
        for (Label lb : labels) {
            keyCount.merge(lb.key(), 1, Integer::sum);
        }
        boolean hasQuestion = labels.stream().anyMatch(lb -> lb.role().equals("question") && lb.lineStart());
        boolean hasAnswer = labels.stream().anyMatch(lb -> lb.role().equals("answer")
                && (keyCount.get(lb.key()) >= 2 || ANSWER_ROLE.matcher(lb.speaker()).find()));
        if (!hasQuestion || !hasAnswer) {
            return List.of();
        }
        labels.sort(Comparator.comparingInt(Label::start));
        List<StructureSpan> out = new ArrayList<>();
        boolean afterQuestion = false;
        for (Label lb : labels) {
            boolean recurring = keyCount.get(lb.key()) >= 2;
            boolean explicitRole = lb.role().equals("question") || ANSWER_ROLE.matcher(lb.speaker()).find();
            // a name opening the line right after a question answers it, even if it is written only once
            boolean answersQuestion = afterQuestion && lb.lineStart() && lb.role().equals("answer") && plausibleName(lb.speaker());
            if (!(recurring || explicitRole || answersQuestion)) {
                continue;
            }
            if (!lb.lineStart() && !recurring) {
                continue;
            }
            afterQuestion = lb.role().equals("question");
            Map<String, String> a = new LinkedHashMap<>();
            a.put("role", lb.role());
            a.put("speaker", lb.speaker());
            a.put("speaker_key", lb.key());
            out.add(new StructureSpan(lb.start(), lb.end(), StructureKind.TURN, a, List.of()));
        }
        out.sort(Comparator.comparingInt(StructureSpan::start));
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * How much of a line a speaker label is looked for in: labels are a name and a colon. Copying the
     * whole rest of the line at every sentence end cost time growing with the square of a long line.
     */
    static final int LABEL_WINDOW = 200;

    private static Optional<Label> label(String line, int from, int lineOffset, boolean lineStart) {
        String rest = line.substring(from, Math.min(line.length(), from + LABEL_WINDOW));
        Matcher m = ZH_LABEL.matcher(rest);
        String speaker;
        int end;
        if (m.find()) {
            speaker = m.group("label");
            end = m.end("label") + 1;
        } else {
            Matcher e = EN_LABEL.matcher(rest);
            if (!e.find()) {
                return Optional.empty();
            }
            speaker = e.group("label").trim();
            end = rest.indexOf(':', e.end("label")) + 1;
            if (!englishSpeaker(speaker)) {
                return Optional.empty();
            }
        }
        if (NOT_A_SPEAKER.matcher(speaker).find() || speaker.length() == 1 && !speaker.matches("[问答QA]")) {
            return Optional.empty();
        }
        // "Xinhua: How do you ...?": an agency speaking is its reporter asking
        boolean agency = io.mixdoc.facts.internal.Gazetteer.get().zh(speaker).or(() -> io.mixdoc.facts.internal.Gazetteer.get().en(speaker))
                .filter(e -> e.type() == EntityType.ORG).isPresent();
        String role = QUESTION_ROLE.matcher(speaker).find() || agency ? "question" : "answer";
        String key = role.equals("question") ? "question" : NameKeys.roman(withoutTitles(speaker));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int start = lineOffset + from;
        return Optional.of(new Label(start, start + end, speaker, role, key, lineStart));
    }

    private static final Pattern SPEAKER_TITLES = Pattern.compile(
            "^(?:(?:Ambassador|President|Premier|Minister|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Professor|Prof\\.?|Chairman|Director|Mayor|Governor|Consul General)\\s+)+"
                    + "|(?:大使|主席|总统|总理|部长|先生|女士|教授|博士|院长|主任|市长|省长|总领事|领事)$"
                    + "|^(?:大使|主席|总统|总理|部长|教授|院长|主任|市长|省长|总领事)");

    /** "Ambassador Liu Jiangping" and "刘江平大使" are keyed as the name alone. */
    static String withoutTitles(String speaker) {
        String s = speaker;
        for (int i = 0; i < 3; i++) {
            String t = SPEAKER_TITLES.matcher(s).replaceAll("").trim();
            if (t.equals(s) || t.isEmpty()) {
                break;
            }
            s = t;
        }
        return s;
    }

    /** A speaker label that reads as a name: 2-5 Chinese characters, or 1-4 capitalised words. */
    private static boolean plausibleName(String speaker) {
        if (NameKeys.hasHan(speaker)) {
            return speaker.length() >= 2 && speaker.length() <= 6;
        }
        return speaker.matches("[A-Z][A-Za-z'’\\-]*(?: [A-Z][A-Za-z'’\\-]*){0,3}");
    }

    /** An English label names someone: capitalised words ("China News Service Reporter", "Liu Jiangping", "Q"). */
    private static boolean englishSpeaker(String s) {
        String[] words = s.split(" ");
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 2 > words.length && words.length <= 6;
    }

    // ---- publication date -----------------------------------------------------------------------

    private static final Pattern FUTURE = Pattern.compile("将|计划|预计|拟|有望|(?i:\\bwill\\b|\\bplans?\\b|\\bexpected\\b|\\bscheduled\\b|\\bto be held\\b)");

    /** Document metadata a reader may pass: the page's own date (see mixdoc-io's PageDate) and a WARC capture date. */
    static final String PAGE_DATE = "page_date";
    static final String PAGE_DATE_EVIDENCE = "page_date_evidence";
    static final String WARC_DATE = "warc_date";
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    /**
     * The publication date, strongest evidence first: a dateline with its year; a dateline's month and
     * day with the year of the page date (or the WARC record date); the page date alone; the dateline
     * with the year of the latest dated event the text reports; the WARC record date; else none.
     */
    private static Optional<StructureSpan> publicationDate(String text, Optional<StructureSpan> dateline, Map<String, String> meta) {
        Optional<int[]> page = day(meta.getOrDefault(PAGE_DATE, ""));
        Optional<int[]> warc = day(meta.getOrDefault(WARC_DATE, ""));
        Map<String, String> a = new LinkedHashMap<>();
        if (dateline.isPresent() && !dateline.get().attribute("month").isEmpty()) {
            StructureSpan d = dateline.get();
            int month = Integer.parseInt(d.attribute("month"));
            int day = Integer.parseInt(d.attribute("day"));
            Optional<int[]> anchor = page.isPresent() ? page : warc;
            if (!d.attribute("year").isEmpty()) {
                a.put("value", String.format(Locale.ROOT, "%s-%02d-%02d", d.attribute("year"), month, day));
                a.put("evidence", "the dateline states the full date");
            } else if (anchor.isPresent()) {
                int[] p = anchor.get();
                // the dateline's day on or shortly before the page's: a late-December dateline on a January page is last year's
                int year = p[1] != 0 && (month > p[1] + 1 || month == 12 && p[1] == 1) ? p[0] - 1 : p[0];
                a.put("value", String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
                a.put("evidence", String.format(Locale.ROOT, "the dateline gives %02d-%02d; the year from the %s %s",
                        month, day, page.isPresent() ? "page date" : "WARC record date",
                        page.isPresent() ? meta.get(PAGE_DATE) : meta.get(WARC_DATE)));
            } else {
                datelineWithEventYear(text, d, month, day, a);
            }
            return Optional.of(new StructureSpan(d.start(), d.end(), StructureKind.PUBLICATION_DATE, a, List.of()));
        }
        if (page.isPresent()) {
            a.put("value", meta.get(PAGE_DATE));
            a.put("evidence", "the page: " + meta.getOrDefault(PAGE_DATE_EVIDENCE, "its own date"));
        } else if (warc.isPresent()) {
            a.put("value", meta.get(WARC_DATE).substring(0, 10));
            a.put("evidence", "the WARC record date " + meta.get(WARC_DATE) + " (when the page was captured)");
        } else {
            return Optional.empty();
        }
        return Optional.of(new StructureSpan(0, 0, StructureKind.PUBLICATION_DATE, a, List.of()));
    }

    /** {year, month, day} of "YYYY-MM-DD…" (day 0 for "YYYY-MM"), or empty. */
    private static Optional<int[]> day(String value) {
        Matcher m = DAY.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))});
    }

    private static void datelineWithEventYear(String text, StructureSpan dateline, int month, int day, Map<String, String> a) {
        // The dateline gives month and day. The latest dated event the text reports (with a month)
        // fixes the year: the same year if it falls on or before the dateline's day, else the next.
        DateReader.Hit latest = null;
        for (DateReader.Hit h : DateReader.absolute(text)) {
            if (h.month() == 0 || h.start() < dateline.end() && h.end() > dateline.start()) {
                continue;
            }
            String after = text.substring(h.end(), Math.min(text.length(), h.end() + 14));
            if (FUTURE.matcher(after).find()) {
                continue; // "2026年3月将举行": a plan, not an event the article reports
            }
            if (latest == null || compare(h, latest) > 0) {
                latest = h;
            }
        }
        if (latest == null) {
            a.put("value", String.format(Locale.ROOT, "--%02d-%02d", month, day));
            a.put("evidence", "the dateline gives " + month + "-" + day + " and the text states no dated event to fix the year");
        } else {
            boolean sameYear = latest.month() < month || latest.month() == month && latest.day() <= day;
            int year = sameYear ? latest.year() : latest.year() + 1;
            a.put("value", String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
            a.put("evidence", String.format(Locale.ROOT,
                    "the dateline gives %02d-%02d with no year; the latest dated event in the text, \"%s\" (%s), puts it in %d",
                    month, day, text.substring(latest.start(), latest.end()), latest.value(), year));
        }
    }

    private static int compare(DateReader.Hit a, DateReader.Hit b) {
        int c = Integer.compare(a.year(), b.year());
        if (c == 0) {
            c = Integer.compare(a.month(), b.month());
        }
        return c == 0 ? Integer.compare(a.day(), b.day()) : c;
    }
}
