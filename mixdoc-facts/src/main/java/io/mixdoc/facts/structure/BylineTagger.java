package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.facts.internal.NameKeys;
import io.mixdoc.text.Simplified;
import io.mixdoc.facts.internal.TextLines;
import io.mixdoc.facts.internal.TextLines.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the {@code byline} layer: the writers credited by the article, at most one span, its names in
 * order ("（记者 王小明 李华）" after the dateline, "By Jane Smith", "河南商报记者马俊峰/文").
 * Offsets are UTF-16 indices into the document text, half-open.
 */
public final class BylineTagger implements Stage {
    private static final String ZH_REPORTER = "实习记者|见习记者|本报记者|特约记者|首席记者|记者|通讯员|实习生";
    private static final Pattern EN_PAREN_BYLINE = Pattern.compile(
            "^\\s*[（(]\\s*(?:(?i:reporters?|correspondents?|by)\\s*:?\\s*)?(?<names>[A-Z][a-z]+(?:[\\s,、]+(?:and\\s+)?[A-Z][a-z]+){1,15})\\s*[)）]");
    /** "（记者 王小明 李华）", "（大纪元记者李明报导）": the outlet may precede the reporters, "报道" may close the list. */
    private static final Pattern ZH_BYLINE = Pattern.compile(
            "^\\s*[（(]\\s*(?:[\\p{IsHan}]{2,6}?(?=" + ZH_REPORTER + "))?(?:(?:" + ZH_REPORTER + "|文|图|文/图)\\s*[:：/]?\\s*)?"
                    + "(?<names>[\\p{IsHan}·]{2,6}(?:[\\s、，,]*(?:" + ZH_REPORTER + ")\\s*[\\p{IsHan}·]{2,4}|[\\s、，,]+[\\p{IsHan}·]{2,6}){0,8})\\s*[）)]");
    /** A name after 作者：, perhaps padded ("赵 培"), perhaps followed by another after a space ("王磊 李明"). */
    private static final String LABELLED_NAME = "[\\p{IsHan}·]{1,4}(?:[ 　][\\p{IsHan}·]{1,4})?";
    /** "（新闻联播）" after "央视网消息": a programme or an outlet in brackets, no writer. */
    private static final Pattern NOT_A_NAME = Pattern.compile("新闻|联播|频道|节目|日报|晚报|电视|广播|网|记者");
    private static final Pattern REPORTED = Pattern.compile("(?:报道|报导)$");
    /** A photographer's role inside a list of reporters: the names after it credit the photographs. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("摄影|摄像|摄|图片|图");
    /** "河南商报记者马俊峰/文", "新华日报·交汇点记者 徐睿翔", "文/图 张三": a credit line naming the writers. */
    private static final Pattern ZH_CREDIT_BYLINE = Pattern.compile(
            "(?:(?:" + ZH_REPORTER + ")\\s*(?<names>[\\p{IsHan}·]{2,4}(?:[\\s、，,]+[\\p{IsHan}·]{2,4}){0,5})\\s*(?:[/／]\\s*文|$)"
                    + "|^\\s*(?:文|撰文|文/图|文／图|图/文|图／文)\\s*[/／:：|｜]\\s*(?<names2>[\\p{IsHan}·]{2,4}(?:[\\s、，,]+[\\p{IsHan}·]{2,4}){0,5})\\s*$"
                    // "来源：人民日报 作者：王磊": a labelled author in a page's credit line
                    // "来源：人民日报 作者：王磊", a paper's "作者: 赵 培：北京物资学院" (a two-character name padded to three, then the
                    // author's institution): a labelled author
                    + "|(?:^|\\s)(?:作者|撰稿|撰稿人)\\s*[:：]\\s*(?<names3>" + LABELLED_NAME + "(?:[、，,；;]\\s*" + LABELLED_NAME + "){0,5})"
                    + "\\s*(?:$|[\\s:：(（]))");
    /** Between the names of a list: "王小明 李华", "王小明、李华". */
    private static final String NAME_SEPARATOR = "[\\s、，,]+";
    private static final Pattern EN_BYLINE = Pattern.compile(
            "^By\\s+(?<names>[A-Z][a-zA-Z'’\\-]+(?:\\s+[A-Z][a-zA-Z'’\\-]+){0,3}(?:(?:,\\s*|\\s+and\\s+)[A-Z][a-zA-Z'’\\-]+(?:\\s+[A-Z][a-zA-Z'’\\-]+){0,3}){0,5})\\s*$");

    @Override
    public String id() {
        return "byline";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.DATELINE); // the parenthesised byline follows the dateline;
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.BYLINE;
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        String zh = Simplified.of(doc); // "（記者 王小明）" reads as "（记者 王小明）", index for index
        List<Line> lines = TextLines.of(text);
        Optional<StructureSpan> dateline = doc.layer(FactsLayers.DATELINE).spans().stream().findFirst();
        Optional<StructureSpan> byline = dateline.flatMap(BylineTagger::reporterInDateline).or(() -> dateline.flatMap(d -> byline(text, zh, d.end())))
                .or(() -> openingReporters(text, zh, lines)).or(() -> englishByline(text, lines)).or(() -> creditByline(text, zh, lines))
                .or(() -> wireCredit(text, lines));
        return doc.with(FactsLayers.BYLINE, byline.stream().toList());
    }

    /**
     * "（记者 钱伟 见习记者 毛佳）3月11日，……": reporters in brackets opening a line of the text with no dateline before them;
     * without the dateline the brackets must call them reporters.
     */
    private static Optional<StructureSpan> openingReporters(String text, String zh, List<Line> lines) {
        for (int i = 0; i < Math.min(4, lines.size()); i++) {
            Optional<StructureSpan> b = byline(text, zh, lines.get(i).start());
            if (b.isPresent() && b.get().start() == lines.get(i).start()
                    && REPORTER_WORD.matcher(zh.substring(b.get().start(), b.get().end())).find()) {
                return b;
            }
        }
        return Optional.empty();
    }

    private static final Pattern REPORTER_WORD = Pattern.compile(ZH_REPORTER);

    /** "（中央社記者陳家倫台北5日電）": the dateline names its reporter. */
    private static Optional<StructureSpan> reporterInDateline(StructureSpan dateline) {
        String reporter = dateline.attribute("reporter");
        if (reporter.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = List.of(reporter.split("[\\s、]+"));
        return Optional.of(new StructureSpan(dateline.start(), dateline.end(), StructureKind.BYLINE, Map.of(), names));
    }

    private static Optional<StructureSpan> byline(String text, String zh, int from) {
        String rest = zh.substring(from, Math.min(text.length(), from + 160));
        String written = text.substring(from, from + rest.length());
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
        String[] names = m.group("names").split(NAME_SEPARATOR);
        String[] writtenNames = Simplified.written(written, m, "names").split(NAME_SEPARATOR);
        for (int i = 0; i < names.length; i++) {
            if (PHOTO_CREDIT.matcher(names[i]).matches()) {
                break; // "（记者 张三 通讯员 李四 摄影 王五）": who follows took the photographs
            }
            String afterTitle = names[i].replaceFirst("^(?:" + ZH_REPORTER + ")", "");
            String name = REPORTED.matcher(afterTitle).replaceFirst("");
            if (name.length() >= 2 && !NOT_A_NAME.matcher(name).find()) {
                int at = names[i].length() - afterTitle.length();
                authors.add(writtenNames[i].substring(at, at + name.length())); // as the text writes it
            }
        }
        if (authors.isEmpty()) {
            return Optional.empty();
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
            if (i + 1 < w.length && io.mixdoc.text.Pinyin.isSyllable(w[i])
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

    /** "赵 培" → "赵培": a space between two single characters pads a two-character name; others separate names. */
    static String unpadded(String names) {
        return names.replaceAll("(?<![\\p{IsHan}·])(\\p{IsHan})[ 　](\\p{IsHan})(?![\\p{IsHan}·])", "$1$2");
    }

    /** A credit line among the first lines or the last ones: "河南商报记者马俊峰/文", "交汇点记者 徐睿翔", "文/图 张三". */
    private static Optional<StructureSpan> creditByline(String text, String zh, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i >= 8 && i < lines.size() - 4) {
                continue;
            }
            Line l = lines.get(i);
            String t = l.text(zh);
            if (t.codePointCount(0, t.length()) > 60 || t.contains("摄")) {
                continue; // "记者 X 摄" credits a photograph, not the writing
            }
            Matcher m = ZH_CREDIT_BYLINE.matcher(t);
            if (m.find()) {
                String group = m.group("names") != null ? "names" : m.group("names2") != null ? "names2" : "names3";
                String simplifiedNames = m.group(group);
                String written = Simplified.written(l.text(text), m, group);
                if (group.equals("names3")) { // the conversion keeps each character's place, so both unpad alike
                    simplifiedNames = unpadded(simplifiedNames);
                    written = unpadded(written);
                }
                String[] names = simplifiedNames.split("[\\s、，,；;]+");
                String[] writtenNames = written.split("[\\s、，,；;]+");
                List<String> authors = new ArrayList<>();
                for (int k = 0; k < names.length; k++) {
                    String n = names[k];
                    // "记者 张三 报道": the verb closing the credit is no writer
                    if (n.length() >= 2 && NameKeys.hasHan(n) && !n.matches(".*(?:" + ZH_REPORTER + "|新闻|日报|网).*")
                            && !REPORTED.matcher(n).matches()) {
                        authors.add(writtenNames[k]);
                    }
                }
                if (!authors.isEmpty()) {
                    return Optional.of(new StructureSpan(l.start() + m.start(), l.start() + m.end(), StructureKind.BYLINE, Map.of(), authors));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "(Reporting by Will Dunham in Washington; Editing by Tom Brown)": a wire's credit closing the story, in brackets or
     * not. The reporters and writers are its authors; editors and additional reporters are not.
     */
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "^\\s*(?:\\((?<body>[^()]*)\\)|(?<bare>(?:Reporting|Writing|Reported|Written) by [^()]*))\\s*$");
    private static final Pattern CREDIT_PART = Pattern.compile("^(?:Reporting|Writing|Reported|Written) by (?<names>.+)$");
    private static final String CREDIT_NAME = "[A-Z][a-zA-Z'’\\-]+(?:\\s+(?:[A-Z]\\.|[A-Z][a-zA-Z'’\\-]+)){1,3}";
    /** One reporter of a credit, before an optional place: "Jonathan Stempel in New York". */
    private static final Pattern CREDIT_AUTHOR = Pattern.compile("^(?<name>" + CREDIT_NAME + ")(?:\\s+in\\s+[A-Z].*)?$");

    private static Optional<StructureSpan> wireCredit(String text, List<Line> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 4); i--) {
            Line l = lines.get(i);
            Matcher m = WIRE_CREDIT.matcher(l.text(text));
            if (!m.find()) {
                continue;
            }
            String body = m.group("body") != null ? m.group("body") : m.group("bare");
            List<String> authors = new ArrayList<>();
            for (String part : body.split(";")) {
                Matcher c = CREDIT_PART.matcher(part.strip());
                if (!c.matches()) {
                    continue; // "Editing by …", "Additional reporting by …"
                }
                for (String one : c.group("names").split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
                    Matcher a = CREDIT_AUTHOR.matcher(one.trim());
                    if (!a.matches()) {
                        return Optional.empty(); // not a list of names: no guess
                    }
                    if (!authors.contains(a.group("name"))) {
                        authors.add(a.group("name"));
                    }
                }
            }
            if (!authors.isEmpty()) {
                return Optional.of(new StructureSpan(l.start(), l.end(), StructureKind.BYLINE, Map.of(), authors));
            }
        }
        return Optional.empty();
    }

    /** "John Miller, Reuters", "Jane Doe, The Associated Press": a name, then the outlet. */
    private static final Pattern NAME_COMMA_OUTLET = Pattern.compile(
            "\\s*(?<name>[A-Z][a-z'’\\-]+(?:\\s+(?:[A-Z]\\.|[A-Z][a-z'’\\-]+)){1,2}),\\s+(?<outlet>(?:The\\s+)?[A-Z][A-Za-z.&]*(?:\\s+[A-Z][A-Za-z.&]*){0,3})\\s*");
    /** Job titles that follow a writer's name in a byline. */
    private static final Pattern BYLINE_TITLE = Pattern.compile(
            "(?:(?:Senior|Chief|Staff|Special|Contributing|Political|Business|Sports|Foreign|White House|Deputy)\\s+)*"
                    + "(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Staff|Producer|Analyst)s?");
    /** Words that end the names of outlets ("Bloomberg News", "The Boston Globe"). */
    private static final Pattern OUTLET_WORD = Pattern.compile(".*\\b(?:News|Press|Times|Post|Herald|Journal|Tribune|Globe|Gazette|Wire|Daily|Network|Agency|Media)$");

    /** Whether a name of a byline is an outlet (a known organisation, an acronym, a paper) or a job title, not a writer. */
    static boolean outletOrTitle(String words) {
        String w = words.replaceFirst("^The\\s+", "").strip();
        if (w.isEmpty() || BYLINE_TITLE.matcher(w).matches() || OUTLET_WORD.matcher(w).matches()
                || w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && !w.contains(" ")) {
            return true;
        }
        return io.mixdoc.facts.internal.Gazetteer.get().en(w).filter(e -> e.type() == io.mixdoc.facts.EntityType.ORG).isPresent();
    }

    /** An outlet by name: a known organisation or a paper's or agency's word ("Reuters", "Bloomberg News"); "NY" is none. */
    private static boolean outlet(String words) {
        String w = words.replaceFirst("^The\\s+", "").strip();
        return OUTLET_WORD.matcher(w).matches()
                || io.mixdoc.facts.internal.Gazetteer.get().en(w).filter(e -> e.type() == io.mixdoc.facts.EntityType.ORG).isPresent();
    }

    /** "New York, Reuters" is no writer: a name the gazetteer knows as a place or an organisation. */
    private static boolean knownAsPlaceOrOrg(String words) {
        return io.mixdoc.facts.internal.Gazetteer.get().en(words).isPresent();
    }

    private static Optional<StructureSpan> englishByline(String text, List<Line> lines) {
        for (int i = 0; i < Math.min(4, lines.size()); i++) {
            Line l = lines.get(i);
            Matcher m = EN_BYLINE.matcher(l.text(text));
            if (m.find()) {
                List<String> authors = new ArrayList<>();
                for (String n : m.group("names").split(",\\s*|\\s+and\\s+")) {
                    if (!outletOrTitle(n.trim())) {
                        authors.add(n.trim()); // "By Anna Lee, CNN", "By Tom Brown, Staff Writer": the outlet and the title write nothing
                    }
                }
                if (!authors.isEmpty()) {
                    return Optional.of(new StructureSpan(l.start(), l.end(), StructureKind.BYLINE, Map.of(), authors));
                }
            }
            Matcher w = NAME_COMMA_OUTLET.matcher(l.text(text));
            if (w.matches() && outlet(w.group("outlet")) && !knownAsPlaceOrOrg(w.group("name"))) {
                // "John Miller, Reuters": a writer and the wire or paper he writes for, on a line of their own
                return Optional.of(new StructureSpan(l.start(), l.end(), StructureKind.BYLINE, Map.of(), List.of(w.group("name"))));
            }
        }
        return Optional.empty();
    }
}
