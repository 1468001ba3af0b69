package io.mixdoc.facts;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.Document;
import io.mixdoc.LanguageSpan;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Stage;
import io.mixdoc.facts.internal.Boilerplate;
import io.mixdoc.facts.internal.BracketedForeignName;
import io.mixdoc.facts.internal.Candidate;
import io.mixdoc.facts.internal.ChineseNumbers;
import io.mixdoc.facts.internal.EnglishNames;
import io.mixdoc.facts.internal.EventNames;
import io.mixdoc.facts.internal.Gazetteer;
import io.mixdoc.facts.internal.NameKeys;
import io.mixdoc.facts.internal.ProperNouns;
import io.mixdoc.text.Simplified;
import io.mixdoc.facts.internal.Transliteration;
import io.mixdoc.text.Chars;
import io.mixdoc.text.Pinyin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the {@code entity_mention} layer: people, places, organisations, facilities and events named in
 * Chinese (HanLP's person, place and organisation recognisers, checked against context: titles,
 * repetition, organisation suffixes, coordination with known places), in English (capitalised runs,
 * see {@link EnglishNames}), in half-translated form ({@code Liu江平}), and by the article's structure
 * (byline authors, the dateline's agency and place). Mentions are not yet linked ({@code entity} -1).
 * Offsets are UTF-16 indices, half-open.
 */
public final class EntityRecognizer implements Stage {
    /** Conjunctions that join names ("唐凤和罗冠聪"), which the segmenter may glue to the name before them. */
    private static final String CONJUNCTIONS = "和与及跟同";
    private static final String FUNCTION_CHARS = "他她它我你们这那其为在对与和及将把被从向同使让由给跟以于之的了是也都就还又再并而且";
    private static final Set<String> ZH_NOT_PLACES = Set.of("两国", "各国", "本国", "五国", "该国", "全国", "我国", "外国",
            "他国", "邻国", "三国", "四国", "大国", "小国", "国内", "国外", "海外", "中外", "东西方", "西方", "东方", "南方", "北方",
            "街道"); // 街道: streets, or a city's subdistrict as a level of government, never a name alone
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            "(组织|通讯社|新闻社|社|学院|大学|大使馆|总领事馆|领事馆|使馆|公司|集团|银行|委员会|协会|联合会|联盟|基金会|研究院|研究所|科学院|"
                    + "政府|议会|法院|检察院|歌舞团|艺术团|剧团|代表团|党|部|局|署|厅|报社|日报|电视台|广播电台|中心|医院|商会|合作社|师专|中学|小学|学校|出版社|制片厂|研究会|事务所|"
                    + "[省市县区州]委)$");
    private static final Pattern FACILITY_SUFFIX = Pattern.compile(
            "(铁路|公路|高速公路|管道|天然气管道|原油管道|大桥|机场|港口|港|口岸|水电站|电站|运河|隧道|高铁|经济走廊|产业园|工业园|山庄|广场|体育场|体育馆|大厦|饭店|酒店)$");
    /** China, one-character country abbreviations, a facility noun: "中吉乌铁路" (compiled once, not per document). */
    private static final Pattern FACILITY_OF_ABBREVIATIONS = Pattern.compile("中([\\p{IsHan}]{1,3}?)([\\p{IsHan}]{0,4}?)"
            + FACILITY_SUFFIX.pattern().replace("$", "") + "(?!建设)");

    /** The first characters of the gazetteer's country abbreviations, gathered once (the gazetteer is fixed). */
    private static final class CountryAbbreviations {
        static final Set<Character> FIRST_CHARS = firstChars();

        private static Set<Character> firstChars() {
            Set<Character> out = new HashSet<>();
            for (Gazetteer.Entry e : Gazetteer.get().entries()) {
                if (!e.abbreviation().isEmpty()) {
                    out.add(e.abbreviation().charAt(0));
                }
            }
            return out;
        }
    }
    private static final Pattern ZH_TITLE_AFTER = Pattern.compile(
            "^(?:主席|总统|总理|大使|首相|部长|外长|副总理|副主席|委员长|书记|省长|市长|总书记|国务委员|参赞|领事|先生|女士|教授|博士|院士|记者|总裁|董事长|主任|发言人|秘书长|国王|女王|议长|将军)");
    /**
     * A verb of saying or finding right after a name, perhaps after 等 and 曾 ("科尔曼等曾指出", "李明认为"):
     * people say things. A bare 说 is left out ("从程序上说").
     */
    private static final Pattern ZH_SPEECH_AFTER = Pattern.compile("^(?:等人?)?(?:曾经?|也|还|则|早就)?(?:指出|认为|表示|强调|写道|提出|主张)");
    private static final Pattern ZH_TITLE_BEFORE = Pattern.compile(
            "(?:主席|总统|总理|大使|部长|外长|记者|教授|先生|发言人|秘书长|艺术家|歌手|作家|演员|导演|运动员|董事长|总裁|院士|书记|市长|省长|县长|区长|"
                    + "镇长|局长|司长|厅长|主任|经理|校长|院长|所长|社长|会长|队长|教练|常委|代表|委员|厂长|站长|处长|科长|律师|医生|老师|"
                    + "副总理|指挥|司令|军长|师长|团长|政委|主持人|创始人|负责人|记者|专家|学者|研究员|爱好者|参谋长)$");
    /** The last characters of {@link #ZH_TITLE_BEFORE}'s titles: where one may end, before the pattern is asked. */
    private static final String ZH_TITLE_FINALS = "席统理使长者授生人家手员演裁士记任委表师挥令";
    private static final Pattern MIXED_NAME = Pattern.compile("\\b([A-Z][a-z]{0,5})([\\p{IsHan}]{1,2})(?![\\p{IsHan}]{2})");

    /** Segmenters are not documented as thread-safe: one per thread, built lazily. */
    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true)
            .enableTranslatedNameRecognize(true).enableOffset(true));

    @Override
    public String id() {
        return "entity_mentions";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.LANG, FactsLayers.STRUCTURE);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.ENTITY_MENTION;
    }

    @Override
    public Document apply(Document doc) {
        // traditional characters read as simplified, index for index: offsets still point into the text, and
        // every rule below (names, places, titles, work titles, repeated names) sees the forms it was built on
        String text = Simplified.of(doc);
        List<Candidate> cands = new ArrayList<>();
        Set<String> knownPeople = new HashSet<>();
        structure(doc, cands, knownPeople);
        // the segmenter's word edges, asked for at almost every Chinese character: one bit per offset
        Set<Integer> termEdges = new io.mixdoc.facts.internal.OffsetSet(text.length());
        // offsets inside a word HanLP's recognisers glued from a name and the words around it ("为泰州未来发展/nt")
        Set<Integer> glued = new io.mixdoc.facts.internal.OffsetSet(text.length());
        Map<Integer, Term> termByEnd = new HashMap<>();
        presidingPeople(text, cands, knownPeople, doc.deadline());
        io.mixdoc.facts.internal.Affiliations.find(text, EntityRecognizer::listedName,
                w -> (w.length() == 2 || w.length() == 3) && nameChars(w, 0, w.length()) && surnameLikelihood(w.charAt(0)) > 0,
                cands, doc.deadline());
        io.mixdoc.facts.internal.References.find(text, EntityRecognizer::listedName, cands);
        io.mixdoc.facts.internal.RoleLabels.find(text, EntityRecognizer::listedName, cands);
        io.mixdoc.facts.internal.GovernmentOffices.find(text, EntityRecognizer::listedName, cands); // 经济部长王美花
        io.mixdoc.facts.internal.GovernmentBodies.find(text, w -> Gazetteer.get().zh(w).isPresent(), cands); // 立法院, 劳工及福利局
        io.mixdoc.facts.internal.TitledNames.find(text,
                at -> ZH_TITLE_FINALS.indexOf(text.charAt(at - 1)) >= 0
                        && ZH_TITLE_BEFORE.matcher(text.substring(Math.max(0, at - 4), at)).find(), EntityRecognizer::titledName,
                w -> nameChars(w, 0, w.length()), cands); // 讲座教授孙艺风宣读, 参谋长阮雄胜在
        charactersOfAStory(text, cands, knownPeople, doc.deadline());
        chinese(text, cands, knownPeople, termEdges, termByEnd, glued, doc.deadline());
        gazetteerZh(text, cands, termEdges, glued);
        transliteratedDivisions(text, cands);
        properNounsZh(text, cands, termEdges, doc.deadline());
        partyCommittees(text, cands);
        orgNames(text, cands, termEdges);
        patternsZh(text, cands);
        cands.addAll(io.mixdoc.facts.internal.ListedCompanies.find(text, FUNCTION_CHARS, termEdges)); // 中国中车、中联重科等48家企业
        transliteratedByTitle(text, cands);
        dottedNames(text, cands, termEdges);
        latinWithChineseHead(text, cands);
        quotedNames(text, cands, termEdges);
        shopNames(text, cands, termEdges);
        mixed(text, cands, knownPeople);
        boolean chineseText = EnglishNames.chineseText(text);
        for (LanguageSpan l : doc.layer(Layers.LANG).spans()) {
            doc.deadline().check();
            if (!l.lang().equals("zh")) {
                cands.addAll(EnglishNames.find(text, l.start(), l.end(), l.lang().equals("en"), chineseText));
            }
        }
        List<EntityMention> out = new ArrayList<>();
        Boilerplate boilerplate = Boilerplate.ofNamesElsewhere(doc);
        // a candidate the output would drop for an unmatched bracket must not win an overlap first: the org
        // pattern's "田国强（上海财经大学经济学院" would hide the person and the institute it crosses
        Kept kept = new Kept(cands);
        kept.removeIf(c -> unbalanced(text, c.start(), c.end()));
        List<Candidate> found = kept.get();
        cands.addAll(EnglishNames.byContext(text, found));
        cands.addAll(insideEnglish(doc, EnglishNames.byEnglishGrammar(text)));
        cands.addAll(glosses(text, kept.get()));
        cands.addAll(reverseGlosses(text, kept.get(), termByEnd));
        cands.addAll(repeated(text, kept.get(), termEdges));
        List<Candidate> shortNames = io.mixdoc.facts.internal.ShortNames.find(text, kept.get());
        if (!shortNames.isEmpty()) {
            cands.addAll(shortNames);
            cands.addAll(repeated(text, kept.get(), termEdges)); // "（以下简称“捷信”）" … "捷信一直": wherever named
        }
        List<Candidate> listed = io.mixdoc.facts.internal.ListedPeople.find(text, kept.get(), EntityRecognizer::listedPersonName,
                doc.deadline());
        if (!listed.isEmpty()) {
            cands.addAll(listed);
            cands.addAll(repeated(text, kept.get(), termEdges)); // "刘遵义、…" then "刘遵义教授": the person wherever named
        }
        cands.addAll(io.mixdoc.facts.internal.CapitalsLines.names(text, kept.get())); // "NISSAN SENTRA" over "Nissan is …"
        List<Candidate> partners = companiesListedWithCompanies(text, kept.get(), termEdges);
        if (!partners.isEmpty()) {
            cands.addAll(partners);
            cands.addAll(repeated(text, kept.get(), termEdges));
        }
        cands.addAll(jointVentures(text, kept.get()));
        cands.addAll(strayHanInLatin(text, kept.get()));
        cands.addAll(io.mixdoc.facts.internal.OrgNameForms.find(text, kept.get(), FUNCTION_CHARS,
                EntityRecognizer::dictionaryWord)); // 越南人民报网, 中国政府, 澳大
        cands.addAll(io.mixdoc.facts.internal.PlaceNameForms.find(text, kept.get())); // 朝鲜半岛
        cands.addAll(io.mixdoc.facts.internal.TitleSites.find(text)); // "… - 湖南日报网 - 华声在线"
        cands.addAll(io.mixdoc.facts.internal.OrgAbbreviations.find(text, kept.get(), termEdges,
                EntityRecognizer::dictionaryWord)); // 海湾合作委员会 … 海合会
        kept.removeIf(c -> unbalanced(text, c.start(), c.end()));
        List<Candidate> resolved = kept.get();
        Set<String> codeWords = codeWords(doc);
        Set<String> codeBlockWords = null; // made only when a brand with a digit needs it: most documents have none
        Set<String> places = new HashSet<>();
        for (Candidate c : resolved) {
            if (c.type() == EntityType.PLACE) {
                places.add(text.substring(c.start(), c.end()));
            }
        }
        java.util.NavigableMap<Integer, Integer> events = EventNames.find(text);
        for (Candidate c : resolved) {
            if (c.type() == EntityType.EVENT && c.source().equals("en:head") && titledEvent(text, c, resolved)) {
                events.merge(c.start(), c.end(), Math::max); // "the 7th Amsterdam Light Festival": a show's title hides its city
            }
        }
        Set<String> teams = io.mixdoc.facts.internal.SportsTeams.in(text);
        for (Candidate c : resolved) {
            if (c.type() == EntityType.PLACE && io.mixdoc.facts.internal.SportsTeams.isTeam(teams, text.substring(c.start(), c.end()))) {
                c = new Candidate(c.start(), c.end(), EntityType.ORG, "en:team", c.priority()); // "Eastern Michigan rolled past …"
            }
            Matcher government = ADMINISTRATION.matcher(text.substring(c.start(), c.end()));
            if (c.type() == EntityType.ORG && government.matches() && leaderName(government.group(1), places)) {
                c = new Candidate(c.start(), c.start() + government.group(1).length(), EntityType.PERSON, "pattern:administration", 2);
            }
            if (c.type() == EntityType.PLACE && knownPeople.contains(text.substring(c.start(), c.end()))) {
                c = new Candidate(c.start(), c.end(), EntityType.PERSON, "known-person", c.priority()); // "吴江" chaired: the person, wherever named
            }
            if (c.type() == EntityType.PERSON && (notAName(text.substring(c.start(), c.end())) || text.startsWith("家族", c.end()))) {
                continue; // "洛克菲勒家族": a family is no person
            }
            if ((c.type() == EntityType.PERSON || c.type() == EntityType.PLACE) && inWorkTitle(text, c.start(), c.end())) {
                continue; // "《太行山上》", "《刘老根》": a film's or a book's title names no place or person
            }
            if (c.type() == EntityType.PLACE && EventNames.inside(events, c.start(), c.end())) {
                continue; // "第十三届湖南茶业博览会": a place inside an event's name names no place of the story
            }
            if (c.type() == EntityType.PLACE && io.mixdoc.facts.internal.VariantNames.greekLetter(text.substring(c.start(), c.end()))
                    && io.mixdoc.facts.internal.VariantNames.aboutAVirus(text)) {
                continue; // "比德尔塔变种更为轻微": a variant of the virus, no place
            }
            if (c.type() == EntityType.PLACE && startsASubjectItem(text, c.start())) {
                continue; // "2、中国戏曲史", "01中国音乐史\t": a course or field of study in a list, not China
            }
            String word = text.substring(c.start(), c.end());
            if (codeWords.contains(word)) {
                // "HttpConfig", "HISTSIZE": a word the document writes in its code is an identifier, in prose too;
                // a brand with a digit the prose names a company ("About my6sense") only when in a code block
                if (!c.source().equals("en:digit-brand")) {
                    continue;
                }
                if (codeBlockWords == null) {
                    codeBlockWords = codeWords(doc, false);
                }
                if (codeBlockWords.contains(word)) {
                    continue;
                }
            }
            if (unbalanced(text, c.start(), c.end())) {
                continue; // "滚石（台湾）公司" cut as "台湾）公司": a name does not close a bracket it never opened
            }
            if (loneLetter(text, c.start(), c.end())) {
                continue; // "1G", "G力": a unit's letter, never a name
            }
            if (boilerplate.contains(new EntityMention(c.start(), c.end(), c.type(), "und", -1, c.source()))) {
                continue; // names in related headlines are not the article's
            }
            out.add(new EntityMention(c.start(), c.end(), c.type(), NameKeys.lang(text.substring(c.start(), c.end())), -1, c.source()));
        }
        return doc.with(FactsLayers.ENTITY_MENTION, out);
    }

    /**
     * The cues that read English grammar (apposition, a surname standing alone, a team before a role) count
     * only inside English spans: in German or Indonesian every noun or title may be capitalised.
     */
    private static List<Candidate> insideEnglish(Document doc, List<Candidate> cands) {
        java.util.TreeMap<Integer, Integer> english = new java.util.TreeMap<>();
        for (LanguageSpan l : doc.layer(Layers.LANG).spans()) {
            if (l.lang().equals("en")) {
                english.put(l.start(), l.end());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cands) {
            Map.Entry<Integer, Integer> span = english.floorEntry(c.start());
            if (span != null && c.end() <= span.getValue()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A list item naming a field of study: after a line start and its number ("2、", "01"), a run of Chinese
     * alone on its line or table cell that ends in a field's head ("中国戏曲史", "中国画理论与创作", "中国宗教艺术").
     */
    private static final Pattern SUBJECT_ITEM = Pattern.compile("\\p{IsHan}{2,16}?(?:史|史论|理论|批评|研究|美术|艺术|音乐|创作|鉴藏|基础知识|学)[ \\u3000]*(?:[\\t\\n]|$)");
    private static final Pattern ITEM_NUMBER = Pattern.compile("[ \\u3000]*(?:\\d{1,2}[、.．]?|[一二三四五六七八九十]{1,2}、)[ \\u3000]*");
    /** The most characters an item's number and its padding take before the item. */
    private static final int MAX_ITEM_NUMBER = 8;

    static boolean startsASubjectItem(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return start - lineStart <= MAX_ITEM_NUMBER && start > lineStart
                && ITEM_NUMBER.matcher(text).region(lineStart, start).matches()
                && SUBJECT_ITEM.matcher(text).region(start, Math.min(text.length(), start + 24)).useAnchoringBounds(false).lookingAt();
    }

    /** The longest title in 《》 read as one. */
    private static final int MAX_TITLE = 40;

    /** The most characters a work's title may add to a name and still be named after it. */
    private static final int MAX_TITLE_BEYOND_NAME = 2;

    /**
     * Whether {@code [start, end)} is (nearly) the whole of a title in marks: 《太行山上》, 《刘老根》 name a film
     * or a book after a place or a person. A longer title (《关于北京学生运动的认识》, 《劳伦斯·洛克菲勒：保护的催化剂》)
     * speaks about the place or the person, and they stay mentions.
     */
    static boolean inWorkTitle(String text, int start, int end) {
        int open = -1;
        for (int k = start - 1; k >= 0 && start - k <= MAX_TITLE; k--) {
            char ch = text.charAt(k);
            if (ch == '《') {
                open = k;
                break;
            }
            if (ch == '》' || ch == '\n') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = end; k < text.length() && k - open <= MAX_TITLE; k++) {
            char ch = text.charAt(k);
            if (ch == '》') {
                return (k - open - 1) - (end - start) <= MAX_TITLE_BEYOND_NAME;
            }
            if (ch == '《' || ch == '\n') {
                return false;
            }
        }
        return false;
    }

    // ---- structure ------------------------------------------------------------------------------

    private static void structure(Document doc, List<Candidate> cands, Set<String> knownPeople) {
        String text = doc.text(); // the structure's names are as the text writes them ("陳家倫")
        String zh = Simplified.of(doc);
        for (StructureSpan s : doc.layer(FactsLayers.STRUCTURE).spans()) {
            if (s.kind() == StructureKind.BYLINE) {
                int from = s.start();
                for (String author : s.names()) {
                    int at = text.indexOf(author, from);
                    if (at >= 0 && at < s.end()) {
                        cands.add(new Candidate(at, at + author.length(), EntityType.PERSON, "byline", 4));
                        knownPeople.add(zh.substring(at, at + author.length()));
                        from = at + author.length();
                    }
                }
            } else if (s.kind() == StructureKind.DATELINE) {
                String agency = s.attribute("agency");
                String place = s.attribute("place");
                int at = text.indexOf(agency, s.start());
                String ownPaper = at < 0 ? "" : zh.substring(at, at + agency.length()); // 本報 read as 本报
                if (!agency.isEmpty() && at >= 0 && at < s.end() && !ownPaper.equals("本报") && !ownPaper.equals("本刊")) {
                    cands.add(new Candidate(at, at + agency.length(), EntityType.ORG, "dateline", 4));
                }
                int p = place.isEmpty() ? -1 : text.indexOf(place, s.start());
                if (p >= 0 && p < s.end()) {
                    // "BUFFALO, N.Y.", "DUBAI, United Arab Emirates": a city and its state or country, two places
                    int from = p;
                    for (String part : place.split(",\\s*")) {
                        int q = text.indexOf(part, from);
                        if (!part.isBlank() && q >= 0 && q < p + place.length()) {
                            cands.add(new Candidate(q, q + part.length(), EntityType.PLACE, "dateline", 4));
                            from = q + part.length();
                        }
                    }
                }
            } else if (s.kind() == StructureKind.TURN && s.attribute("role").equals("answer")) {
                String speaker = Simplified.sameLength(s.attribute("speaker"), io.mixdoc.Deadline.none());
                if (NameKeys.hasHan(speaker) && speaker.length() <= 4 && surnameLikelihood(speaker.charAt(0)) > 0) {
                    knownPeople.add(speaker);
                }
            }
        }
    }

    /** "在吴江主持下", "会议由李明主持": who chairs a meeting is a person, even with a place's name. */
    private static final Pattern PRESIDED_BY = Pattern.compile("(?:在(\\p{IsHan}{2,3})主持下|由(\\p{IsHan}{2,3})主持)");

    private static void presidingPeople(String text, List<Candidate> cands, Set<String> knownPeople, io.mixdoc.Deadline deadline) {
        for (Matcher m = PRESIDED_BY.matcher(text); m.find(); ) {
            deadline.check();
            int g = m.group(1) != null ? 1 : 2;
            String name = m.group(g);
            if (surnameLikelihood(name.charAt(0)) > 0.3 && FUNCTION_CHARS.indexOf(name.charAt(1)) < 0) {
                cands.add(new Candidate(m.start(g), m.end(g), EntityType.PERSON, "pattern:presiding", 3));
                knownPeople.add(name);
            }
        }
    }

    /**
     * What only people do, right after a two-character word that opens a clause: school titles ("赤骥同学",
     * "速子前辈") and the gestures and manners of speech of a story ("茶座叹了口气", "速子兴奋地").
     */
    private static final Pattern CHARACTER_CUE = Pattern.compile("(?:^|(?<=[，。！？：；“”…\\s、]))(\\p{IsHan}{2})(?=同学|前辈|后辈|学姐|学长|学妹|学弟|"
            + "叹了|笑了|笑着|心想|点了点头|摇了摇头|皱了皱眉|愣了|红着脸|兴奋地|尴尬地|无奈地|小声|低声|轻声|说道|问道|答道|喊道|叫道)");
    /** Words of kinship and address that take those cues without being names. */
    private static final Set<String> NOT_CHARACTER_NAMES = Set.of("爸爸", "妈妈", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷", "奶奶",
            "外公", "外婆", "叔叔", "阿姨", "老师", "医生", "大家", "孩子", "女儿", "儿子", "老婆", "老公", "丈夫", "妻子", "对方", "众人");
    /** How many clauses a word must open with such a cue to be taken as a character's name. */
    private static final int MIN_CHARACTER_CUES = 2;

    /**
     * The characters of a story (fan fiction, a novel's chapter) carry names no dictionary lists ("速子"),
     * or that are common words ("茶座", a teahouse): a word that opens clauses followed by what only people do,
     * twice or more, is a person's name (the whole text's mentions then come from {@link #repeated}); the full
     * name is that given name after two more characters, written so twice at a clause start ("爱丽速子").
     */
    private static void charactersOfAStory(String text, List<Candidate> cands, Set<String> knownPeople, io.mixdoc.Deadline deadline) {
        Map<String, List<Integer>> cued = new HashMap<>();
        for (Matcher m = CHARACTER_CUE.matcher(text); m.find(); ) {
            deadline.check();
            cued.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.start(1));
        }
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, List<Integer>> e : cued.entrySet()) {
            String w = e.getKey();
            var core = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
            boolean noun = core == null || java.util.Arrays.stream(core.nature).allMatch(n -> n.toString().startsWith("n") && !n.toString().equals("nnt"));
            if (e.getValue().size() >= MIN_CHARACTER_CUES && noun && !NOT_CHARACTER_NAMES.contains(w)
                    && w.chars().noneMatch(ch -> FUNCTION_CHARS.indexOf(ch) >= 0)) {
                names.add(w);
                knownPeople.add(w);
                for (int at : e.getValue()) {
                    cands.add(new Candidate(at, at + 2, EntityType.PERSON, "pattern:character", 3));
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> fullNames = new HashMap<>();
        for (Matcher m = FULL_NAME_AT_CLAUSE_START.matcher(text); m.find(); ) {
            deadline.check();
            if (names.contains(m.group(2)) && m.group(1).chars().noneMatch(ch -> FUNCTION_CHARS.indexOf(ch) >= 0)) {
                fullNames.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m.start());
            }
        }
        fullNames.forEach((full, at) -> {
            if (at.size() >= MIN_CHARACTER_CUES) {
                knownPeople.add(full);
                at.forEach(a -> cands.add(new Candidate(a, a + full.length(), EntityType.PERSON, "pattern:character", 3)));
            }
        });
    }

    private static final Pattern FULL_NAME_AT_CLAUSE_START = Pattern.compile("(?:^|(?<=[，。！？：；“”…\\s、]))(\\p{IsHan}{2})(\\p{IsHan}{2})");

    // ---- HanLP ----------------------------------------------------------------------------------

    /** The longest stretch handed to HanLP at once; its lattice grows faster than the text. */
    static final int SEGMENT_WINDOW = 2000;

    /**
     * HanLP's terms for the whole text, segmented a paragraph (or, in a paragraph longer than
     * {@link #SEGMENT_WINDOW}, a few sentences) at a time, offsets shifted back to the text. One call
     * over a whole long document costs more than linear time and cannot be stopped; windows keep
     * the cost linear and check the deadline between them. Names never span a paragraph.
     */
    static List<Term> segmentInWindows(String text, io.mixdoc.Deadline deadline) {
        List<Term> terms = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            deadline.check();
            int end = windowEnd(text, start);
            if (!Chars.hasHan(text, start, end)) {
                // A stretch without Chinese (an English paragraph): HanLP would find no Chinese word in it, and
                // the terms are read only for Chinese words and the edges beside them; one Latin term stands for
                // it, as the segmenter's own would, so its neighbours see the same.
                Term latin = new Term(text.substring(start, end), com.hankcs.hanlp.corpus.tag.Nature.nx);
                latin.offset = start;
                terms.add(latin);
                start = end;
                continue;
            }
            for (Term t : SEGMENT.get().seg(text.substring(start, end))) {
                t.offset += start;
                terms.add(t);
            }
            start = end;
        }
        return terms;
    }


    /** Where the window from {@code start} ends: after a line break, else a sentence end, else at the limit. */
    private static int windowEnd(String text, int start) {
        int limit = Math.min(text.length(), start + SEGMENT_WINDOW);
        if (limit == text.length()) {
            return limit;
        }
        int sentenceEnd = -1;
        for (int i = limit - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (sentenceEnd < 0 && (c == '。' || c == '！' || c == '？' || c == '；')) {
                sentenceEnd = i + 1;
            }
        }
        if (sentenceEnd > 0) {
            return sentenceEnd;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** The natures of a noun a word before it may modify; a set, not {@code String.matches}, which compiles a regex per term. */
    private static final Set<String> NOUN_NATURES = Set.of("n", "ng", "nz", "vn");

    private static void chinese(String text, List<Candidate> cands, Set<String> knownPeople, Set<Integer> termEdges,
                                Map<Integer, Term> termByEnd, Set<Integer> glued,
                                io.mixdoc.Deadline deadline) {
        List<Term> terms = givenNamesWhole(transliteratedWhole(mergeNames(segmentInWindows(text, deadline))));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> companyReadings = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            counts.merge(t.word, 1, Integer::sum);
            // "现代/ntc 音乐/n", "近现代/ntc 美术/n": a word modifying the noun after it is an adjective there
            boolean modifies = i + 1 < terms.size() && NOUN_NATURES.contains(terms.get(i + 1).nature.toString())
                    && terms.get(i + 1).offset == t.offset + t.word.length();
            if (t.nature.toString().equals("ntc") && !modifies) {
                companyReadings.merge(t.word, 1, Integer::sum);
            }
            termEdges.add(t.offset);
            termEdges.add(t.offset + t.word.length());
            termByEnd.put(t.offset + t.word.length(), t);
            if (t.word.length() >= MIN_GLUED && (t.nature.toString().startsWith("nt") || t.nature.toString().startsWith("ns"))) {
                for (int k = t.offset; k < t.offset + t.word.length(); k++) {
                    glued.add(k);
                }
            }
        }
        Set<String> splitElsewhere = splitElsewhere(text, terms);
        Map<String, Integer> writtenCounts = occurrences(text, terms, deadline);
        List<Candidate> places = new ArrayList<>();
        List<Term> undecided = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String n = t.nature.toString();
            String w = t.word;
            int start = t.offset;
            int end = start + w.length();
            if (w.isEmpty() || !Chars.isHan(w.codePointAt(0))) {
                continue;
            }
            String next = i + 1 < terms.size() ? terms.get(i + 1).nature.toString() : "";
            String after = text.substring(end, Math.min(text.length(), end + 4));
            String before = text.substring(Math.max(0, start - 4), start);
            Candidate vehicleMaker = vehicleMaker(terms, i);
            if (vehicleMaker != null) {
                cands.add(vehicleMaker);
            } else if (n.startsWith("nr")) {
                if (w.length() == 3 && CONJUNCTIONS.indexOf(w.charAt(2)) >= 0 && counts.getOrDefault(w.substring(0, 2), 0) > 0) {
                    // "唐凤和目前流亡的…": the segmenter glued the conjunction after a two-character name it reads
                    // alone elsewhere in the text ("唐凤在出席"); the name is the two characters
                    w = w.substring(0, 2);
                    end--;
                    after = text.substring(end, Math.min(text.length(), end + 4));
                }
                boolean titled = next.equals("nnt") || ZH_TITLE_AFTER.matcher(after).find() || ZH_TITLE_BEFORE.matcher(before).find()
                        || ZH_SPEECH_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 6))).find();
                boolean quoted = before.endsWith("“") || after.startsWith("”");
                boolean transliterated = n.equals("nrf") || w.contains("·");
                // a rare surname ("须成忠") opens a name the segmenter read where a title before it says a person follows
                boolean surname = surnameLikelihood(w.charAt(0)) > 0.3
                        || w.length() == 3 && ZH_TITLE_BEFORE.matcher(before).find() && surnameReadings(w.charAt(0), 1);
                // a rare surname ("修立鹏") may open a name a title introduces and the text writes again
                int written3 = w.length() == 3 ? writtenCounts.getOrDefault(w, 0) : 0;
                surname |= w.length() == 3 && ZH_TITLE_BEFORE.matcher(before).find() && Math.max(counts.get(w), written3) >= 2
                        && surnameReadings(w.charAt(0), MIN_SURNAME_READINGS, 0);
                boolean chineseName = !transliterated && w.length() >= 2 && w.length() <= 4 && surname
                        && !(w.length() == 2 && (FUNCTION_CHARS.indexOf(w.charAt(1)) >= 0 || FUNCTION_CHARS.indexOf(w.charAt(0)) >= 0));
                // a three-character name read as one once and cut elsewhere ("田霏宇/nr" … "田/霏宇") recurs in the text
                int written = w.length() == 3 ? writtenCounts.getOrDefault(w, 0) : 0;
                boolean repeated = Math.max(counts.get(w), written) >= 2 && !quoted && !splitElsewhere.contains(w);
                // a two-character name is common as a word too: it must recur more, or carry a title
                boolean recurs = repeated && (w.length() >= 3 || counts.get(w) >= 3 && surnameLikelihood(w.charAt(0)) > 0.5);
                // "迪斯尼/nrf": a name CC-CEDICT gives as a company or a place is no person unless a title says so
                boolean namesNoPerson = ProperNouns.get().zh(w).flatMap(ProperNouns.Name::type)
                        .filter(type -> type != EntityType.PERSON).isPresent();
                if (namesNoPerson && !titled && !knownPeople.contains(w)) {
                    undecided.add(t);
                } else if (knownPeople.contains(w) || w.contains("·") && w.length() >= 4
                        || (chineseName || transliterated && w.length() >= 3) && (titled || recurs)) {
                    cands.add(new Candidate(start, end, EntityType.PERSON, "hanlp:" + n, 2));
                } else {
                    undecided.add(t);
                }
            } else if (n.startsWith("ns") && surnameBeforeHonorific(text, terms, i) >= 0) {
                cands.add(new Candidate(surnameBeforeHonorific(text, terms, i), end, EntityType.PERSON, "honorific", 2));
            } else if (n.startsWith("ns")) {
                if (w.endsWith("峰") && after.startsWith("会")) {
                    w = w.substring(0, w.length() - 1); // HanLP cuts "阿斯塔纳峰/会": the summit's 峰 is no part of the place
                    end--;
                }
                Term following = i + 1 < terms.size() ? terms.get(i + 1) : null;
                if (lastCharStartsNextWord(w, end, following)) {
                    w = w.substring(0, w.length() - 1); // "南通营/商/环境": 营 starts 营商, the place is 南通
                    end--;
                }
                if (REGION.matcher(w).matches() && following != null && following.word.equals("地区") && following.offset == end) {
                    end += 2; // "华北地区", "亚太地区": a region's name takes 地区
                    w = text.substring(start, end);
                }
                if (personBeforeTitle(w, following, end)) {
                    cands.add(new Candidate(start, end, EntityType.PERSON, "hanlp:ns-titled", 2));
                } else if (placeLike(w)) {
                    Candidate c = new Candidate(start, end, EntityType.PLACE, "hanlp:" + n, 2);
                    cands.add(c);
                    places.add(c);
                }
            } else if (n.equals("ntc") && w.length() <= 3 && companyReadings.getOrDefault(w, 0) >= MIN_COMPANY_READINGS) {
                // "广汽和现代", "现代主动找到广汽": HanLP reads a short word as a company's name from its context;
                // once is often a common word ("光明"), again and again it is the company the article is about
                cands.add(new Candidate(start, end, EntityType.ORG, "hanlp:ntc", 2));
            } else if (n.startsWith("nt") && FUNCTION_CHARS.indexOf(w.charAt(0)) < 0) {
                // "以人民/为中心/nt": a word starting with a function word is a phrase, not a name to widen
                int widened = orgStartBefore(terms, i, text);
                if (widened < start) {
                    w = text.substring(widened, end); // "中国/ns 艺术/n 研究院研究生部/nt": the modifiers are the name's too
                    start = widened;
                }
                Matcher counted = COUNTED_START.matcher(w);
                if (counted.lookingAt() && w.length() - counted.end() >= 2) {
                    w = w.substring(counted.end()); // "一张建设银行/nt": a number and its classifier count the name's thing
                    start += counted.end();
                }
                if (w.length() >= 4 && "所个家座位名项".indexOf(w.charAt(0)) >= 0 && start > 0
                        && (ChineseNumbers.isNumeralChar(text.charAt(start - 1)) || Character.isDigit(text.charAt(start - 1)))) {
                    w = w.substring(1); // "两所孔子学院": the classifier belongs to the number
                    start++;
                }
                Term prev = i > 0 ? terms.get(i - 1) : null;
                if (w.endsWith("委") && prev != null && prev.nature.toString().startsWith("ns")
                        && prev.offset + prev.word.length() == start) {
                    w = prev.word + w; // "巴彦/淖尔市委": the segmenter cut the place's name apart
                    start = prev.offset;
                }
                Matcher bodies = COMMITTEE_AND_GOVERNMENT.matcher(w);
                if (bodies.matches()) {
                    w = bodies.group(1); // "南京市委市政府": the committee and the government, the first named in full
                    end = start + w.length();
                }
                if (w.length() >= 3 && FUNCTION_CHARS.indexOf(w.charAt(0)) < 0 && !Character.isDigit(w.charAt(0)) && !inventedOrg(w)) {
                    if (FACILITY_SUFFIX.matcher(w).find() || VENUE_HEAD.matcher(w).find()) {
                        if (w.matches(".*(口岸|港口|港)$") && !Gazetteer.get().longestZhAt(w, 0).isPresent()) {
                            continue; // "统筹口岸": a verb and a common noun, not a named port
                        }
                        cands.add(new Candidate(start, end, EntityType.FACILITY, "hanlp:" + n, 2));
                    } else if ((ORG_SUFFIX.matcher(w).find() || w.endsWith("司") && after.startsWith("司长"))
                            && !w.matches(".*(关系|发展|合作)(中心)?$|.*为中心$") && !genericOrg(w)
                            && !prepositionInside(w)) {
                        cands.add(new Candidate(consultativeStart(text, start, end), end, EntityType.ORG, "hanlp:" + n, 2));
                    }
                }
            }
        }
        namesAloneInCells(text, terms, cands);
        // A name listed with places ("比什凯克、奥什") is a place, whatever the tagger guessed.
        Set<Integer> placeEnds = new HashSet<>();
        Set<Integer> placeStarts = new HashSet<>();
        for (Candidate p : places) {
            placeEnds.add(p.end());
            placeStarts.add(p.start());
        }
        for (Term t : undecided) { // by offset, not against every place: linear in long documents
            int s = t.offset;
            int e = s + t.word.length();
            boolean before = placeEnds.contains(s - 1) && "、和与及".indexOf(text.charAt(s - 1)) >= 0;
            boolean after = placeStarts.contains(e + 1) && "、和与及".indexOf(text.charAt(e)) >= 0;
            if (before || after) {
                cands.add(new Candidate(s, e, EntityType.PLACE, "coordination", 2));
            }
        }
    }

    /**
     * How often the text writes each three-character word the segmenter read as a person's name, wherever it cut
     * it: one pass over the text with a trie of those words, not a search per name.
     */
    private static Map<String, Integer> occurrences(String text, List<Term> terms, io.mixdoc.Deadline deadline) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Term t : terms) {
            // not a place and a character of the next word ("马里总/nr" of 马里总统), nor a character and a common
            // word ("吉友谊/nr" of 中吉友谊)
            if (t.word.length() == 3 && t.nature.toString().startsWith("nr") && Gazetteer.get().longestZhAt(t.word, 0).isEmpty()
                    && !dictionaryWord(t.word.substring(1))) {
                names.add(t.word);
            }
        }
        Map<String, Integer> out = new HashMap<>();
        if (names.isEmpty()) {
            return out;
        }
        String[] keys = names.toArray(String[]::new);
        io.mixdoc.text.CharTrie trie = io.mixdoc.text.CharTrie.of(keys);
        for (int at = 0; at + 3 <= text.length(); at++) {
            deadline.checkEvery(at);
            int node = trie.root();
            for (int k = at; k < at + 3 && node != io.mixdoc.text.CharTrie.NONE; k++) {
                node = trie.step(node, text.charAt(k));
            }
            if (node != io.mixdoc.text.CharTrie.NONE && trie.value(node) != io.mixdoc.text.CharTrie.NONE) {
                out.merge(keys[trie.value(node)], 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * "的/包线/nr" three times, "飞行/包/线" nine: a two-character "name" the text writes more than twice as
     * often as the segmenter reads it as a word is a piece of other words (a flight envelope, 包线), not a
     * person: a person's name is read as one word nearly wherever it stands. One pass over the text, with
     * the two-character names in a set.
     */
    private static Set<String> splitElsewhere(String text, List<Term> terms) {
        Map<String, Integer> asWord = new HashMap<>();
        for (Term t : terms) {
            if (t.word.length() == 2 && t.nature.toString().startsWith("nr")) {
                asWord.merge(t.word, 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        if (asWord.isEmpty()) {
            return out;
        }
        Map<String, Integer> written = new HashMap<>();
        for (int k = 0; k + 2 <= text.length(); k++) {
            if (!Chars.isHan(text.charAt(k))) {
                continue;
            }
            String w = text.substring(k, k + 2);
            if (asWord.containsKey(w)) {
                written.merge(w, 1, Integer::sum);
            }
        }
        for (var e : asWord.entrySet()) {
            if (written.getOrDefault(e.getKey(), 0) > 2 * e.getValue()) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Titles only a person bears (a place has a 总统 or a 主席, never a 先生). */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:先生|女士|同志|老先生|夫人)");

    /**
     * "向/赵/紫阳/ns 先生致敬", "向赵/nr 紫阳/ns 先生", "陈吉林/ns 先生": a given name that is also a place, right after
     * a surname (alone, glued to a function word before it, or read with it as one place) and before an honorific
     * only a person bears, is a person's full name. Returns where the surname is, or -1.
     */
    private static int surnameBeforeHonorific(String text, List<Term> terms, int i) {
        Term t = terms.get(i);
        int end = t.offset + t.word.length();
        boolean honorific = HONORIFIC.matcher(text.substring(end, Math.min(text.length(), end + 3))).find();
        if (honorific && t.word.length() == 3 && surnameLikelihood(t.word.charAt(0)) > 0.5
                && FUNCTION_CHARS.indexOf(t.word.charAt(0)) < 0) {
            return t.offset; // "陈吉林/ns 先生": the segmenter read surname and given name as one place
        }
        if (i == 0 || t.word.length() != 2) {
            return -1;
        }
        Term prev = terms.get(i - 1);
        if (prev.offset + prev.word.length() != t.offset || prev.word.length() > 2
                || prev.word.length() == 2 && FUNCTION_CHARS.indexOf(prev.word.charAt(0)) < 0
                || !HONORIFIC.matcher(text.substring(end, Math.min(text.length(), end + 3))).find()) {
            return -1;
        }
        char surname = prev.word.charAt(prev.word.length() - 1);
        return surnameLikelihood(surname) > 0.5 && FUNCTION_CHARS.indexOf(surname) < 0 ? t.offset - 1 : -1;
    }

    /** Characters a table cell may hold between a surname and a given name ("傅　谨": padded to three). */
    private static final String CELL_PADDING = " \u3000\u00a0";
    /** The widest cell read as a name, padding included (a bounded look on either side of each name). */
    private static final int MAX_CELL = 8;

    /**
     * "\t刘梦溪\t", "\t傅　谨\t", "\t方/李莉\t": in a table or a list of people (tutors, staff, candidates) a
     * name stands alone in its cell, with none of the titles or repetitions that make a name in prose. A
     * cell (between line breaks, tabs or the text's ends; spaces around do not count) holding two or three
     * Chinese characters, padding allowed between them, that starts with a likely surname and holds a word
     * HanLP reads as a person's name is that person. Where at least {@link #MIN_NAME_CELLS} cells are such
     * names, the table is one of people: a cell of the same shape that no dictionary lists as a word and
     * that starts with a frequent surname is a name too, however the segmenter cut it ("张/振/涛").
     */
    private static void namesAloneInCells(String text, List<Term> terms, List<Candidate> cands) {
        List<int[]> named = new ArrayList<>();
        List<int[]> shaped = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (t.word.isEmpty() || !Chars.isHan(t.word.charAt(0))) {
                continue;
            }
            int start = t.offset;
            while (start > 0 && t.offset - start < MAX_CELL && CELL_PADDING.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start > 0 && !cellBound(text.charAt(start - 1))) {
                continue; // not the first word of a cell
            }
            start = t.offset;
            int end = start;
            while (end < text.length() && end - start < MAX_CELL && !cellBound(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && !cellBound(text.charAt(end))) {
                continue; // more than a name's cell: prose, or a longer cell
            }
            while (end > start && CELL_PADDING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            StringBuilder name = new StringBuilder();
            boolean onlyName = true;
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                if (Chars.isHan(c)) {
                    name.append(c);
                } else if (CELL_PADDING.indexOf(c) < 0) {
                    onlyName = false;
                }
            }
            if (!onlyName || name.length() < 2 || name.length() > 3) {
                continue;
            }
            boolean person = false;
            for (int j = i; j < terms.size() && terms.get(j).offset < end; j++) {
                String n = terms.get(j).nature.toString();
                person |= n.startsWith("nr") && !n.equals("nrf");
            }
            if (person && surnameLikelihood(name.charAt(0)) > 0.3) {
                named.add(new int[] {start, end});
            } else if (surnameLikelihood(name.charAt(0)) > 0.5 && !dictionaryWord(name.toString())
                    && name.chars().noneMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0)) {
                shaped.add(new int[] {start, end});
            }
        }
        for (int[] c : named) {
            cands.add(new Candidate(c[0], c[1], EntityType.PERSON, "table-cell", 2));
        }
        if (named.size() >= MIN_NAME_CELLS) {
            for (int[] c : shaped) {
                cands.add(new Candidate(c[0], c[1], EntityType.PERSON, "table-column", 2));
            }
        }
    }

    /** Two-character surnames that open a four-character name ("欧阳建国"). */
    private static final Pattern COMPOUND_SURNAME = Pattern.compile("^(?:欧阳|司马|诸葛|上官|皇甫|令狐|慕容|司徒|公孙|东方|夏侯|尉迟|长孙|宇文)");

    /**
     * Whether a word listed before an institution reads as a person's name: two or three characters opening with
     * a likely surname (four with a two-character one), and no common word ("主讲人", "腾讯" are none).
     */
    static boolean listedName(String w) {
        if (w.length() < 2 || w.length() > 4 || !w.chars().allMatch(Chars::isHan)) {
            return false;
        }
        boolean surname = w.length() == 4 ? COMPOUND_SURNAME.matcher(w).find()
                : surnameLikelihood(w.charAt(0)) > 0 || rareSurname(w.charAt(0));
        return surname && !dictionaryWord(w);
    }

    /**
     * Whether three characters after a title read as a name: as {@link #listedName}, not a two-character name with
     * a verb of saying ("王昊说"), and not a word with one ("解释说": 解 rarely opens a name, 解释 is a word).
     */
    static boolean titledName(String w) {
        return listedName(w) && "说称讲道".indexOf(w.charAt(w.length() - 1)) < 0
                && !(dictionaryWord(w.substring(0, 2)) && surnameLikelihood(w.charAt(0)) < RARE_FIRST_OF_WORD);
    }

    /** Below this share of readings opening a name, a character that starts a dictionary word starts the word. */
    private static final double RARE_FIRST_OF_WORD = 0.3;

    /**
     * Whether an item of a list of people reads as one more name: as {@link #listedName}, or four characters no
     * dictionary, gazetteer or institution's ending knows (a Japanese name, "中村修二").
     */
    static boolean listedPersonName(String w) {
        return listedName(w) || w.length() == 4 && w.chars().allMatch(ch -> Chars.isHan(ch) && FUNCTION_CHARS.indexOf(ch) < 0) && !dictionaryWord(w) && Gazetteer.get().zh(w).isEmpty()
                && !ORG_SUFFIX.matcher(w).find();
    }

    /** Fewest readings as a surname, and least share of them, that make a rare surname (冼, 逄, 巫, 皮, 战). */
    private static final int MIN_RARE_SURNAME = 20;
    private static final double MIN_RARE_SURNAME_SHARE = 0.2;

    /**
     * A surname too rare for {@link #surnameLikelihood}'s hundred readings in HanLP's name corpus, but one that
     * opens names in a good share of them: enough where a bracketed institution already says "a person" (冼国明（…）),
     * never alone in prose. (卿 and 东, mostly inside given names, stay out.)
     */
    private static boolean rareSurname(char c) {
        return surnameReadings(c, MIN_RARE_SURNAME);
    }

    /**
     * Whether at least {@code min} of the character's readings in HanLP's name corpus, and a good share of them,
     * open a name. With the segmenter's own reading of a name and a title before it, one such reading is
     * evidence enough ("院长须成忠": 须 opens 10 names of 23 readings).
     */
    private static boolean surnameReadings(char c, int min) {
        return surnameReadings(c, min, MIN_RARE_SURNAME_SHARE);
    }

    /** The fewest times HanLP's name dictionary must have seen a character open a name for it to be a surname at all. */
    private static final int MIN_SURNAME_READINGS = 20;

    private static boolean surnameReadings(char c, int min, double minShare) {
        var item = PersonDictionary.dictionary.get(String.valueOf(c));
        if (item == null) {
            return false;
        }
        int b = item.getFrequency(NR.B);
        int total = 0;
        for (var e : item.labelMap.entrySet()) {
            total += e.getValue();
        }
        return b >= min && b >= minShare * total;
    }

    /** Cells read as names that make a table one of people. */
    private static final int MIN_NAME_CELLS = 3;

    /** A common word of HanLP's core dictionary or CC-CEDICT ("同上", "福星"; a name read with capitals is none). */
    private static boolean dictionaryWord(String w) {
        var core = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        if (core != null && !core.hasNatureStartsWith("nr")) {
            return true;
        }
        for (var r : io.mixdoc.text.ChineseDictionary.get().readings(w)) {
            if (!r.pinyin().isEmpty() && Character.isLowerCase(r.pinyin().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean cellBound(char c) {
        return c == '\n' || c == '\t' || c == '\r';
    }

    /** The most characters of plain nouns and places read back into an organisation's name. */
    private static final int MAX_ORG_MODIFIERS = 6;

    /**
     * HanLP starts an organisation at the part it recognised and leaves the place, field or brand before it
     * as plain words ("中国/ns 艺术/n 研究院研究生部/nt", "东风/n 悦/ag 达起亚汽车公司/nt"): the longest name the text
     * supports runs back over the place names and short nouns written right before it, up to a verb, a function
     * word, a number or punctuation. Returns the widened start, or the term's own.
     */
    private static int orgStartBefore(List<Term> terms, int i, String text) {
        int start = terms.get(i).offset;
        int widened = start;
        for (int k = i - 1; k >= 0; k--) {
            Term p = terms.get(k);
            String n = p.nature.toString();
            // a one-character noun ("薯/n 繁育中心") is a common thing's name, and HanLP's nz is often a verb ("未见/nz")
            boolean modifier = n.equals("ns") || n.equals("ag") || n.equals("n") && p.word.length() == 2;
            if (!modifier || p.offset + p.word.length() != widened || start - p.offset > MAX_ORG_MODIFIERS
                    || !p.word.chars().allMatch(ch -> Chars.isHan(ch) && FUNCTION_CHARS.indexOf(ch) < 0 && !ChineseNumbers.isNumeralChar((char) ch))) {
                break;
            }
            widened = p.offset;
        }
        return widened;
    }

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * The Latin words of the document's code: its code regions and the identifiers, paths and markup it
     * protects ("HttpGlobalConfig.getTimeout()", "$HISTSIZE", "<HttpRequest>"). Names are not written there.
     */
    private static Set<String> codeWords(Document doc) {
        return codeWords(doc, true);
    }

    /** The Latin words of the code layer and, with {@code tokens}, of identifier, path and markup tokens too. */
    private static Set<String> codeWords(Document doc, boolean tokens) {
        Set<String> words = new HashSet<>();
        String text = doc.text();
        List<io.mixdoc.Span> code = new ArrayList<>();
        if (doc.has(Layers.CODE)) {
            code.addAll(doc.layer(Layers.CODE).spans());
        }
        if (tokens && doc.has(Layers.TOKEN)) {
            for (io.mixdoc.Token t : doc.layer(Layers.TOKEN).spans()) {
                if (t.kind() == io.mixdoc.TokenKind.IDENTIFIER || t.kind() == io.mixdoc.TokenKind.PATH || t.kind() == io.mixdoc.TokenKind.MARKUP) {
                    code.add(t);
                }
            }
        }
        for (io.mixdoc.Span sp : code) {
            Matcher m = LATIN_WORD.matcher(text).region(sp.start(), sp.end());
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** A number and a classifier HanLP read into an organisation's name: "一张", "两家", "三所". */
    private static final Pattern COUNTED_START = Pattern.compile("[一二两三四五六七八九十几数]+[张家所个座位名项台部辆只]");

    /** Whether the span is one Latin letter alone: a unit ("1G", "G力") or an initial, never a name by itself. */
    private static boolean unbalanced(String text, int start, int end) {
        int depth = 0;
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if (ch == '）' || ch == ')') {
                if (--depth < 0) {
                    return true;
                }
            }
        }
        return depth != 0;
    }

    private static boolean loneLetter(String text, int start, int end) {
        return end - start == 1 && Character.isLetter(text.charAt(start)) && text.charAt(start) < 0x250;
    }

    private static final Pattern VEHICLE_HEAD = Pattern.compile("汽车|客车");
    private static final Pattern VEHICLE_MAKER = Pattern.compile("\\p{IsHan}{2,4}(?:汽车|客车)");

    /**
     * "吉利汽车/nt", "骏威/nr 客车/n": a brand before 汽车 or 客车 names the maker of those vehicles, where the
     * segmenter reads the whole as an organisation or reads the brand as a name (not a place: "德国汽车" are
     * Germany's cars), the brand is no common word ("电动汽车", "新能源汽车") and no noun follows ("羊城汽车市场"
     * is a market; "厂", "厂商" are the maker's own). Null when the words name no maker.
     */
    private static Candidate vehicleMaker(List<Term> terms, int i) {
        Term t = terms.get(i);
        String n = t.nature.toString();
        int start = t.offset;
        int end;
        String brand;
        if (n.startsWith("nt") && VEHICLE_MAKER.matcher(t.word).matches() && !country(t.word.substring(0, t.word.length() - 2))) {
            end = t.offset + t.word.length();
            brand = t.word.substring(0, t.word.length() - 2);
        } else if ((n.startsWith("nr") || n.equals("nz") || n.equals("ntc") || n.startsWith("ns") && !country(t.word)) && i + 1 < terms.size()
                && VEHICLE_HEAD.matcher(terms.get(i + 1).word).matches() && terms.get(i + 1).offset == t.offset + t.word.length()
                && VEHICLE_MAKER.matcher(t.word + terms.get(i + 1).word).matches()) {
            end = terms.get(i + 1).offset + 2;
            brand = t.word;
            if (n.startsWith("nr") && !n.equals("nrf") && surnameLikelihood(brand.charAt(0)) > 0.3) {
                return null; // "王明/nr 汽车": a person's car
            }
        } else {
            return null;
        }
        int nextIndex = n.startsWith("nt") ? i + 1 : i + 2;
        if (nextIndex < terms.size()) {
            Term next = terms.get(nextIndex);
            if (next.offset == end && next.nature.toString().startsWith("n") && !next.word.startsWith("厂")) {
                return null;
            }
        }
        if (FUNCTION_CHARS.indexOf(brand.charAt(0)) >= 0) {
            brand = brand.substring(1); // "的羊城汽车/nt": the segmenter glued a function word to the name
            start++;
        }
        var readings = io.mixdoc.text.ChineseDictionary.get().readings(brand);
        boolean common = !readings.isEmpty() && readings.stream().allMatch(r -> Character.isLowerCase(r.pinyin().charAt(0)))
                && Gazetteer.get().zh(brand).isEmpty();
        return brand.length() < 2 || common ? null : new Candidate(start, end, EntityType.ORG, "pattern:vehicle-maker", 2);
    }

    private static boolean country(String place) {
        return Gazetteer.get().zh(place).filter(e -> e.id().matches("[A-Z]{2}")).isPresent();
    }

    /** How often HanLP must read a short word as a company's name before it is taken as one. */
    private static final int MIN_COMPANY_READINGS = 3;

    private static final Pattern GENERIC_ORG_START = Pattern.compile("^(?:该|此|本|这|那|各|某|两|一些|一家|一个|每|地方|有关|相关)");

    /**
     * "农业公司", "该公司", "环保委员会": a head noun after a determiner or after a common word names a kind
     * of organisation, not one. The words before the head must hold a name: a place, a proper noun, or
     * at least something the dictionary does not list as a common word.
     */
    static boolean genericOrg(String w) {
        Matcher head = ORG_SUFFIX.matcher(w);
        if (!head.find() || head.start() == 0) {
            return false;
        }
        String before = w.substring(0, head.start());
        if (GENERIC_ORG_START.matcher(before).find() || before.contains("某")) {
            return true;
        }
        var readings = io.mixdoc.text.ChineseDictionary.get().readings(before);
        if (!readings.isEmpty() && readings.stream().allMatch(r -> Character.isLowerCase(r.pinyin().charAt(0)))
                && Gazetteer.get().zh(before).isEmpty()) {
            return true;
        }
        return commonWordsOnly(before) && !properName(w) && !SCOPE_START.matcher(before).lookingAt();
    }

    /**
     * "很多买家对物流公司", "自动化及配送中心": 对 (towards) or 及 (and) standing as a word of its own inside what the
     * segmenter read as one organisation makes it a clause or a list; inside a word they belong to a name
     * ("对外经济贸易大学", "以及").
     */
    static boolean prepositionInside(String w) {
        var dict = io.mixdoc.text.ChineseDictionary.get();
        for (int k = 1; k < w.length() - 1; k++) {
            char c = w.charAt(k);
            if ((c == '对' || c == '及') && dict.readings(w.substring(k - 1, k + 1)).isEmpty()
                    && dict.readings(w.substring(k, k + 2)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The head of a shop's or a carrier's name: "星地超市", "凯美百货", "德邦快递", "中通速递", "中铁快运". */
    private static final Pattern SHOP_HEAD = Pattern.compile("超市|百货|快递|速递|快运|餐厅");

    /**
     * "德邦快递", "星地超市": a word no dictionary lists as a common one (a brand), of two characters or of three or four the
     * segmenter reads as one word, starting on its word edge, right before a shop's or a carrier's head is that business; a common word before
     * the head names a kind ("物流快递", "民营快递", "农家餐厅"), a function word or a number a clause.
     */
    private static void shopNames(String text, List<Candidate> cands, Set<Integer> termEdges) {
        for (Matcher m = SHOP_HEAD.matcher(text); m.find(); ) {
            int end = m.end();
            if (end < text.length() && Chars.isHan(text.charAt(end)) && !termEdges.contains(end)) {
                continue; // "快递员", "百货商店": the head is part of a longer word
            }
            if (m.start() > 0 && commonWord(text.substring(m.start() - 1, m.start() + 1))) {
                continue; // "快速递归": the head's first character ends a common word before it
            }
            for (int len = 2; len <= 4 && m.start() - len >= 0; len++) {
                int start = m.start() - len;
                if (start > 0 && Chars.isHan(text.charAt(start - 1)) && !termEdges.contains(start)) {
                    continue;
                }
                String brand = text.substring(start, m.start());
                boolean oneWord = len == 2 || java.util.stream.IntStream.range(start + 1, m.start()).noneMatch(termEdges::contains);
                boolean plain = oneWord && brand.chars().allMatch(ch -> Chars.isHan(ch) && FUNCTION_CHARS.indexOf(ch) < 0
                        && !ChineseNumbers.isNumeralChar((char) ch) && "、某该此本各每".indexOf(ch) < 0);
                if (plain && !commonWord(brand) && !commonWordsOnly(brand) && Gazetteer.get().zh(brand).isEmpty()
                        && !commonWord(brand.substring(brand.length() - 2))) {
                    cands.add(new Candidate(start, end, EntityType.ORG, "pattern:shop", 2));
                }
                break; // the shortest brand on a word edge only
            }
        }
    }

    /** A word CC-CEDICT reads in lower case, or one HanLP's dictionary lists as no kind of name. */
    private static boolean commonWord(String w) {
        for (var r : io.mixdoc.text.ChineseDictionary.get().readings(w)) {
            if (!r.pinyin().isEmpty() && Character.isLowerCase(r.pinyin().charAt(0))) {
                return true;
            }
        }
        var core = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        return core != null && java.util.Arrays.stream(core.nature).noneMatch(n -> n.toString().startsWith("n") && n.toString().length() > 1
                && "rstz".indexOf(n.toString().charAt(1)) >= 0);
    }

    /** A body's scope opening its name ("中央政治局", "国家体育总局", "世界科技出版社"): the one such body, named. */
    private static final Pattern SCOPE_START = Pattern.compile("国家|中央|世界|全国|国际");

    /**
     * "物流快递", "外资物流快递", "区域公共配送": words that CC-CEDICT lists, each read only in lower case (common words),
     * cover the text from end to end, longest first; no place, no proper noun among them.
     */
    static boolean commonWordsOnly(String words) {
        var dict = io.mixdoc.text.ChineseDictionary.get();
        int words2 = 0;
        for (int i = 0; i < words.length(); ) {
            int len = dict.longestMatch(words, i, words.length() - i);
            if (len < 2) {
                return false; // a single character, or none the dictionary lists: a name may be hiding there
            }
            String w = words.substring(i, i + len);
            var readings = dict.readings(w);
            if (readings.isEmpty() || !readings.stream().allMatch(r -> !r.pinyin().isEmpty() && Character.isLowerCase(r.pinyin().charAt(0)))
                    || Gazetteer.get().zh(w).isPresent() || ProperNouns.get().zh(w).isPresent()) {
                return false;
            }
            words2++;
            i += len;
        }
        return words2 >= 2;
    }

    /** A whole organisation's name that CC-CEDICT or HanLP's dictionary knows as a name ("建设银行", "国家体育总局"). */
    private static boolean properName(String w) {
        if (ProperNouns.get().zh(w).isPresent()) {
            return true;
        }
        var core = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        return core != null && (core.hasNatureStartsWith("nt") || core.hasNatureStartsWith("ns"));
    }

    /** "南京市委市政府": a party committee and its government written as one word. */
    private static final Pattern COMMITTEE_AND_GOVERNMENT = Pattern.compile("([\\p{IsHan}]{2,6}[省市县区州]委)[省市县区州]?政府");
    /** One-character heads of government bodies: "公安局", "外交部", "统计署". */
    private static final Pattern BODY_HEAD = Pattern.compile("[局部署厅]$");

    /**
     * "强中心" (做强中心城区), "开新局" (争先进位开新局): the segmenter reads a verb phrase ending in a head noun
     * as an organisation. A name before a head holds two characters or more (one alone is a kind: "总部",
     * "分公司"; a party, "工党", "绿党", may be one); before the one-character head of a government body it is
     * a word the dictionaries know ("公安局", "教育部") or a place, never a made-up pair ("开新局").
     */
    static boolean inventedOrg(String w) {
        Matcher head = ORG_SUFFIX.matcher(w);
        if (!head.find() || head.start() == 0 || head.group().equals("党") || head.group().endsWith("委")) {
            return false;
        }
        String before = w.substring(0, head.start());
        if (before.length() == 1) {
            return true;
        }
        return before.length() == 2 && BODY_HEAD.matcher(w).find() && head.group().length() == 1
                && io.mixdoc.text.ChineseDictionary.get().readings(before).isEmpty()
                && com.hankcs.hanlp.dictionary.CoreDictionary.get(before) == null
                && Gazetteer.get().zh(before).isEmpty();
    }

    /** Joins "扎帕/nr 罗夫/nrf" into one transliterated name. */
    private static List<Term> mergeNames(List<Term> terms) {
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            String n = t.nature.toString();
            if (!out.isEmpty()) {
                Term prev = out.get(out.size() - 1);
                String pn = prev.nature.toString();
                boolean names = (pn.equals("nr") || pn.equals("nrf")) && (n.equals("nr") || n.equals("nrf"))
                        && (pn.equals("nrf") || n.equals("nrf")) && prev.offset + prev.word.length() == t.offset;
                if (names) {
                    Term merged = new Term(prev.word + t.word, com.hankcs.hanlp.corpus.tag.Nature.nrf);
                    merged.offset = prev.offset;
                    out.set(out.size() - 1, merged);
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * "莫莉/nr 花/n 说", "莫莉/nr 花/n 走了": HanLP cuts a given name's last character off as a noun. A two-character
     * name followed, every time the document writes it (twice at least), by the same one-character noun is a
     * three-character name: the document's own repetition settles what one sentence cannot ("李明/nr 说/v" is a
     * verb after the name, and a name seen once keeps HanLP's reading).
     */
    static List<Term> givenNamesWhole(List<Term> terms) {
        Map<String, String> nextNoun = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (!t.nature.toString().equals("nr") || t.word.length() != 2) {
                continue;
            }
            seen.merge(t.word, 1, Integer::sum);
            Term next = i + 1 < terms.size() ? terms.get(i + 1) : null;
            boolean noun = next != null && next.word.length() == 1 && next.nature.toString().equals("n")
                    && next.offset == t.offset + 2 && Chars.isHan(next.word.charAt(0));
            String prior = nextNoun.get(t.word);
            nextNoun.put(t.word, noun && (prior == null || prior.equals(next.word)) && !"".equals(prior) ? next.word : "");
        }
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String last = nextNoun.get(t.word);
            if (last != null && !last.isEmpty() && seen.get(t.word) >= 2 && t.nature.toString().equals("nr") && i + 1 < terms.size()) {
                Term merged = new Term(t.word + last, t.nature);
                merged.offset = t.offset;
                out.add(merged);
                i++; // the noun is the name's last character
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** The longest foreign name read as one, in characters. */
    private static final int MAX_TRANSLITERATED = 8;

    /**
     * "弗/雷/德里克": the segmenter reads the end of a foreign name as a transliterated name (nrf) and leaves
     * its first syllables as single characters. Single-character words of transliterating characters right
     * beside a transliterated name belong to it: a word of two or more characters, a function word or any
     * other character ends the name.
     */
    private static List<Term> transliteratedWhole(List<Term> terms) {
        List<Term> out = new ArrayList<>(terms);
        for (int i = 0; i < out.size(); i++) {
            Term t = out.get(i);
            // a two-character ending is too short a clue ("贝/塞尔/曲线"); a name the dictionary knows is whole ("赫鲁晓夫")
            // HanLP also reads the middle of a long transliteration as a Chinese name ("凯/鲁阿米/nr/努/斯"): a core of
            // transliterating characters only, with syllables on both sides, is the middle of one name
            boolean foreignCore = t.nature.toString().equals("nr") && t.word.chars().allMatch(ch -> transliterating((char) ch));
            if (!(t.nature.toString().equals("nrf") || foreignCore) || t.word.length() < 3 || ProperNouns.get().zh(t.word).isPresent()) {
                continue;
            }
            int from = i;
            while (from > 0 && syllable(out.get(from - 1)) && out.get(from - 1).offset + 1 == out.get(from).offset
                    && i - from + 1 + t.word.length() <= MAX_TRANSLITERATED) {
                from--;
            }
            int to = i;
            while (to + 1 < out.size() && (syllable(out.get(to + 1)) || foreignCore && syllableBetween(out, to + 1))
                    && out.get(to).offset + out.get(to).word.length() == out.get(to + 1).offset
                    && to - from + 1 + t.word.length() <= MAX_TRANSLITERATED) {
                to++;
            }
            if (from == i && to == i || foreignCore && (from == i || to == i)) {
                continue;
            }
            StringBuilder w = new StringBuilder();
            for (int k = from; k <= to; k++) {
                w.append(out.get(k).word);
            }
            Term merged = new Term(w.toString(), com.hankcs.hanlp.corpus.tag.Nature.nrf);
            merged.offset = out.get(from).offset;
            out.subList(from, to + 1).clear();
            out.add(from, merged);
            i = from;
        }
        return out;
    }

    /**
     * A transliterating character the segmenter tagged a verb ("努/v"), with a syllable right after it: inside a
     * foreign name, not the name's end.
     */
    private static boolean syllableBetween(List<Term> terms, int k) {
        Term t = terms.get(k);
        return t.word.length() == 1 && t.nature.toString().startsWith("v") && TRANSLITERATION_CHARS.indexOf(t.word.charAt(0)) >= 0
                && k + 1 < terms.size() && terms.get(k + 1).offset == t.offset + 1 && syllable(terms.get(k + 1));
    }

    /**
     * A single character of the core transliteration table standing as its own word, no function word
     * ("弗", "雷"; not "和", nor "大" of "二十大").
     */
    private static boolean syllable(Term t) {
        if (t.word.length() != 1 || TRANSLITERATION_CHARS.indexOf(t.word.charAt(0)) < 0 || FUNCTION_CHARS.indexOf(t.word.charAt(0)) >= 0) {
            return false;
        }
        String n = t.nature.toString();
        return !(n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("r") || n.startsWith("m")
                || n.startsWith("q") || n.startsWith("w") || n.startsWith("v") || n.startsWith("d") && !n.equals("dg"));
    }

    /**
     * "南通营/商/环境": the segmenter glued the first character of the next word to a known place and left the
     * rest of that word as a single character. A place no dictionary lists, made of a place the core
     * dictionary or the gazetteer knows plus one character, with one bare character after it, is the
     * known place.
     */
    private static boolean lastCharStartsNextWord(String w, int end, Term following) {
        if (w.length() < 3 || following == null || following.offset != end || following.word.length() != 1
                || !Chars.isHan(following.word.charAt(0)) || following.nature.toString().startsWith("w")) {
            return false;
        }
        String known = w.substring(0, w.length() - 1);
        var whole = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        var part = com.hankcs.hanlp.dictionary.CoreDictionary.get(known);
        return whole == null && Gazetteer.get().zh(w).isEmpty() && io.mixdoc.text.ChineseDictionary.get().readings(w).isEmpty()
                && (part != null && part.hasNatureStartsWith("ns") || Gazetteer.get().zh(known).isPresent());
    }

    /** Regions named by a direction ("华北", "西南", "中东") or a continent's part ("亚太", "东亚", "北非"). */
    private static final Pattern REGION = Pattern.compile("[华东西南北中][东西南北中]|亚太|[东南西中北](?:亚|非|欧)");
    private static final Pattern HEAD_OF_STATE = Pattern.compile("总统|总理|首相|国王|女王|主席|外长|议长");

    /**
     * "凯塔/ns 总统/nnt": the segmenter's guess at a place, right before a head of state's title, is that
     * person's name when no gazetteer or dictionary knows it as a place ("法国总统" stays France's).
     */
    private static boolean personBeforeTitle(String w, Term following, int end) {
        if (following == null || following.offset != end || !HEAD_OF_STATE.matcher(following.word).matches() || w.length() < 2) {
            return false;
        }
        var core = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        return Gazetteer.get().zh(w).isEmpty() && ProperNouns.get().zh(w).isEmpty() && (core == null || !core.hasNatureStartsWith("ns"))
                && w.chars().allMatch(ch -> transliterating((char) ch));
    }

    private static boolean placeLike(String w) {
        if (w.length() < 2 || ZH_NOT_PLACES.contains(w) || FUNCTION_CHARS.indexOf(w.charAt(0)) >= 0 || w.endsWith("厅") // 人社厅: a department or a hall
                || "一二两三四五六七八九十各本该全第".indexOf(w.charAt(0)) >= 0
                || w.endsWith("的")) { // "第二天的": an ordinal or a phrase closed by 的 is no place's name
            return false;
        }
        // 中塔, 中欧: "China and X" compounds, not places, unless the gazetteer knows them
        return !(w.length() == 2 && w.charAt(0) == '中' && Gazetteer.get().zh(w).isEmpty());
    }

    /** How often the character starts a Chinese personal name, from HanLP's person-name roles (0..1). */
    static double surnameLikelihood(char c) {
        var item = PersonDictionary.dictionary.get(String.valueOf(c));
        if (item == null) {
            return 0;
        }
        int b = item.getFrequency(NR.B);
        int total = 0;
        for (var e : item.labelMap.entrySet()) {
            total += e.getValue();
        }
        return b < 100 || total == 0 ? 0 : (double) b / total;
    }

    // ---- gazetteer and patterns -----------------------------------------------------------------

    /**
     * The gazetteer's names where the text writes them. A two-character name must start or end on one of the
     * segmenter's word edges: "沿海地区" holds 海地 (Haiti) inside one word, and a short name is often such a
     * pair; the segmenter also glues a real name to its neighbours ("马里总/统治", "四名马里"), so one edge is
     * enough.
     */
    /** Words that make a place the first word of an institution's name: "南开大学", "邵阳市人民广场". */
    private static final Pattern NAMED_AFTER_PLACE = Pattern.compile("[省市县区]?(?:大学|学院|师范|师专|人民|中学|小学|医院)");

    /** A word of HanLP's core dictionary read first as a place (ns), three or two characters, inside a glued word. */
    private static Optional<String> placeWordAt(String text, int i, Set<Integer> glued) {
        for (int len = 3; len >= 2; len--) {
            if (i + len > text.length() || !glued.contains(i + len - 1)) {
                continue;
            }
            String w = text.substring(i, i + len);
            var attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
            if (attribute != null && attribute.nature[0].toString().equals("ns") && !ChineseNumbers.isNumeralChar(w.charAt(0))
                    && !NAMED_AFTER_PLACE.matcher(text).region(i + len, text.length()).lookingAt()) {
                return Optional.of(w); // not "三门/业务课" (a count), not "南开/大学" (a longer name's first word)
            }
        }
        return Optional.empty();
    }

    /** The shortest organisation or place word of HanLP's read as maybe glued from a place and the words around it. */
    private static final int MIN_GLUED = 4;

    /**
     * Gazetteer places where the text writes them as words. A two-character place needs one of its edges on the
     * segmenter's word edges, or to lie inside an organisation or place word HanLP's recognisers glued together
     * ("为泰州未来发展/nt", "2021年的郑州/ns", "盐城发展/nt"): such a word is a candidate of its own, longer than the
     * place, and wins the overlap where it is taken as a name; where it is not, the place inside is what it named.
     */
    private static void gazetteerZh(String text, List<Candidate> cands, Set<Integer> termEdges, Set<Integer> glued) {
        Gazetteer g = Gazetteer.get();
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isHan(text.charAt(i))) {
                continue;
            }
            Optional<String> name = g.longestZhAt(text, i);
            if (name.isEmpty() && glued.contains(i)) {
                name = placeWordAt(text, i, glued); // "泰州", "盐城": HanLP's own place words, not in the gazetteer
            }
            if (name.isPresent() && name.get().length() == 2 && !termEdges.contains(i) && !termEdges.contains(i + 2)
                    && !(glued.contains(i) && glued.contains(i + 1))) {
                continue;
            }
            if (name.isPresent()) {
                String n = name.get();
                cands.add(g.zh(n).isPresent() ? new Candidate(i, i + n.length(), g.zh(n).get().type(), "gazetteer", 3)
                        : new Candidate(i, i + n.length(), EntityType.PLACE, "hanlp:glued-ns", 2));
                i += n.length() - 1;
            }
        }
    }

    /**
     * CC-CEDICT's typed proper nouns ({@link ProperNouns}: 微软, 英特尔, 铜锣湾, 普京), where the text
     * writes one as whole words: its first and last characters on the segmenter's word edges, so that
     * a name is not read inside a longer word.
     */
    private static void properNounsZh(String text, List<Candidate> cands, Set<Integer> termEdges, io.mixdoc.Deadline deadline) {
        ProperNouns names = ProperNouns.get();
        for (int i = 0; i < text.length(); i++) {
            if ((i & 4095) == 0) {
                deadline.check();
            }
            if (!Chars.isHan(text.charAt(i)) || !termEdges.contains(i) || afterANumber(text, i)) {
                continue;
            }
            // the longest typed name of 2 to 12 characters that ends on a word edge: one trie walk, no substring per length
            int len = names.longestFindableAt(text, i, 12, termEdges::contains);
            if (len > 0) {
                cands.add(new Candidate(i, i + len, names.zh(text.substring(i, i + len)).get().type().get(), "cedict", 2));
            } else if (TRANSLITERATION_CHARS.indexOf(text.charAt(i)) >= 0) {
                // a foreign person's name in other characters of the same sounds ("勃烈日涅夫"): not a dictionary word
                int sounded = names.soundedPersonAt(text, i);
                if (sounded > 0 && !dictionaryWord(text.substring(i, i + sounded)) && nameChars(text, i, i + sounded)) {
                    cands.add(new Candidate(i, i + sounded, EntityType.PERSON, "cedict:sounded", 2));
                }
            }
        }
    }

    /** Units a number takes: "16日电" is the 16th's dispatch, not 日电 (NEC). */
    private static final String NUMBER_UNITS = "年月日号時时点點分秒个個万萬亿億";

    /** Does a number's unit start at {@code i} ({@code 10月16日电}, {@code 3个人})? */
    private static boolean afterANumber(String text, int i) {
        if (i == 0 || NUMBER_UNITS.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return Character.isDigit(before) || Chars.hanDigit(before) >= 0;
    }

    private static final Pattern PARTY_COMMITTEE = Pattern.compile("^[省市县区州镇乡]?委(?![员会托屈])");

    /** "南京市委", "江苏省委": a place and 委 is the party committee of that place, an organisation. */
    private static void partyCommittees(String text, List<Candidate> cands) {
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.type() == EntityType.PLACE && NameKeys.hasHan(text.substring(c.start(), c.end()))) {
                Matcher m = PARTY_COMMITTEE.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 3)));
                if (m.find()) {
                    added.add(new Candidate(c.start(), c.end() + m.end(), EntityType.ORG, "pattern:committee", 3));
                }
            }
        }
        cands.addAll(added);
    }

    private static final Pattern ORG_NAME_SUFFIX = Pattern.compile(
            "(学会|协会|研究会|委员会|联合会|基金会|医院|医学院|学院|大学|研究院|研究所|科院|工程院|中心|银行|集团|公司|日报|晚报|杂志|电视台|报社|出版社|俱乐部|总统府|"
                    + "博物馆|美术馆|图书馆|周刊|专刊|联盟|工会|总局|交易所|理事会|电视网|广播电台|篮球队|足球队|球队|党部|党支部|^[^报]{1,}报|"
                    // a fund, an army, a government department or bureau ("公共投资基金", "人民军", "教育厅", "卫生局"); not
                    // the rooms and the everyday words ending so ("大厅", "餐厅", "大局", "当局", "格局")
                    + "投资基金|主权基金|人民军|解放军|国防军|(?<![大客餐展舞歌门])厅|(?<![大格结布时当开出棋饭骗僵困新全变政战赌邮])局)$");

    /**
     * "中亚首个中国文化中心", "全国每家医院": a classifier or a word that counts or ranks ("首个", "每家") makes
     * the words after a place a description of one of many, not an organisation's name.
     */
    private static final Pattern COUNTED_TAIL = Pattern.compile("个|^(?:首|每|各|多|几|另)");

    private static final Pattern WEBSITE_CREDIT = Pattern.compile("网(?:编辑|记者|讯|消息|报道)");
    /** "四中", "十一中", "二小": a city's middle or primary school by its number. */
    private static final Pattern NUMBERED_SCHOOL = Pattern.compile("[一二三四五六七八九十]{1,3}[中小]");
    /** Venues whose names end in 中心: places, not the bodies 中心 ends more often ("国际会展中心", "博览中心"). */
    private static final Pattern VENUE_HEAD = Pattern.compile("(?:会展中心|展览中心|博览中心|会议中心|体育中心|国际会议中心)$");
    private static final Pattern PLACE_FACILITY_HEAD = Pattern.compile("山庄|广场|大厦|饭店|酒店|宾馆|机场|大桥|体育场|体育馆|公园|火车站");

    /**
     * "美国临床肿瘤学会", "北京大学第一医院": a place or organisation, then a few more characters and an
     * organisation's head noun, ending on a word edge, is one organisation's name. The middle may hold
     * no function word, number or punctuation, so that a clause is not read as a name.
     */
    private static void orgNames(String text, List<Candidate> cands, Set<Integer> termEdges) {
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.type() != EntityType.PLACE && c.type() != EntityType.ORG || !Chars.isHan(text.charAt(c.start()))) {
                continue;
            }
            if (WEBSITE_CREDIT.matcher(text).region(c.end(), text.length()).lookingAt()) {
                added.add(new Candidate(c.start(), c.end() + 1, EntityType.ORG, "pattern:website", 2));
                continue; // "松花江网编辑", "中国网讯": a news site credited by its staff or its dispatch
            }
            for (int end = Math.min(text.length(), c.end() + MAX_ORG_TAIL); end >= c.end() + 2; end--) {
                String tail = text.substring(c.end(), end);
                if (termEdges.contains(end) && VENUE_HEAD.matcher(tail).find() && c.type() == EntityType.PLACE
                        && tail.chars().allMatch(ch -> Chars.isHan(ch) && FUNCTION_CHARS.indexOf(ch) < 0)) {
                    added.add(new Candidate(c.start(), end, EntityType.FACILITY, "pattern:venue-name", 2));
                    break; // "湖南国际会展中心": a convention centre is a place, though 中心 ends many bodies' names
                }
                if (termEdges.contains(end) && ORG_NAME_SUFFIX.matcher(tail).find() && !COUNTED_TAIL.matcher(tail).find()
                        && (tail.length() <= MAX_TWO_HEAD_TAIL || oneHead(tail))
                        && tail.chars().allMatch(ch -> Chars.isHan(ch) && (FUNCTION_CHARS.indexOf(ch) < 0 || classicalZhi(tail, ch)) && ch != '、'
                        && (!ChineseNumbers.isNumeralChar((char) ch) || tail.startsWith("第")))) {
                    added.add(new Candidate(consultativeStart(text, c.start(), end), end, EntityType.ORG, "pattern:org-name", 2));
                    break;
                }
                if (termEdges.contains(end) && c.type() == EntityType.PLACE && NUMBERED_SCHOOL.matcher(tail).matches()) {
                    added.add(new Candidate(c.start(), end, EntityType.ORG, "pattern:numbered-school", 2));
                    break; // "郑州四中": a city's fourth middle school
                }
                if (termEdges.contains(end) && PLACE_FACILITY_HEAD.matcher(tail).matches() && c.type() == EntityType.PLACE) {
                    added.add(new Candidate(c.start(), end, EntityType.FACILITY, "pattern:facility-name", 2));
                    break; // "龙泉山庄", "天安门广场": a place's name on a facility
                }
            }
        }
        cands.addAll(added);
    }

    /**
     * "政协/巴彦淖尔市第五届委员会": a committee of the political consultative conference is named 政协, the place,
     * the session and 委员会; the segmenter and the place patterns start it at the place.
     */
    private static int consultativeStart(String text, int start, int end) {
        return start >= 2 && text.startsWith("政协", start - 2) && text.startsWith("委员会", end - 3) ? start - 2 : start;
    }

    /** The most characters between a place or organisation and the end of the organisation's head noun. */
    private static final int MAX_ORG_TAIL = 10;
    /**
     * The most such characters where the tail holds a head noun before its last ("北京大学第一医院"); a longer
     * tail with two heads is a clause ("纽约证券交易所上市公司": listed on the exchange, companies).
     */
    private static final int MAX_TWO_HEAD_TAIL = 8;

    /** Whether no head noun ends inside the tail before its last one ("正之本人体力学研究所"). */
    private static boolean oneHead(String tail) {
        Matcher last = ORG_NAME_SUFFIX.matcher(tail);
        if (!last.find()) {
            return false;
        }
        for (int k = 1; k < last.start(); k++) {
            if (ORG_NAME_SUFFIX.matcher(tail.substring(0, k)).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "北京正之本人体力学研究所": the classical 之 joins two characters inside a name, where the modern 的 would
     * join two words of a clause; it may stand in an organisation's name, though not first in it and not
     * right before its head noun ("北京之研究所" reads "Beijing's institute").
     */
    private static boolean classicalZhi(String tail, int ch) {
        if (ch != '之') {
            return false;
        }
        int at = tail.indexOf('之');
        Matcher head = ORG_NAME_SUFFIX.matcher(tail);
        return at > 0 && tail.indexOf('之', at + 1) < 0 && head.find() && at + 1 < head.start();
    }

    private static final Pattern EMBASSY = Pattern.compile("驻([\\p{IsHan}]{2,12}?)(大使馆|总领事馆|领事馆|使馆|代表处|代表团)");
    private static final Pattern EVENT = Pattern.compile(
            "([\\p{IsHan}]{2,8})(?:—|–|-|－)([\\p{IsHan}]{2,12}?)(峰会|论坛|博览会|运动会|会议|对话会)");

    private static void patternsZh(String text, List<Candidate> cands) {
        Gazetteer g = Gazetteer.get();
        for (Matcher m = EMBASSY.matcher(text); m.find(); ) {
            int start = m.start();
            // the sending country, written right before 驻
            for (int len = 6; len >= 2; len--) {
                if (start - len >= 0 && g.zh(text.substring(start - len, start)).isPresent()) {
                    start -= len;
                    break;
                }
            }
            cands.add(new Candidate(start, m.end(), EntityType.ORG, "pattern:embassy", 3));
        }
        // "中吉乌铁路", "中哈原油管道": China plus one-character country abbreviations plus a facility noun
        Set<Character> abbreviations = CountryAbbreviations.FIRST_CHARS;
        for (Matcher m = FACILITY_OF_ABBREVIATIONS.matcher(text); m.find(); ) {
            boolean ok = !m.group(1).isEmpty();
            for (char c : m.group(1).toCharArray()) {
                ok &= abbreviations.contains(c);
            }
            boolean genericPort = m.group(2).isEmpty() && m.group(3).matches("口岸|港口|港");
            if (ok && !genericPort && m.group(2).chars().noneMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0 || c == '、'
                    || ChineseNumbers.isNumeralChar((char) c) && c != '一')) {
                cands.add(new Candidate(m.start(), m.end(), EntityType.FACILITY, "pattern:abbreviation", 3));
            }
        }
        for (Matcher m = EVENT.matcher(text); m.find(); ) {
            // the first party is a known place ending right before the dash: "首届中国—中亚峰会"
            String before = m.group(1);
            for (int k = 0; k + 2 <= before.length(); k++) {
                if (g.zh(before.substring(k)).isPresent()) {
                    int start = m.start(1) + k;
                    Matcher ordinal = Pattern.compile("(首届|第[一二三四五六七八九十\\d]+届)$").matcher(text.substring(Math.max(0, start - 5), start));
                    if (ordinal.find()) {
                        start -= ordinal.group(1).length();
                    }
                    cands.add(new Candidate(start, m.end(), EntityType.EVENT, "pattern:event", 3));
                    break;
                }
            }
        }
    }

    /**
     * Characters of the standard Chinese transliteration of foreign names (Xinhua's tables): a run of
     * them next to a title ("托卡耶夫总统", "总统米尔济约耶夫") is a foreign person's name even when the
     * segmenter cut it apart.
     */
    private static final String TRANSLITERATION_CHARS = "阿埃艾爱安昂奥巴拔柏邦贝本比彼毕宾波伯博布达戴丹德登迪蒂丁杜多厄恩尔"
            + "法范菲费芬夫弗福富盖甘冈戈格古瓜圭哈海汉豪赫黑亨胡霍基吉加佳贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱兰朗劳勒雷蕾黎里利丽"
            + "连林琳卢鲁伦罗洛马迈麦曼芒梅蒙米密敏莫姆穆纳奈南内尼妮宁努诺欧帕潘佩彭皮普奇齐乔切钦琼萨塞桑瑟森沙尚舍什斯苏索塔泰坦"
            + "汤唐特提图托瓦万威维沃乌武西希锡夏谢辛休雅亚扬耶伊因尤约扎泽詹朱卓兹佐济娃娜莎丝赛松颂蓬通披素猜乍"
            + "朔勃涅"; // Russian and German sounds: "朔尔兹" Scholz, "勃列日涅夫" Brezhnev
    private static final Pattern TITLE = Pattern.compile("总统|总理|首相|外长|外交部长|国王|女王|议长|主席|秘书长|总干事|大使|副总统|王储");

    private static void transliteratedByTitle(String text, List<Candidate> cands) {
        Gazetteer g = Gazetteer.get();
        for (Matcher m = TITLE.matcher(text); m.find(); ) {
            // the name before the title
            int s = m.start();
            while (s > 0 && TRANSLITERATION_CHARS.indexOf(text.charAt(s - 1)) >= 0) {
                s--;
            }
            addTransliterated(text, s, m.start(), g, cands);
            // the name after it
            int e = m.end();
            while (e < text.length() && (TRANSLITERATION_CHARS.indexOf(text.charAt(e)) >= 0 || text.charAt(e) == '·')) {
                e++;
            }
            addTransliterated(text, m.end(), e, g, cands);
        }
    }

    private static void addTransliterated(String text, int s, int e, Gazetteer g, List<Candidate> cands) {
        if (e - s == 2 && !dictionaryWord(text.substring(s, e)) && titleAfterCountry(text, s, g)) {
            // "伊朗总统莱希": two syllables after a country's head of state; "总统马上" is a word, no name
            cands.add(new Candidate(s, e, EntityType.PERSON, "pattern:transliteration", 2));
            return;
        }
        if (e - s < 3 || e - s > 12) {
            return;
        }
        // "哈萨克斯坦总统": a country written in the same characters is no person; nor is "马来西亚总理"
        for (int k = s; k < e - 1; k++) {
            if (g.longestZhAt(text, k).filter(n -> n.length() >= 2).isPresent()) {
                return;
            }
        }
        cands.add(new Candidate(s, e, EntityType.PERSON, "pattern:transliteration", 2));
    }

    private static final Pattern DIVISION_SUFFIX = Pattern.compile("[\\p{IsHan}][省州市县区]");
    /** The most transliterating characters a division's name takes before the piece the segmenter read. */
    private static final int MAX_DIVISION_PREFIX = 5;

    /**
     * "南非豪登省" read as 南非 + 豪 + 登省: a two-character division ending in 省, 州, 市, 县 or 区 after transliterating
     * characters is the end of a foreign division's name; it starts after the place before it (南非) or the first
     * character that transliterates nothing.
     */
    private static void transliteratedDivisions(String text, List<Candidate> cands) {
        Gazetteer g = Gazetteer.get();
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.type() != EntityType.PLACE || c.end() - c.start() != 2 || !DIVISION_SUFFIX.matcher(text.substring(c.start(), c.end())).matches()
                    || g.longestZhAt(text, c.start()).filter(n -> n.length() >= 2).isPresent()
                    || com.hankcs.hanlp.dictionary.CoreDictionary.contains(text.substring(c.start(), c.end()))) {
                continue; // "苏州" is a known city whole: the character before it ("弘扬苏州") is none of its name
            }
            int s = c.start();
            while (s > 0 && c.start() - s < MAX_DIVISION_PREFIX && TRANSLITERATION_CHARS.indexOf(text.charAt(s - 1)) >= 0
                    && !placeEndsAt(text, s, g)) {
                s--;
            }
            if (s < c.start() && g.longestZhAt(text, s).isEmpty()) {
                added.add(new Candidate(s, c.end(), EntityType.PLACE, "pattern:transliterated-division", c.priority() + 1));
            }
        }
        cands.addAll(added);
    }

    /** Whether a place the gazetteer knows, two characters or more, ends at {@code at}. */
    private static boolean placeEndsAt(String text, int at, Gazetteer g) {
        for (int p = Math.max(0, at - 8); p <= at - 2; p++) {
            int from = p;
            if (g.longestZhAt(text, p).filter(n -> from + n.length() == at).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title of {@link #TITLE} ends at {@code at} with a country the gazetteer knows right before it. */
    private static boolean titleAfterCountry(String text, int at, Gazetteer g) {
        Matcher t = TITLE.matcher(text);
        for (int k = Math.max(0, at - 5); k < at; k++) {
            if (t.region(k, at).matches()) {
                int titleStart = k;
                for (int p = Math.max(0, k - 8); p < k; p++) {
                    int from = p;
                    if (g.longestZhAt(text, p).filter(n -> from + n.length() == titleStart && n.length() >= 2).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} is all Chinese characters that no function word or numeral holds. */
    private static boolean nameChars(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Chars.isHan(c) || FUNCTION_CHARS.indexOf(c) >= 0 || ChineseNumbers.isNumeralChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Characters that transliterate foreign given names and surnames beyond {@link #TRANSLITERATION_CHARS}. */
    private static final String MORE_TRANSLITERATION_CHARS = "翰瑞赖肯贝戴维茨温斯顿埃迪科罗拉多伦拜儒鲍璐逊卫大道怀廉";
    /** The middle dot of foreign names in Chinese ("大卫·洛克菲勒"), in its usual and its full-width forms. */
    private static final String NAME_DOTS = "·•・‧";

    private static boolean transliterating(char c) {
        return TRANSLITERATION_CHARS.indexOf(c) >= 0 || MORE_TRANSLITERATION_CHARS.indexOf(c) >= 0;
    }

    /**
     * Characters of transliterated names that are ordinary words elsewhere ("迭戈" Diego, "珍妮" Jenny, "朱利叶斯"
     * Julius, "哈立德" Khalid, "亚历桑德罗" Alejandro, "门德斯" Mendes, "黛博拉-李" Deborra-Lee): read as name
     * characters only beside a name's middle dot, which already says a foreign name is written there.
     */
    private static final String DOTTED_NAME_CHARS = "迭珍叶立历门李黛";
    /** Hyphens joining the parts of a hyphenated given name ("安-洛尔" Ann-Laure). */
    private static final String NAME_HYPHENS = "-－‐";

    private static boolean dottedNameChar(char c) {
        return transliterating(c) || DOTTED_NAME_CHARS.indexOf(c) >= 0;
    }

    /** Whether a name character, or a hyphen between two, stands at {@code k} (a hyphen only inside the run). */
    private static boolean dottedNameCharAt(String text, int k) {
        char c = text.charAt(k);
        if (NAME_HYPHENS.indexOf(c) >= 0) {
            return k > 0 && k + 1 < text.length() && dottedNameChar(text.charAt(k - 1)) && dottedNameChar(text.charAt(k + 1));
        }
        return dottedNameChar(c);
    }

    /**
     * "达里尔·道金斯", "小约翰·洛克菲勒": runs of transliterating characters joined by a middle dot are one
     * foreign person's name, however the segmenter cut them; "小"/"老" right before it (Junior, Senior)
     * belong to the name. A run that is a place the gazetteer knows ("中国·北京") is no person.
     */
    private static void dottedNames(String text, List<Candidate> cands, Set<Integer> termEdges) {
        Gazetteer g = Gazetteer.get();
        java.util.TreeSet<Integer> edges = null; // sorted only for a text with a dotted name: most have none
        for (int i = 0; i < text.length(); i++) {
            // the name before the dot must end in a transliterating character: "新闻·河南", "日报·交汇点" join an
            // outlet to its edition, not a given name to a surname
            if (NAME_DOTS.indexOf(text.charAt(i)) < 0 || i == 0 || !dottedNameChar(text.charAt(i - 1))) {
                continue;
            }
            int s = i;
            while (s > 0 && i - s < 7 && dottedNameCharAt(text, s - 1)) {
                s--;
            }
            if (s < i && NAME_HYPHENS.indexOf(text.charAt(s)) >= 0) {
                s++;
            }
            // or the segmenter's word before the dot, where it holds characters the table lacks ("怀特")
            if (edges == null) {
                edges = new java.util.TreeSet<>(termEdges);
            }
            Integer wordStart = edges.lower(i);
            if (wordStart != null && i - wordStart <= 4 && nameChars(text, wordStart, i)) {
                s = Math.min(s, wordStart);
            }
            if (s == i) {
                continue;
            }
            int e = i;
            // further dotted parts: "马丁·路德·金"
            while (e < text.length() && NAME_DOTS.indexOf(text.charAt(e)) >= 0) {
                int partEnd = e + 1;
                while (partEnd < text.length() && partEnd - e <= 8 && dottedNameCharAt(text, partEnd)) {
                    partEnd++;
                }
                if (partEnd == e + 1 && partEnd < text.length() && LATIN_INITIAL.matcher(text).region(partEnd, text.length()).lookingAt()) {
                    partEnd += 1; // "卡迪·B": a Latin initial as the last part
                }
                Integer wordEnd = edges.higher(e + 1);
                if (wordEnd != null && wordEnd - (e + 1) <= 4 && nameChars(text, e + 1, wordEnd)) {
                    partEnd = Math.max(partEnd, wordEnd);
                }
                if (partEnd == e + 1) {
                    break;
                }
                e = partEnd;
            }
            // "中国·北京": a place before the dot makes a place and its part; a surname that is also a place stays a
            // person's ("迭戈·门多萨", Mendoza), as a given name is no place
            if (e <= i + 1 || g.zh(text.substring(s, i)).isPresent()) {
                continue;
            }
            // "老约翰", "小小约翰": Senior, Junior, the Third; not the 老 of "元老"
            int prefix = s;
            while (s - prefix < 2 && prefix > 0 && "小老".indexOf(text.charAt(prefix - 1)) >= 0) {
                prefix--;
            }
            if (prefix < s && termEdges.contains(prefix)) {
                s = prefix;
            }
            cands.add(new Candidate(s, e, EntityType.PERSON, "pattern:dotted-name", 3));
            i = e;
        }
    }

    /** A single capital letter standing alone, the Latin initial that may end a dotted name. */
    private static final Pattern LATIN_INITIAL = Pattern.compile("[A-Z](?![A-Za-z0-9])");

    private static final Pattern LATIN_NAME = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z][A-Za-z&'’.\\-]*(?: ?[A-Z][A-Za-z&'’.\\-]*){0,4} ?(?=[\\p{IsHan}])");
    private static final Pattern ZH_HEAD_AFTER_LATIN = Pattern.compile(
            "(俱乐部|银行|大学|学院|公司|集团|协会|基金会|研究所|研究院|电视台|广播电台|杂志|日报|报社|委员会|"
                    + "国家公园|公园|酒店|饭店|山庄|群岛|海湾|广场|大厦|机场|大桥)$");
    /** The most Chinese characters between a Latin name and its head noun: "MaunaKea海滩酒店". */
    private static final int MAX_HEAD_REACH = 8;

    /**
     * "Sierra俱乐部", "Chase银行", "MaunaKea海滩酒店": a Latin name written before a Chinese head noun is one
     * organisation or facility, named half in each script; the longest such head wins ("…公园委员会" over
     * "…公园"). What stands between the name and the head may hold no function word or numeral, so that
     * a clause is not read as a name.
     */
    private static void latinWithChineseHead(String text, List<Candidate> cands) {
        for (Matcher m = LATIN_NAME.matcher(text); m.find(); ) {
            if (m.group().trim().length() < 2) {
                continue;
            }
            int from = m.end();
            int best = -1;
            for (int end = from + 1; end <= Math.min(text.length(), from + MAX_HEAD_REACH); end++) {
                char c = text.charAt(end - 1);
                if (!Chars.isHan(c) || FUNCTION_CHARS.indexOf(c) >= 0 || ChineseNumbers.isNumeralChar(c)) {
                    break;
                }
                if (ZH_HEAD_AFTER_LATIN.matcher(text.substring(from, end)).find()) {
                    best = end;
                }
            }
            if (best < 0) {
                continue;
            }
            String name = text.substring(from, best);
            EntityType type = ORG_SUFFIX.matcher(name).find() || name.matches(".*(俱乐部|杂志)")
                    ? EntityType.ORG : EntityType.FACILITY;
            cands.add(new Candidate(m.start(), best, type, "pattern:latin-head", 3));
        }
    }

    private static final Pattern QUOTED_NAME = Pattern.compile("“([\\p{IsHan}]{2,8}?)(" + FACILITY_SUFFIX.pattern().replace("$", "")
            + "|" + ORG_SUFFIX.pattern().replace("$", "") + ")”");

    /**
     * "“虬泓山庄”": a short name in quotation marks that ends in an organisation's or a facility's head noun
     * names one; the quotation marks set it off as a name even where the segmenter does not know it.
     */
    private static void quotedNames(String text, List<Candidate> cands, Set<Integer> termEdges) {
        for (Matcher m = QUOTED_NAME.matcher(text); m.find(); ) {
            String name = m.group(1) + m.group(2);
            if (name.chars().anyMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0) || genericOrg(name)) {
                continue;
            }
            EntityType type = FACILITY_SUFFIX.matcher(name).find() ? EntityType.FACILITY : EntityType.ORG;
            cands.add(new Candidate(m.start(1), m.end(2), type, "pattern:quoted-name", 2));
        }
    }

    /** "Liu江平": a pinyin surname left in Latin letters, the given name still in Chinese. */
    private static void mixed(String text, List<Candidate> cands, Set<String> knownPeople) {
        Set<String> people = null; // romanised names of the people found so far, computed on first need
        for (Matcher m = MIXED_NAME.matcher(text); m.find(); ) {
            String latin = m.group(1);
            String han = m.group(2);
            if (!Pinyin.isSyllable(latin)) {
                continue;
            }
            String romanised = latin.toLowerCase(java.util.Locale.ROOT) + NameKeys.roman(han);
            if (people == null) {
                people = new HashSet<>();
                for (String p : knownPeople) {
                    people.add(NameKeys.roman(p));
                }
                for (Candidate c : cands) {
                    if (c.type() == EntityType.PERSON) {
                        people.add(NameKeys.roman(text.substring(c.start(), c.end())));
                    }
                }
            }
            if (people.contains(romanised)) {
                cands.add(new Candidate(m.start(), m.end(), EntityType.PERSON, "mixed", 3));
            }
        }
    }

    private static final Pattern SURNAME_AND_TITLE = Pattern.compile("^[\\p{IsHan}](?:先生|女士|小姐|医生|大夫|老师|所长|院长|局长|主任|经理|教授|护士长|同志)$");

    /** "李某", "黄某某": a withheld name; "刘先生", "金医生": a surname and a title, no name. */
    private static boolean notAName(String w) {
        // 民国 is the Republic of China's era ("民国111年" is 2022), which the segmenter reads as a given name
        return w.endsWith("某") || SURNAME_AND_TITLE.matcher(w).matches() || w.equals("民国");
    }

    private static final Pattern ADMINISTRATION = Pattern.compile("^([\\p{IsHan}·]{2,6}?)(?:政府|政权|内阁)$");

    /**
     * Whether the words before "政府" name its leader ("李鹏政府", "福特政府", "马伊加政府": the person's
     * administration), not a place ("江苏省政府", "日本政府"): a Chinese name of two or three characters
     * or a transliterated one, that the text, the gazetteer and CC-CEDICT do not know as a place.
     */
    private static boolean leaderName(String name, Set<String> places) {
        if (places.contains(name) || Gazetteer.get().zh(name).isPresent() || name.matches(".*[省市县区州镇乡村国盟]$")
                || ProperNouns.get().zh(name).flatMap(ProperNouns.Name::type).filter(t -> t == EntityType.PLACE).isPresent()) {
            return false;
        }
        boolean chineseName = name.length() <= 3 && surnameLikelihood(name.charAt(0)) > 0.3 && nameChars(name, 0, name.length());
        boolean transliterated = name.length() >= 2 && name.chars().allMatch(ch -> transliterating((char) ch) || NAME_DOTS.indexOf(ch) >= 0);
        return chineseName || transliterated;
    }

    private static final Pattern GLOSS = Pattern.compile(
            "^[》」』”\"]?\\s*[（(]\\s*((?:the |The )?[A-Z][\\p{L}\\p{N}.&'’\\- ]{1,60}?|[\\p{IsHan}·]{2,20}?)\\s*(?:[）)]|[,，;；])");

    /**
     * "美国临床肿瘤学会（ASCO）", "杰克逊洞（Jackson Hole）": a name in the other script in brackets right
     * after a recognised name glosses it, and is a name of the same type.
     */
    private static List<Candidate> glosses(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            Matcher m = GLOSS.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 70)));
            if (m.find() && NameKeys.hasHan(m.group(1)) != NameKeys.hasHan(text.substring(c.start(), c.end()))) {
                String g = m.group(1).replaceFirst("^(?:the|The) ", "");
                int at = c.end() + m.end(1) - g.length();
                Matcher origin = BracketedForeignName.OF_PLACE.matcher(g);
                if (c.type() == EntityType.PERSON && origin.find()) {
                    // "泰勒斯(Thales of Miletus)": the person, and the place he is named by
                    int place = at + origin.start(1);
                    out.addAll(BracketedForeignName.origin(text, c.start(), place, place + origin.group(1).length(),
                            ch -> FUNCTION_CHARS.indexOf(ch) < 0 && !ChineseNumbers.isNumeralChar((char) ch)));
                    g = g.substring(0, g.indexOf(' '));
                }
                out.add(new Candidate(at, at + g.length(), c.type(), "gloss", 3));
            }
        }
        return out;
    }

    private static final Pattern BRACKETED_LATIN = Pattern.compile("[（(]\\s*((?:the |The )?[A-Z][A-Za-z.&'’\\- ]{1,60}?)\\s*[）)]");
    /** The most Chinese characters a name glossed by a bracketed Latin name is read back over. */
    private static final int MAX_GLOSSED_NAME = 6;
    /** How close an unknown Chinese name must read to the unknown Latin name in brackets after it. */
    private static final double GLOSS_TRANSLITERATION = 0.55;

    /**
     * "杰克逊洞（JacksonHole）", "罗弗（Rover）": a Latin name in brackets right after Chinese nouns glosses the
     * name they end in. Read back from the bracket over the segmenter's nouns, one of them tagged as a
     * name, stopping at a name already found ("英国" in "英国罗弗"). A Latin name already found gives its type
     * to the Chinese one; two unknown names must read alike (a transliteration), the Chinese tag typing both.
     */
    private static List<Candidate> reverseGlosses(String text, List<Candidate> found, Map<Integer, Term> termByEnd) {
        List<Candidate> out = new ArrayList<>();
        Map<Integer, Candidate> foundByStart = new HashMap<>();
        java.util.TreeMap<Integer, Candidate> foundByEnd = new java.util.TreeMap<>();
        for (Candidate c : found) {
            foundByStart.put(c.start(), c);
            foundByEnd.put(c.end(), c);
        }
        for (Matcher m = BRACKETED_LATIN.matcher(text); m.find(); ) {
            int open = m.start();
            if (open == 0 || !Chars.isHan(text.charAt(open - 1))) {
                continue; // nothing Chinese before it
            }
            if (foundByEnd.containsKey(open)) {
                // the name before it is known: the forward gloss links them, unless a person's full name
                // retypes it ("哈里斯(Sydney J.Harris)", 哈里斯 read as a place)
                if (foundByEnd.get(open).type() != EntityType.PERSON) {
                    int latinStart = m.end(1) - m.group(1).replaceFirst("^(?:the|The) ", "").length();
                    out.addAll(BracketedForeignName.read(text, open, latinStart, m.end(1), true, foundByStart, termByEnd,
                            c -> FUNCTION_CHARS.indexOf(c) < 0 && !ChineseNumbers.isNumeralChar((char) c)));
                }
                continue;
            }
            int s = open;
            String tag = null;
            for (Term t = termByEnd.get(s); t != null && open - t.offset <= MAX_GLOSSED_NAME; t = termByEnd.get(s)) {
                String n = t.nature.toString();
                if (!n.startsWith("n") || n.startsWith("nn") || !nameChars(text, t.offset, s)) {
                    break;
                }
                if (tag != null && tag.startsWith("nr") && n.equals("n")) {
                    break; // "嫌疑人/赛波夫(Sayfullo Saipov)": a common noun before a person's name is his role, no part of it
                }
                if (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nz")) {
                    tag = tag == null ? n : tag;
                }
                s = t.offset;
                Candidate before = foundByEnd.get(s);
                if (before != null) {
                    if (tag == null && open - before.start() <= MAX_GLOSSED_NAME) {
                        // "杰克逊/洞（JacksonHole）": only common nouns so far, so the known name before them heads
                        // the glossed name
                        s = before.start();
                        tag = before.type() == EntityType.PERSON ? "nr" : before.type() == EntityType.PLACE ? "ns" : "nt";
                    }
                    break; // "英国/罗弗": a known name before a name is not part of it
                }
            }
            String latin = m.group(1).replaceFirst("^(?:the|The) ", "");
            int latinStart = m.end(1) - latin.length();
            Candidate known = foundByStart.get(latinStart);
            // a person's name glossed by a person's full name ("王尔德(Oscar Wilde)") is that person, however it reads
            boolean personGlossed = tag != null && tag.startsWith("nr") && BracketedForeignName.personShaped(latin);
            if (personGlossed && known != null && known.end() != m.end(1)) {
                known = null; // "Sydney" read alone as a place, in "哈里斯(Sydney J.Harris)"
            }
            if (tag == null || open - s < 2
                    || known == null && !personGlossed && Transliteration.similarity(text.substring(s, open), latin) < GLOSS_TRANSLITERATION) {
                out.addAll(BracketedForeignName.read(text, open, latinStart, m.end(1), false, foundByStart, termByEnd,
                        c -> FUNCTION_CHARS.indexOf(c) < 0 && !ChineseNumbers.isNumeralChar((char) c)));
                continue;
            }
            String han = text.substring(s, open);
            if (known != null) {
                out.add(new Candidate(s, open, known.type(), "gloss", 3));
            } else {
                EntityType type = tag.startsWith("nr") || BracketedForeignName.withInitial(latin) ? EntityType.PERSON
                        : tag.startsWith("ns") ? EntityType.PLACE : EntityType.ORG;
                out.add(new Candidate(s, open, type, "gloss", 3));
                out.add(new Candidate(latinStart, m.end(1), type, "gloss", 3));
            }
        }
        return out;
    }

    /**
     * Whether an English event's name is a title of its own: a word besides its places and its head noun ("Amsterdam
     * Light Festival", "Bangkok International Motor Show"). Such a title hides the places in it, as a work's title does;
     * a name made of places and the head alone says where the event met ("the Tianjin Summit", "the China-Central Asia
     * Xi'an Summit"), and its places stay mentions.
     */
    static boolean titledEvent(String text, Candidate event, List<Candidate> found) {
        StringBuilder rest = new StringBuilder(text.substring(event.start(), event.end()));
        for (Candidate p : found) {
            if (p.type() == EntityType.PLACE && p.start() >= event.start() && p.end() <= event.end()) {
                for (int i = p.start(); i < p.end(); i++) {
                    rest.setCharAt(i - event.start(), ' ');
                }
            }
        }
        String[] words = rest.toString().trim().split("[\\s\\-–—]+");
        int own = 0;
        for (String w : words) {
            own += w.chars().anyMatch(Character::isLetter) ? 1 : 0;
        }
        return own >= 2; // the head noun and at least one word of the title
    }

    // ---- the document's own repeated names ------------------------------------------------------

    private static final Pattern ZH_ORG_HEAD = Pattern.compile("(公司|集团|集團|有限公司|股份有限公司)$");

    /**
     * A name found once is a name wherever the text writes it again: each further occurrence of a
     * recognised name (and of a company's short name, "耐克" for "耐克公司") becomes a mention of the same
     * type, where the occurrence is a whole word: Chinese at the segmenter's word edges, Latin at word
     * boundaries.
     */
    private static List<Candidate> repeated(String text, List<Candidate> found, Set<Integer> termEdges) {
        Map<String, EntityType> names = new java.util.LinkedHashMap<>();
        for (Candidate c : found) {
            if (c.type() == EntityType.EVENT) {
                continue;
            }
            String w = text.substring(c.start(), c.end());
            names.putIfAbsent(w, c.type());
            if (w.indexOf('\n') > 0 && NameKeys.hasHan(w)) {
                names.putIfAbsent(w.replace("\n", ""), c.type()); // "狄奥⏎根尼" cut by a hard-wrapped line is 狄奥根尼
            }
            int lastDot = c.type() == EntityType.PERSON ? Math.max(w.lastIndexOf('·'), w.lastIndexOf('•')) : -1;
            if (lastDot > 0 && w.length() - lastDot - 1 >= 2) {
                names.putIfAbsent(w.substring(lastDot + 1), EntityType.PERSON); // "安本·皮莱" … "皮莱说": the surname alone
            }
            Matcher head = ZH_ORG_HEAD.matcher(w);
            if (c.type() == EntityType.ORG && head.find() && head.start() >= 2) {
                names.putIfAbsent(w.substring(0, head.start()), EntityType.ORG);
            }
            if (c.source().equals("pattern:numbered-school")) {
                Matcher school = NUMBERED_SCHOOL_AT_END.matcher(w);
                if (school.find()) {
                    names.putIfAbsent(school.group(), EntityType.ORG); // "郑州四中" … "四中": the school without its city
                }
            }
        }
        java.util.TreeMap<String, EntityType> searched = new java.util.TreeMap<>();
        for (Map.Entry<String, EntityType> e : names.entrySet()) {
            String w = e.getKey();
            boolean han = NameKeys.hasHan(w);
            if (!(han ? w.length() < 2 : w.length() < 3 || w.chars().noneMatch(Character::isUpperCase))) {
                searched.put(w, e.getValue());
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (searched.isEmpty()) {
            return out;
        }
        // One pass over the text for all names, walking a trie of them at each character: a search per
        // name would cost names x text, and so would trying every name with the same first character (a
        // long Chinese text has hundreds of names starting with 中), both growing with the square of the
        // document. (HanLP's Aho-Corasick trie did this too, but its builder allocates 18 MB of arrays
        // whatever the number of names: built per document, that was 6 KB allocated per byte of a 3 KB page.)
        // Each occurrence is found once; the hits are sorted below, so the order of the search is free.
        String[] keys = searched.keySet().toArray(String[]::new); // sorted: a TreeMap's keys
        io.mixdoc.text.CharTrie trie = io.mixdoc.text.CharTrie.of(keys);
        for (int at = 0; at < text.length(); at++) {
            int node = trie.root();
            for (int end = at; end < text.length(); end++) {
                if (end > at && wrappedBetweenHan(text, end)) {
                    continue; // "奥威⏎尔": a hard-wrapped line cut the name; the break stays inside the mention
                }
                node = trie.step(node, text.charAt(end));
                if (node == io.mixdoc.text.CharTrie.NONE) {
                    break;
                }
                int key = trie.value(node);
                if (key != io.mixdoc.text.CharTrie.NONE) {
                    repeatedAt(text, at, end + 1, keys[key], searched, termEdges, out);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end)); // deterministic
        return out;
    }

    /** Whether {@code text[at]} is a line break between two Chinese characters, as a hard-wrapped line leaves. */
    private static boolean wrappedBetweenHan(String text, int at) {
        return text.charAt(at) == '\n' && at + 1 < text.length() && Chars.isHan(text.charAt(at - 1)) && Chars.isHan(text.charAt(at + 1));
    }

    private static final Pattern NUMBERED_SCHOOL_AT_END = Pattern.compile("[一二三四五六七八九十]{1,3}[中小]$");

    /** Words that join the names of a list: "广汽与江淮", "一汽、东风". */
    private static final String LIST_JOINERS = "、和与及同跟";
    /** The longest name read as a list item beside an organisation. */
    private static final int MAX_LISTED_NAME = 6;

    /**
     * "广汽与江淮", "现代、起亚和江淮": a name listed with a company, right beside it, is a company too, where
     * it is one whole word of two to six name characters, set off on both sides by punctuation, a joiner or
     * a function word, that the dictionary does not give as a common word
     * (so "广汽和员工" adds nothing). Only the item next to the joiner is read.
     */
    private static List<Candidate> companiesListedWithCompanies(String text, List<Candidate> found, Set<Integer> termEdges) {
        List<Candidate> out = new ArrayList<>();
        Map<Integer, Candidate> byStart = new HashMap<>();
        Map<Integer, Candidate> byEnd = new HashMap<>();
        for (Candidate c : found) {
            byStart.put(c.start(), c);
            byEnd.put(c.end(), c);
        }
        for (Candidate c : found) {
            if (c.type() != EntityType.ORG || !NameKeys.hasHan(text.substring(c.start(), c.end()))) {
                continue;
            }
            // the item after it: "广汽与|江淮"
            if (c.end() < text.length() && LIST_JOINERS.indexOf(text.charAt(c.end())) >= 0) {
                int from = c.end() + 1;
                for (int end = Math.min(text.length(), from + MAX_LISTED_NAME); end >= from + 2; end--) {
                    if (listedName(text, from, end, termEdges, byStart, byEnd)) {
                        out.add(new Candidate(from, end, EntityType.ORG, "pattern:listed-company", 3));
                        break;
                    }
                }
            }
            // the item before it: "江淮|和广汽"
            if (c.start() > 0 && LIST_JOINERS.indexOf(text.charAt(c.start() - 1)) >= 0) {
                int to = c.start() - 1;
                for (int start = Math.max(0, to - MAX_LISTED_NAME); start <= to - 2; start++) {
                    if (listedName(text, start, to, termEdges, byStart, byEnd)) {
                        out.add(new Candidate(start, to, EntityType.ORG, "pattern:listed-company", 3));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean listedName(String text, int start, int end, Set<Integer> termEdges,
                                      Map<Integer, Candidate> byStart, Map<Integer, Candidate> byEnd) {
        if (!termEdges.contains(start) || !termEdges.contains(end) || !nameChars(text, start, end)) {
            return false;
        }
        // one word of the segmenter's, bounded on both sides by punctuation, a joiner or a function word
        for (int k = start + 1; k < end; k++) {
            if (termEdges.contains(k)) {
                return false;
            }
        }
        if (!(start == 0 || listBound(text.charAt(start - 1))) || !(end == text.length() || listBound(text.charAt(end)))) {
            return false;
        }
        Candidate known = byStart.get(start);
        if (known != null && (known.end() != end || known.type() == EntityType.PERSON) || byEnd.containsKey(end) && byEnd.get(end).start() != start) {
            return false; // part of, or another kind of, name already found
        }
        String w = text.substring(start, end);
        Matcher kind = KIND_OF_COMPANY.matcher(w);
        if (kind.find() && (kind.start() == 0 || dictionaryWord(w.substring(0, kind.start())))) {
            return false; // "淘宝和快递公司", "与物流公司": a common word and a company's head name a kind of company, not one
        }
        var readings = io.mixdoc.text.ChineseDictionary.get().readings(w);
        return readings.isEmpty() || readings.stream().anyMatch(r -> Character.isUpperCase(r.pinyin().charAt(0)));
    }

    /** The head of a company's name; after a common word ("物流公司", "外资企业") it names a kind of company. */
    private static final Pattern KIND_OF_COMPANY = Pattern.compile("(?:公司|企业|集团|平台|网站|商家|银行)$");

    private static boolean listBound(char c) {
        return !Chars.isHan(c) || LIST_JOINERS.indexOf(c) >= 0 || FUNCTION_CHARS.indexOf(c) >= 0;
    }

    /** A Latin word with one Chinese character between two of its lower-case letters ("Al鄄varAalto"). */
    private static final Pattern LATIN_WITH_STRAY_HAN = Pattern.compile("(?<![A-Za-z])[A-Z][A-Za-z]*[a-z]\\p{IsHan}[a-z][A-Za-z]*");

    /**
     * "Al鄄varAalto", "VenrockAssoci鄄ates": text converted from print keeps the hyphen that broke a word at a
     * line end as a stray Chinese character (often 鄄, a mis-decoded soft hyphen). No Chinese word stands
     * between two lower-case letters of one Latin word: where the word without it is a name found in the
     * text, it is that name again.
     */
    private static List<Candidate> strayHanInLatin(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        Map<String, EntityType> latinNames = null; // computed on first need: most texts have no such word
        for (Matcher m = LATIN_WITH_STRAY_HAN.matcher(text); m.find(); ) {
            if (latinNames == null) {
                latinNames = new HashMap<>();
                for (Candidate c : found) {
                    String w = text.substring(c.start(), c.end());
                    if (!NameKeys.hasHan(w)) {
                        latinNames.putIfAbsent(w, c.type());
                    }
                }
            }
            EntityType type = latinNames.get(NameKeys.withoutStrayHan(m.group()));
            if (type != null) {
                out.add(new Candidate(m.start(), m.end(), type, "ocr-split", 3));
            }
        }
        return out;
    }

    /** The longest company short name a joint venture's name ends in ("广州现代", "东风日产"). */
    private static final int MAX_PARTNER_LENGTH = 3;

    /**
     * "广汽现代", "广州现代", "东风日产": a company's short name written right after another company or a city
     * names their joint venture, one organisation. A country before a company ("韩国现代") says where the
     * company is from: those stay two names.
     */
    private static List<Candidate> jointVentures(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        Gazetteer g = Gazetteer.get();
        for (int k = 0; k + 1 < found.size(); k++) {
            Candidate a = found.get(k);
            Candidate b = found.get(k + 1);
            String first = text.substring(a.start(), a.end());
            String partner = text.substring(b.start(), b.end());
            boolean company = a.type() == EntityType.ORG
                    || a.type() == EntityType.PLACE && g.zh(first).filter(e -> e.id().matches("[A-Z]{2}")).isEmpty();
            if (company && a.end() == b.start() && b.type() == EntityType.ORG && NameKeys.hasHan(first)
                    && partner.length() >= 2 && partner.length() <= MAX_PARTNER_LENGTH && nameChars(text, b.start(), b.end())) {
                out.add(new Candidate(a.start(), b.end(), EntityType.ORG, "pattern:joint-venture", 3));
            }
        }
        return out;
    }

    /** Adds the occurrence of the name {@code w} at {@code [at, end)} when it stands there as a whole word. */
    private static void repeatedAt(String text, int at, int end, String w, Map<String, EntityType> searched,
                                   Set<Integer> termEdges, List<Candidate> out) {
        boolean han = NameKeys.hasHan(w);
        boolean startEdge = termEdges.contains(at) || !Chars.isHan(text.charAt(Math.max(0, at - 1))) || at == 0;
        boolean endEdge = termEdges.contains(end) || end == text.length() || !Chars.isHan(text.charAt(end));
        // The segmenter often glues a known person's name to the verb after it ("李/简钦佩"): a Chinese
        // person's name of three characters is rare inside other words, one of two needs one edge.
        boolean person = searched.get(w) == EntityType.PERSON && w.length() <= 4;
        boolean whole = han ? (person && (w.length() >= 3 || startEdge || endEdge)) || startEdge && endEdge
                : (at == 0 || !latinWordChar(text.charAt(at - 1))) // "12支SK-II涉案": Latin may touch Chinese
                && (end == text.length() || !latinWordChar(text.charAt(end)))
                && !(searched.get(w) == EntityType.PLACE && capitalisedWordAfter(text, end)) // "Europa Clipper": a longer name
                && !(searched.get(w) == EntityType.PLACE && capitalisedWordInsideSentenceBefore(text, at)); // "our Blue Moon lander"
        if (whole) {
            out.add(new Candidate(at, end, searched.get(w), "repeated", 1));
        }
    }

    /**
     * Whether a capitalised frequent English word that does not open its sentence and one space come right before
     * {@code at}: the name is the tail of a longer one ("our Blue Moon lander", "President Moon"); "In Texas," opens a
     * sentence.
     */
    private static boolean capitalisedWordInsideSentenceBefore(String text, int at) {
        if (at < 3 || text.charAt(at - 1) != ' ' || !Character.isLowerCase(text.charAt(at - 2)) || text.charAt(at - 2) >= 0x250) {
            return false;
        }
        int start = at - 2;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 0x250) {
            start--;
        }
        if (!Character.isUpperCase(text.charAt(start)) || !EnglishNames.isCommon(text.substring(start, at - 1))) {
            return false; // "NASA's Galileo Jupiter probe": after a name the place may still be one
        }
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isLetterOrDigit(text.charAt(i)) || i >= 0 && ",".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether one space and a capitalised Latin word follow {@code end}: the name goes on ("Europa Clipper", "Minnesota Wild"). */
    private static boolean capitalisedWordAfter(String text, int end) {
        return end + 2 < text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) < 0x250
                && Character.isUpperCase(text.charAt(end + 1)) && Character.isLowerCase(text.charAt(end + 2));
    }

    private static boolean latinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    // ---- overlaps -------------------------------------------------------------------------------

    /**
     * Longest first, then highest priority; a candidate overlapping a kept one is dropped, except
     * places nested inside a kept organisation, facility or event name, which are kept as well.
     */
    private static boolean nestedPlace(Candidate c, Candidate k) {
        return c.type() == EntityType.PLACE && (k.type() == EntityType.EVENT || k.type() == EntityType.FACILITY)
                && c.start() >= k.start() && c.end() <= k.end() && c.priority() >= 2;
    }

    /**
     * {@link #resolve} of a candidate list the rules only add to: {@code apply} asks for the kept candidates a dozen
     * times and most rules add nothing, so the overlaps are resolved again only when the list has changed. The
     * kept list is read-only, since several rules read the same one.
     */
    private static final class Kept {
        private final List<Candidate> cands;
        private int resolvedSize = -1;
        private List<Candidate> kept;

        Kept(List<Candidate> cands) {
            this.cands = cands;
        }

        List<Candidate> get() {
            if (cands.size() != resolvedSize) {
                kept = java.util.Collections.unmodifiableList(resolve(cands));
                resolvedSize = cands.size();
            }
            return kept;
        }

        /** Removes candidates from the list; the next {@link #get} resolves again. */
        void removeIf(java.util.function.Predicate<Candidate> drop) {
            if (cands.removeIf(drop)) {
                resolvedSize = -1;
            }
        }
    }

    private static List<Candidate> resolve(List<Candidate> cands) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.length()).thenComparingInt(c -> -c.priority())
                .thenComparingInt(Candidate::start));
        // Kept candidates by start: only those starting within the longest candidate's length before
        // c can overlap it, so each question looks at a few neighbours, not at every kept name.
        java.util.TreeMap<Integer, List<Candidate>> keptByStart = new java.util.TreeMap<>();
        int longest = sorted.isEmpty() ? 0 : sorted.get(0).length();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            List<Candidate> overlapping = new ArrayList<>();
            for (List<Candidate> near : keptByStart.subMap(c.start() - longest, true, c.end(), false).values()) {
                for (Candidate k : near) {
                    if (c.overlaps(k)) {
                        overlapping.add(k);
                    }
                }
            }
            // A place inside an organisation's name may stay beside it, if nothing else overlaps it.
            boolean nestedPlace = overlapping.size() == 1 && nestedPlace(c, overlapping.get(0));
            if (overlapping.isEmpty() || nestedPlace) {
                kept.add(c);
                keptByStart.computeIfAbsent(c.start(), x -> new ArrayList<>()).add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return kept;
    }
}
