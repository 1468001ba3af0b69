package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.EntityType;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.facts.internal.DateReader;
import io.mixdoc.text.Simplified;
import io.mixdoc.facts.internal.TextLines;
import io.mixdoc.facts.internal.TextLines.Line;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the {@code dateline} layer: the agency's dateline opening the article ("新华社北京3月5日电",
 * "BEIJING, Oct. 16 (Xinhua) --", "HAYWARD, Calif. —"), at most one, with its agency, place and
 * date as attributes. Found from the shape of the first lines, never from a list of known documents.
 * Offsets are UTF-16 indices into the document text, half-open.
 */
public final class DatelineTagger implements Stage {
    /** Where a dateline may start: within this many characters of the text's first letter. */
    private static final int DATELINE_WINDOW = 400;

    /** Chinese numerals as written in datelines, with the letter O or 〇 for zero ("二O一五年"). */
    private static final String ZH_NUM = "[0-9０-９零〇○OＯ一二三四五六七八九十]";
    private static final Pattern ZH_DATELINE = Pattern.compile(
            "(?<agency>新华社|中新社|中新网|中评社|人民网|新华网|央视网|央视新闻|央视"
                    + "|国际在线|光明网|环球网|澎湃新闻|澎湃|本报|本刊|[\\p{IsHan}]{1,4}?(?:社|网|报|台))"
                    + "(?:记者)?(?<place>[\\p{IsHan}]{0,8}?)(?:(?<year>" + ZH_NUM + "{4})年)?(?<month>" + ZH_NUM + "{1,2})月(?<day>" + ZH_NUM + "{1,3})日"
                    + "(?:电|讯|消息|报道)");
    /** An agency's undated opening: "本报讯", "本報訊", "新华网讯", "央视网消息（新闻联播）：". */
    private static final Pattern ZH_UNDATED_DATELINE = Pattern.compile(
            "(?<agency>本报|本刊|[\\p{IsHan}]{1,4}?(?:社|网|报))(?<place>[\\p{IsHan}]{0,6}?)(?:讯|电|消息)(?=\\s|[（(【:：]|$)");
    /**
     * A dateline in brackets, whatever the outlet: "【大纪元2019年11月19日讯】", "【明報專訊】", "【环球时报综合报道】" (the outlet
     * without 综合, "compiled"), "【新华社特稿】", "【新华社微特稿】" (a short feature); the brackets make the
     * shape certain, so the outlet's name is not checked. Outlet and place are not told apart.
     */
    private static final Pattern ZH_BRACKET_DATELINE = Pattern.compile(
            "【(?<agency>[\\p{IsHan}A-Za-z]{2,10}?)(?:(?:(?<year>" + ZH_NUM + "{4})年)?(?<month>" + ZH_NUM + "{1,2})月(?<day>" + ZH_NUM + "{1,3})日)?"
                    + "(?:综合)?(?:讯|专讯|电|报道|报导|消息|微特稿|特稿|专稿)】");
    /**
     * A dateline in parentheses with the reporter inside, as the Central News Agency writes it: "（中央社記者陳家倫台北5日電）",
     * "（中央社台北2019年11月5日電）" — often only the day.
     */
    private static final Pattern ZH_PAREN_DATELINE = Pattern.compile(
            "[（(](?<agency>[\\p{IsHan}]{1,4}?(?:社|网|报|台))(?:记者(?<rest>[\\p{IsHan}·、 ]{2,16}?)|(?<place>[\\p{IsHan}]{2,8}?))"
                    + "(?:(?<year>" + ZH_NUM + "{4})年)?(?:(?<month>" + ZH_NUM + "{1,2})月)?(?<day>" + ZH_NUM + "{1,3})日(?:电|讯)[）)]");
    /**
     * A place and a day in parentheses with no outlet, as the Chinese press of Malaysia and Singapore writes it:
     * "（亚庇11日讯）", "（吉隆坡12月3日讯）"; the brackets and 日讯 make the shape certain.
     */
    private static final Pattern ZH_PAREN_PLACE_DATELINE = Pattern.compile(
            "[（(](?<place>[\\p{IsHan}]{2,6}?)(?:(?<month>" + ZH_NUM + "{1,2})月)?(?<day>" + ZH_NUM + "{1,3})日(?:电|讯)[）)]");
    /**
     * "HAYWARD, Calif. —", "VIENNA —", "Indianapolis –": a place opening the text, then a dash; a place in capitals
     * may take a hyphen for the dash, as VOA writes it ("WASHINGTON - ").
     */
    private static final Pattern EN_CITY_DASH = Pattern.compile(
            "(?<place>(?<city>[A-Z][A-Za-z.'’\\-]*(?: [A-Z][A-Za-z.'’\\-]*){0,3})(?:, (?<region>[A-Z][A-Za-z.'’\\-]*(?: [A-Z][A-Za-z.'’\\-]*){0,3}"
                    + "(?:, [A-Z][A-Za-z.'’\\-]*(?: [A-Z][A-Za-z.'’\\-]*){0,3})?))?)"
                    + " ?(?<dash>—|–|--|-(?= [A-Z\"“])|:(?= [A-Z\"“]))");
    /** "BAAR, SWITZERLAND": a press release's place alone on its first line, city and country in capitals. */
    private static final Pattern EN_PLACE_LINE = Pattern.compile(
            "(?<place>(?<city>[A-Z][A-Z.'’\\-]*(?: [A-Z][A-Z.'’\\-]*){0,3}), (?<region>[A-Z][A-Za-z.'’\\-]*(?: [A-Z][A-Za-z.'’\\-]*){0,3}))\\s*");
    /** Words that open a line in capitals before a dash without being a place: "BREAKING —", "UPDATE -". */
    private static final Pattern NEWSROOM_LABEL = Pattern.compile(
            "BREAKING|BREAKING NEWS|UPDATE|UPDATED|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|LIVE|OPINION|ANALYSIS|EDITORIAL|COMMENTARY|NOTE|EDITOR'S NOTE"
                    + "|CORRECTION|ADVERTISEMENT|SPONSORED|REVIEW|INTERVIEW|WARNING|SPOILERS?|FACT CHECK|PREVIEW|RECAP|LISTEN|READ MORE|MORE|NEW|FIRST|LATEST|URGENT|ALERT");
    /** "(Reuters) — The company said": a wire's name alone opening the text, the place cut by the page. */
    private static final Pattern EN_AGENCY_ONLY = Pattern.compile("\\((?<agency>[A-Z][A-Za-z .]{1,30})\\)\\s*(?<dash>--|—|–|-)");
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

    @Override
    public String id() {
        return "dateline";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(); // reads the text only;
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.DATELINE;
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(FactsLayers.DATELINE, dateline(doc.text(), Simplified.of(doc), TextLines.of(doc.text())).stream().toList());
    }

    /**
     * The dateline, read on {@code simplified} (the text in simplified characters, index for index: "新華社北京電"
     * reads as "新华社北京电"); agency, place and reporter as {@code text} writes them.
     */
    private static Optional<StructureSpan> dateline(String text, String simplified, List<Line> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        int windowEnd = Math.min(text.length(), lines.get(0).start() + DATELINE_WINDOW);
        String window = simplified.substring(0, windowEnd);
        Matcher zh = ZH_DATELINE.matcher(window);
        while (zh.find()) {
            int month = zhNumber(zh.group("month"));
            int day = zhNumber(zh.group("day"));
            int year = zh.group("year") == null ? 0 : zhNumber(zh.group("year"));
            if (month < 1 || month > 12 || day < 1 || day > 31 || !atLineStartOrAfterHeadline(text, lines, zh.start())) {
                continue;
            }
            Map<String, String> a = new LinkedHashMap<>();
            a.put("agency", Simplified.written(text, zh, "agency"));
            a.put("place", Simplified.written(text, zh, "place"));
            a.put("month", Integer.toString(month));
            a.put("day", Integer.toString(day));
            if (year > 0) {
                a.put("year", Integer.toString(year));
            }
            a.put("lang", "zh");
            return Optional.of(new StructureSpan(zh.start(), zh.end(), StructureKind.DATELINE, a, List.of()));
        }
        Matcher bracket = ZH_BRACKET_DATELINE.matcher(window);
        while (bracket.find()) {
            if (atLineStartOrAfterHeadline(text, lines, bracket.start())) {
                return Optional.of(zhSpan(bracket.start(), bracket.end(), Simplified.written(text, bracket, "agency"), "", bracket.group("year"),
                        bracket.group("month"), bracket.group("day"), ""));
            }
        }
        Matcher paren = ZH_PAREN_DATELINE.matcher(window);
        while (paren.find()) {
            if (atLineStartOrAfterHeadline(text, lines, paren.start())) {
                String[] reporterPlace = paren.group("rest") == null ? new String[] {"", Simplified.written(text, paren, "place")}
                        : reporterAndPlace(Simplified.written(text, paren, "rest"));
                return Optional.of(zhSpan(paren.start(), paren.end(), Simplified.written(text, paren, "agency"), reporterPlace[1], paren.group("year"),
                        paren.group("month"), paren.group("day"), reporterPlace[0]));
            }
        }
        Matcher placeOnly = ZH_PAREN_PLACE_DATELINE.matcher(window);
        while (placeOnly.find()) {
            if (atLineStartOrAfterHeadline(text, lines, placeOnly.start())) {
                return Optional.of(zhSpan(placeOnly.start(), placeOnly.end(), "", Simplified.written(text, placeOnly, "place"), null,
                        placeOnly.group("month"), placeOnly.group("day"), ""));
            }
        }
        Matcher undated = ZH_UNDATED_DATELINE.matcher(window);
        while (undated.find()) {
            if (atLineStartOrAfterHeadline(text, lines, undated.start())) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("agency", Simplified.written(text, undated, "agency"));
                a.put("place", Simplified.written(text, undated, "place"));
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
        for (int i = 0; i < Math.min(MAX_HEADER_LINES + 1, lines.size()); i++) {
            // "Storm hits coast⏎By Anna Lee⏎MIAMI — A storm ...": a headline, a byline or a time stamp may come first
            if (i > 0 && !headerLine(text, lines.get(i - 1))) {
                break;
            }
            Optional<StructureSpan> opening = placeOrWireOpening(text, lines.get(i), i == 0);
            if (opening.isPresent()) {
                return opening;
            }
        }
        Line first = lines.get(0);
        Matcher placeLine = EN_PLACE_LINE.matcher(text).region(first.start(), first.end());
        if (placeLine.matches() && (knownPlace(placeLine.group("city")) || knownPlace(placeLine.group("region")))) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("agency", "");
            a.put("place", placeLine.group("place"));
            a.put("lang", "en");
            return Optional.of(new StructureSpan(placeLine.start(), placeLine.end("place"), StructureKind.DATELINE, a, List.of()));
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

    /** How many short lines (headline, byline, time stamp) may come before an English place opening. */
    private static final int MAX_HEADER_LINES = 3;

    /** A line that may stand above the dateline: short, and no sentence of prose (no full stop at its end). */
    private static boolean headerLine(String text, Line line) {
        String t = line.text(text).strip();
        return t.length() <= 150 && !t.endsWith(".") && !t.endsWith("。");
    }

    /**
     * "(Reuters) —", "WASHINGTON —", "HAYWARD, Calif. —", "NEW DELHI:" opening {@code line}. Below the first line
     * (after a headline) a place must be known, in capitals with its region ("HAYWARD, Calif. —"), or in capitals before a
     * dash and longer than an acronym ("MIAMI —"): a subhead in capitals ("NFL —", "NASA —") or a list of names ("Microsoft,
     * Google —") is no place.
     */
    private static Optional<StructureSpan> placeOrWireOpening(String text, Line line, boolean firstLine) {
        Matcher wire = EN_AGENCY_ONLY.matcher(text).region(line.start(), line.end());
        if (wire.lookingAt() && io.mixdoc.facts.internal.Gazetteer.get().en(wire.group("agency").trim())
                .filter(e -> e.type() == EntityType.ORG).isPresent()) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("agency", wire.group("agency").trim());
            a.put("place", "");
            a.put("lang", "en");
            return Optional.of(new StructureSpan(wire.start(), wire.end(), StructureKind.DATELINE, a, List.of()));
        }
        Matcher cd = EN_CITY_DASH.matcher(text).region(line.start(), line.end());
        if (!cd.lookingAt()) {
            return Optional.empty();
        }
        boolean hyphen = cd.group("dash").equals("-");
        // "NEW DELHI: The government ...", "Washington, DC, United States: Getting to the Moon": a colon ends many
        // an opening label ("UPDATE:", "Summary:"), so before one the place must be known, not merely in capitals
        boolean colon = cd.group("dash").equals(":");
        boolean capitals = cd.group("city").chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        String city = cd.group("city");
        boolean dash = !hyphen && !colon;
        boolean placeBelowHeadline = firstLine || knownPlace(city) || cd.group("region") != null && capitals
                // "MIAMI — A storm": a word in capitals before a dash, longer than an acronym and no known organisation
                || dash && capitals && city.replaceAll("[^A-Za-z]", "").length() >= 4
                && io.mixdoc.facts.internal.Gazetteer.get().en(city).filter(e -> e.type() == EntityType.ORG).isEmpty();
        if (placeOpening(cd.group("city"), cd.group("region")) && placeBelowHeadline
                && (!colon || knownPlace(cd.group("city")))
                && (!hyphen || cd.group("city").chars().filter(Character::isLetter).allMatch(Character::isUpperCase))) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("agency", "");
            a.put("place", cd.group("place"));
            a.put("lang", "en");
            return Optional.of(new StructureSpan(cd.start(), cd.end("dash"), StructureKind.DATELINE, a, List.of()));
        }
        return Optional.empty();
    }

    /** A Chinese dateline's span; the month, day and year given as written (null when absent), the reporter if named inside. */
    private static StructureSpan zhSpan(int start, int end, String agency, String place, String year, String month, String day,
            String reporter) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("agency", agency);
        a.put("place", place == null ? "" : place);
        int d = day == null ? -1 : zhNumber(day);
        int mo = month == null ? -1 : zhNumber(month);
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
            a.put("month", Integer.toString(mo));
            a.put("day", Integer.toString(d));
            int y = year == null ? 0 : zhNumber(year);
            if (y > 0) {
                a.put("year", Integer.toString(y));
            }
        } else if (d >= 1 && d <= 31) {
            a.put("day_only", Integer.toString(d));
        }
        if (!reporter.isEmpty()) {
            a.put("reporter", reporter);
        }
        a.put("lang", "zh");
        return new StructureSpan(start, end, StructureKind.DATELINE, a, List.of());
    }

    /**
     * "陳家倫台北" → {陳家倫, 台北}: the place is the longest known place the words end with; without one, a Chinese
     * name is mostly three characters.
     */
    static String[] reporterAndPlace(String rest) {
        String r = rest.strip();
        for (int cut = 2; cut <= Math.min(4, r.length() - 2); cut++) {
            String place = r.substring(cut);
            String simplified = Simplified.sameLength(place, io.mixdoc.Deadline.none());
            if (io.mixdoc.facts.internal.Gazetteer.get().zh(simplified).filter(e -> e.type() == EntityType.PLACE).isPresent()) {
                return new String[] {r.substring(0, cut).strip(), place};
            }
        }
        int cut = Math.min(3, r.length());
        return new String[] {r.substring(0, cut).strip(), r.substring(cut)};
    }

    /**
     * "VIENNA —", "HAYWARD, Calif. —", "Indianapolis –": the words before the dash are a place when they
     * are written in capitals, are a known place, or are followed by a region ("City, Region").
     */
    private static boolean placeOpening(String city, String region) {
        boolean capitals = city.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && city.length() >= 3;
        boolean known = knownPlace(city);
        // a place in capitals may be a common word too (WASHINGTON, MOBILE); a newsroom label in capitals is no place
        boolean label = NEWSROOM_LABEL.matcher(city).matches();
        return known || region != null && region.length() >= 2 || capitals && !label;
    }

    /** Whether the gazetteer knows the words as a place, as written or in title case ("WASHINGTON" as "Washington"). */
    private static boolean knownPlace(String words) {
        String titled = java.util.Arrays.stream(words.split(" "))
                .map(w -> w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(" "));
        return io.mixdoc.facts.internal.Gazetteer.get().en(words).or(() -> io.mixdoc.facts.internal.Gazetteer.get().en(titled))
                .filter(e -> e.type() == EntityType.PLACE).isPresent();
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
                int d = "零〇○OＯ".indexOf(c) >= 0 ? 0 : io.mixdoc.text.Chars.hanDigit(c);
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
}
