package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.facts.Approx;
import io.mixdoc.facts.DateMention;
import io.mixdoc.facts.EntityMention;
import io.mixdoc.facts.EntityType;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.Quantity;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.testkit.SharedData;
import io.mixdoc.testkit.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: structure and facts on real news (the hand-made gold in {@code data/gold/news}, texts read
 * from {@code ../shared/eval}) hold floors set at the figures reached. Raise a floor when mixdoc improves;
 * never lower one to make a change pass. An evaluation suite: runs in the shared-eval profile, where a
 * missing text fails it.
 */
@Tag(SharedData.TAG)
class NewsFactsFloorTest {
    // reached on 2026-11-30 (issue 15): mention F1 0.839 (P 0.889, R 0.794; English names by grammar), links 9/11, quantities 0.932,
    // dates 0.946, datelines 7/7, bylines 3/3, publication dates 35/35, turns 34/34 at precision 1.0
    // merged with Chinese entities by principle (s6-15-zh, 0.840 alone): mention F1 0.851 (P 0.906, R 0.801)
    // the gold grew to 41 pages (s7-15-zh: six more Chinese pages, annotated before running mixdoc; technical
    // text, a forum error page, fan fiction, an admissions notice, a sociology paper, a political meeting):
    // the first 35 now reach mention F1 0.856, quantities 0.933, dates 0.959 (all up), the six 0.371/0.681/0.286;
    // the floors below hold the 41 (mention F1 0.812, quantities 0.911, dates 0.929, publication dates 38/38)
    // the gold widened to 44 pages (s7-15-en: 9 more English pages, annotated before reading mixdoc's output): the same
    // code scored mention F1 0.832 on the 44 (0.692 on the 9 new), quantities 0.924, dates 0.935, datelines 10/11,
    // publication dates 43/44; floors follow the wider gold, which is harder, not a regression. After first names,
    // world cities and organisation-name fixes: mention F1 0.841 (P 0.906, R 0.784; the 9 new pages 0.736)
    // both batches together (session 8 merge): 50 pages (26 Chinese, 24 English), mention F1 0.808 (P 0.891,
    // R 0.738), links 9/11, quantities 0.905, dates 0.921, datelines 10/11, publication dates 46/47
    // s8-15-en: 5 more English pages (annotated before running mixdoc; on them mention F1 0.700) make 55; the same code
    // scored mention F1 0.802, quantities 0.907, dates 0.917, datelines 11/13, bylines 3/4, publication dates 51/52. After
    // colon and press-release datelines, wire credits, lone legislatures, worlds, parts of places, initials, seats of
    // government, tweet signatures, years by their words, fixtures ahead, nationals counted: mention F1 0.821 (P 0.896,
    // R 0.758), links 9/11, quantities 0.914, dates 0.928, datelines 13/13, bylines 4/4, 51/52; floors just under
    // s8-15-zh (names alone in table cells, a table is no headline list, two-digit years, US broadcasters, names the
    // segmenter reads only now and then, 政协 committees, 赵紫阳先生): mention F1 0.816 (P 0.885, R 0.757), links 10/11,
    // quantities 0.908, dates 0.924; the floors sit just under these
    // both merged (session 8), 55 pages: mention F1 0.829 (P 0.890, R 0.776), links 10/11, quantities 0.918, dates
    // 0.932, datelines 13/13, bylines 4/4, publication dates 51/52
    // s9-15-en: 3 more English pages (annotated before running mixdoc; on them mention F1 0.734, quantities 0.714 — the
    // gold leaves out model sizes such as "the 16-inch MacBook Pro" — dates 0.875) make 58; the same code scored mention
    // F1 0.826, quantities 0.913, dates 0.929. After outlets by kind and as sources, more nationality adjectives, teams
    // named after places, possessive years and a bare month's year from "November 2016": mention F1 0.835 (P 0.899,
    // R 0.780), links 10/11, quantities 0.913, dates 0.939, datelines 13/13, bylines 4/4, publication dates 54/55;
    // the floors sit just under these
    // s9-15-zh (vehicle makers, chairpersons, numbered schools, a story's characters, CC-CEDICT variants, fields of
    // study in a list): mention F1 0.872 (P 0.920, R 0.829), the rest unchanged; the mention floor sits just under it
    // both merged (session 8), 58 pages: mention F1 0.877 (P 0.928, R 0.832), links 10/11, quantities 0.913, dates
    // 0.939, datelines 13/13, bylines 4/4, publication dates 54/55; the floors sit just under these
    // s10-15-zh: the last 3 Chinese pages with keys 0-7 (a conference programme of 350 scholars, a political essay that
    // names 11 people in both scripts, a journal paper), annotated whole before running mixdoc on them, make 61; the same
    // code scored on them mention F1 0.593, links 6/12, quantities 0.750, dates 0.381, 50 false turns, and on all 61
    // mention F1 0.780, links 16/23, quantities 0.906, dates 0.887, bylines 4/5, publication dates 56/58, turn precision
    // 0.405. After programme labels that speak no clause, people before their institution in brackets, CC-CEDICT's
    // websites and payment platforms as companies, kinds of company, compact spans of years and days, bodies' years:
    // mention F1 0.870 (P 0.915, R 0.830), links 17/23, quantities 0.906, dates 0.916, datelines 13/13, bylines 4/5,
    // publication dates 56/58, turns 34/34 at precision 1.0. The wider gold is harder, not a regression: the floors
    // sit just under these (links: the essay's transliterations with their originals in brackets are mostly unlinked)
    // s10-15-en: 4 more English pages (annotated before running mixdoc; on them mention F1 0.716, quantities 0.889 on the
    // gold made consistent about ranges, dates 1.000, publication dates 2/4) make 62, and model sizes ("the 16-inch
    // MacBook Pro") count as quantities; the same code scored mention F1 0.867 (P 0.919, R 0.820), quantities 0.921 (with
    // the gold's counts of games and times made consistent), dates 0.942, publication dates 56/59. After surname particles,
    // a person ending a longer run, venues, continent adjectives, acronyms acting, organisations by apposition, a team
    // before a player's position, number words to ninety, one-game, ages after a noun and a UTC stamp a day after the
    // address, a relative named by a first name: mention F1 0.882 (P 0.929, R 0.838), links 10/11, quantities 0.925, dates
    // 0.942, datelines 13/13, bylines 4/4, publication dates 57/59; the floors sit just under these
    // 57/59: one page dates itself only in its related-story links, one (CBS Sports) only by a UTC stamp past midnight
    // both merged (session 9), 65 pages: mention F1 0.873 (P 0.917, R 0.834), links 17/23, quantities 0.917, dates
    // 0.920, datelines 13/13, bylines 4/5, publication dates 59/62, turns 34/34; the floors sit just under these
    // s11-15-en: 2 more English pages (VentureBeat carrying a Reuters wire, CRN; annotated before running mixdoc; on them
    // mention F1 0.915, quantities 0.870, dates 0.897, publication dates 2/2) make 67; the same code scored mention F1
    // 0.875 (P 0.918, R 0.835), quantities 0.916, dates 0.919. After first names from the US baby-name counts, companies
    // by their kind of business (Channel, Media, Animation ...) and a capital The inside a sentence: mention F1 0.877
    // (P 0.919, R 0.839), links 17/23, quantities 0.916, dates 0.919, datelines 13/13, bylines 4/5, publication dates
    // 61/64; the mention floor sits just under it, the others were already just under these
    // s11-15-zh: a foreign name in Chinese with its original in brackets (狄奥根尼(Diogenes), 密尔(John S.Mill),
    // 王尔德(Oscar Wilde)), a name cut by a hard-wrapped line found whole elsewhere, a transliteration with a translated
    // head word (洛克度假中心 / RockResorts), an everyday word listed among names before their institution (黄金树):
    // mention F1 0.878 (P 0.920, R 0.839), links 21/23, the rest unchanged; the floors sit just under these
    // both merged (session 9), 67 pages: mention F1 0.881 (P 0.922, R 0.844), links 21/23, quantities 0.916, dates
    // 0.919, datelines 13/13, bylines 4/5, publication dates 61/64, turns 34/34; the floors sit just under these
    // s12-15-qty: a classifier counts the abstract noun after it (三个阶段, 2个方面; the gold made consistent: 7 such counts
    // added where other pages already had them, 662 -> 669 gold quantities), 门/件, 5年8个月, 4、5名, 百分之三十, 年过五十,
    // 一 with a unit of time after 不到/有/in quoted speech, N年前的 as a point in time, $40-50 billion, 1-1/2 year; dates:
    // the years of a reference list, no 'past week'/'the previous week': quantities 0.916 -> 0.948 (P 0.959, R 0.937),
    // dates 0.919 -> 0.943 (P 0.957, R 0.930), the rest unchanged; the two floors sit just under these
    // s12-15-zh: no Chinese page with a key 0-7 was left to annotate; two gold omissions fixed (byline and credit names,
    // cwce-064b591b, cwce-500b350d). After candidates with an unmatched bracket dropped before the overlap, rare surnames
    // and 学校 beside a bracketed institution, GB/T 7714 reference lists, names after role labels, credit lines' names,
    // places HanLP glued into longer words: mention F1 0.897 (P 0.925, R 0.871; the 29 Chinese 0.879 -> 0.902, the 38
    // English unchanged at 0.885), the rest unchanged; the mention floor sits just under it
    // s12-15-en: 3 more English pages (a finance newsletter, high-school swim results, a book review; annotated before
    // running mixdoc; on them mention F1 0.667, quantities 0.286, dates 1/1, publication dates 3/3) make 70, and "The
    // Associated Press" keeps its capital The inside a sentence in the gold (as The Wrap does); the same code scored
    // mention F1 0.878 (P 0.921, R 0.840), quantities 0.910, dates 0.919. After camel-case brands, state offices by
    // title, organisations the text has report, own, compete or be told, schools named by a town's part, money with a
    // letter for its magnitude and singular measures before a noun, a first name alone, a company's short name: mention
    // F1 0.887 (P 0.924, R 0.852), links 21/23, quantities 0.916, dates 0.919, datelines 13/13, bylines 4/5, publication
    // dates 64/67; the floors sit just under these
    // all three merged (session 10), 70 pages: mention F1 0.903 (P 0.927, R 0.879), links 21/23, quantities 0.947,
    // dates 0.943, datelines 13/13, bylines 4/5, publication dates 64/67, turns 34/34; the floors sit just under these
    // s13-15-zh: CC-CEDICT bodies by their English name's last word (共产国际 Communist International), 朔勃涅 as
    // transliterating characters, names found again across a hard-wrapped line (奥威⏎尔), a person's place of origin
    // glossed "X of Y" (西诺普 / Sinope), a CC-CEDICT person in other characters of the same sounds (勃烈日涅夫):
    // mention F1 0.903 -> 0.906 (P 0.928, R 0.884; 3211 -> 3230 right, 0 new false), links 21/23 -> 23/23, the rest
    // unchanged; the floors sit just under these (links: all 23)
    // s13-15-dates: quantity gold settled (两种 counted everywhere, X年前，/X年后， opening a clause counted, X大 epithets
    // not, both ends of Chinese ranges; 680 -> 698 gold quantities), 成千上万 no amount, Chinese ranges' two ends; dates: a
    // year in digits governs its own paragraph, a Sunday's 上周三, "the previous year" after a stated year: quantities
    // 0.947 -> 0.960 (P 0.979, R 0.941), dates 0.943 -> 0.955 (P 0.968, R 0.943); the two floors sit just under these
    // s13-15-en: 3 more English pages (autoindustriya car news, a Sportsnet Davis Cup round-up, a linknaija profile; annotated
    // before running mixdoc; on them mention F1 0.600 (P 0.616, R 0.585: 32 national teams typed PLACE), quantities 0.939,
    // dates 0.815, datelines 1/1, publication dates 3/3) make 73; the same code scored mention F1 0.893, dates 0.939. After
    // the beaten side, fixtures, ranks and all-caps subheads of a round-up as teams, players of a scored result, what a lone
    // name does over CC-CEDICT's sense (Bloomberg reported, Chelsea have), capitals subheads typed by their paragraph and
    // "is set to" putting a month ahead: mention F1 0.905 (P 0.928, R 0.884; the 3 new 0.903, the 44 English 0.912), links
    // 21/23, quantities 0.947, dates 0.941, datelines 14/14, bylines 4/5, publication dates 67/70; the floors sit just under
    // all merged (session 10), 73 pages: mention F1 0.908 (P 0.928, R 0.889), links 23/23, quantities 0.959, dates
    // 0.954, datelines 14/14, bylines 4/5, publication dates 67/70, turns 34/34; the floors sit just under these
    // s15-en: 3 more English pages (an Al Jazeera wire, a moneycontrol markets story, NBC DFW local news; annotated before
    // running mixdoc; on them mention F1 0.706, quantities 0.788, dates 0.889, datelines 1/1, publication dates 3/3) make
    // 76; the same code scored mention F1 0.903 (P 0.926, R 0.882), quantities 0.955, dates 0.951, datelines 15/15,
    // publication dates 70/73. After a possessive ending a cued name, more titles and company heads, "and" after a legal
    // form, journals, web domains, "Name, Head of X at Y", employers after "at", the Moon, headline cities, title-case
    // ages, graded modifiers, engine units and "In May,": mention F1 0.908 (P 0.929, R 0.889; the 47 English 0.898 ->
    // 0.913), links 23/23, quantities 0.959, dates 0.952, datelines 15/15, bylines 4/5, publication dates 70/73; the
    // mention floor sits just under it, the others were already just under these
    // s15-newsfacts: 截至 dates, 本月8日, "two months ago" a date and no duration, "In January,", ages after "aged", a journal's
    // "作者: 赵 培": quantities 0.959 -> 0.960 (1360/1417), dates 0.954 -> 0.955 (750/785), bylines 4/5 -> 5/5; the floors sit
    // just under these
    // merged (s15-en + s15-newsfacts), 76 pages: mention F1 0.908, quantities 0.959 (1396/1455), dates 0.953 (784/823),
    // datelines 15/15, bylines 5/5, publication dates 70/73, turns 34/34; the floors sit just under these
    // s15-zh: every structure stage and the linker read traditional text as simplified (no figure moves: the gold's
    // Chinese pages are simplified); common words before a head name a kind (物流快递公司), 对/及 inside a segmenter's
    // organisation make a clause, shops and carriers by brand (德邦快递, 星地超市), a name padded after its title
    // (主席  马龙): mention F1 0.908 -> 0.912 (P 0.928 -> 0.935, R 0.889 -> 0.891; the 29 Chinese 0.906 -> 0.912),
    // the rest unchanged; the mention floor sits just under it
    // merged with s15-zh, 76 pages: mention F1 0.912 (P 0.935, R 0.891), the rest as above; the mention floor sits just under it
    // s16-en: a word ending in a capital after a common word (SpaceX), a company's short name after its full one (Tyvak), an
    // acronym joined to an organisation by "and", a place's P.D./F.D., a place after a common capitalised word (Blue Moon);
    // merged, 76 pages: mention F1 0.913 (P 0.936, R 0.892); the mention floor sits just under it
    // s17-facts: a year modifying a singular noun after a determiner (a crewed 2024 moon mission): dates 0.953 -> 0.955
    // (392 -> 394 right, 405 -> 407 predicted); the date floor sits just under it
    // s18-en: 4 more English pages (The Hill, a Guardian editorial, a my6sense press release, Newsweek; annotated before
    // running mixdoc; on them mention F1 0.763, quantities 0.851, dates 0.824, datelines 1/1, publication dates 4/4) make 80;
    // the same code scored mention F1 0.909 (P 0.934, R 0.886), quantities 0.956, dates 0.951. After job titles that are no
    // person, middle initials and "Jr." in names, office-holders' offices, AP states after a party letter or a city, firms
    // joined by "&", lower-case parties, laws hiding their places, a weekday ending a name, Chinese-order surnames, US
    // agencies and former states, list numbers ("Fortune 100 brands"), age ranges and a past "this weekend": mention F1
    // 0.915 (P 0.938, R 0.892; the 51 English 0.904 -> 0.919), links 23/23, quantities 0.958, dates 0.953, datelines 16/16,
    // bylines 5/5, publication dates 74/77, turns 34/34; the floors sit just under these (quantities and dates lower than
    // before: the new pages' own figures pull them down)
    // s18b-names: a lower-case brand with a digit named a company by an "About X" heading, possessive store names in a
    // list of companies, double first names: mention F1 0.918 (P 0.939, R 0.898; the 51 English 0.919 -> 0.927)
    // s19-en: 5 more English pages (nj.com with tweets, a WSJ sports teaser, CBS News on the impeachment hearings, two NYT
    // pieces; annotated before running mixdoc; on them mention F1 0.952, quantities 0.750, dates 0.881, publication dates
    // 3/5) make 85. After amounts in words, last/next <Month>, printed US page days, acronyms of named organisations, the
    // House, "<word> company X"; with s19-zh's names: mention F1 0.922 (P 0.943, R 0.902), quantities 0.957 (745/765/792:
    // the new pages pull it down), dates 0.956, publication dates 80/82, the rest unchanged; the floors sit just under these.
    // Converted to traditional characters (--as-traditional) the 85 pages print the same figures.
    // s21-en: 6 more English pages (polygraph.info, space.com, a Sputnik column, inexhibit, SlashGear, Gizmodo; annotated
    // before running mixdoc; on them mention F1 0.778, quantities 0.907, dates 0.805, publication dates 5/6) make 91; the
    // same code scored mention F1 0.914 (P 0.940, R 0.890), quantities 0.953, dates 0.944, publication dates 85/88. After
    // accented letters in names, an event's own title hiding its places, "the last weekend of …", .info domains and armed
    // groups: mention F1 0.916 (P 0.941, R 0.893), dates 0.945, the rest unchanged; the floors follow the wider gold, which
    // is harder, not a regression, and sit just under these. Then units kWh, lb-ft, cu.ft.: quantities 0.953 -> 0.957.
    static final double MIN_MENTION_F1 = 0.915;
    static final double MIN_LINKS = 0.99;
    static final double MIN_QUANTITY_F1 = 0.956;
    static final double MIN_DATE_F1 = 0.944;
    static final int MAX_DATELINES_MISSED = 0;
    static final int MAX_BYLINES_MISSED = 0;
    static final double MIN_PUBLICATION_DATES = 0.95;
    static final double MIN_TURN_RECALL = 1.0;
    static final double MIN_TURN_PRECISION = 1.0;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void newsGoldHoldsItsFloors() throws Exception {
        FactsGoldScorer s = FactsEvaluator.run(Mixdoc.standard(), List.of(TestData.path("data/gold/news")), SharedData.dir("eval"));
        System.out.print(s.format());
        if (Boolean.getBoolean("mixdoc.facts.misses")) {
            s.misses().forEach(System.out::println);
        }
        assertHoldsTheFloors(s);
    }

    private static void assertHoldsTheFloors(FactsGoldScorer s) {
        assertTrue(s.documents() >= 85, "gold documents " + s.documents());
        assertTrue(s.mentionF1() >= MIN_MENTION_F1, "entity mention F1 " + s.mentionF1());
        assertTrue(s.links() >= MIN_LINKS, "links " + s.links());
        assertTrue(s.quantityF1() >= MIN_QUANTITY_F1, "quantity F1 " + s.quantityF1());
        assertTrue(s.dateF1() >= MIN_DATE_F1, "date F1 " + s.dateF1());
        assertTrue(s.datelinesMissed() <= MAX_DATELINES_MISSED, "datelines missed " + s.datelinesMissed());
        assertTrue(s.bylinesMissed() <= MAX_BYLINES_MISSED, "bylines missed " + s.bylinesMissed());
        assertTrue(s.publicationDates() >= MIN_PUBLICATION_DATES, "publication dates " + s.publicationDates());
        assertTrue(s.turnRecall() >= MIN_TURN_RECALL, "turn recall " + s.turnRecall());
        assertTrue(s.turnPrecision() >= MIN_TURN_PRECISION, "turn precision " + s.turnPrecision());
    }

    /**
     * The same gold with every text converted to traditional characters, index for index: no annotated news text is
     * traditional, so this is what holds "traditional Chinese everywhere" (every stage reads the simplified view).
     */
    @Test
    void newsGoldInTraditionalCharactersHoldsTheSameFloors() throws Exception {
        FactsGoldScorer s = FactsEvaluator.run(Mixdoc.standard(), List.of(TestData.path("data/gold/news")), SharedData.dir("eval"),
                AsTraditional.Variant.PLAIN);
        System.out.print(s.format());
        assertHoldsTheFloors(s);
    }

    @Test
    void scorerFollowsTheGoldFormatRules() throws Exception {
        JsonNode gold = MAPPER.readTree("""
                {"structure": {"dateline": {"start": 0, "end": 10}, "byline": {"authors": ["张三", "李四"]},
                               "publication_date": {"value": "2005-03-05"},
                               "turns": [{"start": 20, "end": 23, "role": "question"}, {"start": 40, "end": 43, "role": "answer"}]},
                 "quantities": [{"start": 50, "end": 56, "value": 22700000000}, {"start": 60, "end": 63, "value": 3}],
                 "dates": [{"start": 70, "end": 76, "value": "2005-10-17"}, {"start": 80, "end": 82, "value": "2005"}],
                 "entities": [{"type": "PERSON", "mentions": [{"start": 90, "end": 93, "surface": "刘江平"},
                                                              {"start": 100, "end": 113, "surface": "Liu Jiangping"}]},
                              {"type": "PLACE", "mentions": [{"start": 120, "end": 122, "surface": "中国"}]}]}""");
        // mixdoc's side is a document's facts layers (what the scorer reads), offsets as in the gold (BMP text)
        StringBuilder text = new StringBuilder("x".repeat(130));
        text.replace(90, 93, "刘江平").replace(100, 113, "Liu Jiangping").replace(120, 122, "中国");
        Document result = Document.of("t", text.toString())
                .with(FactsLayers.STRUCTURE, List.of(
                        new StructureSpan(0, 0, StructureKind.PUBLICATION_DATE, Map.of("value", "2005-03-06"), List.of()),
                        new StructureSpan(5, 12, StructureKind.DATELINE, Map.of(), List.of()),
                        new StructureSpan(14, 16, StructureKind.BYLINE, Map.of(), List.of("李四", "张三")),
                        new StructureSpan(20, 23, StructureKind.TURN, Map.of("role", "answer"), List.of()),
                        new StructureSpan(41, 42, StructureKind.TURN, Map.of("role", "answer"), List.of())))
                .with(FactsLayers.QUANTITY, List.of(
                        new Quantity(52, 54, new BigDecimal("22700000000.01"), "", Approx.EXACT),
                        new Quantity(53, 55, new BigDecimal("22700000000"), "", Approx.EXACT),
                        new Quantity(60, 63, new BigDecimal("4"), "", Approx.EXACT)))
                .with(FactsLayers.DATE, List.of(new DateMention(70, 72, "--10-17", false), new DateMention(80, 82, "2006", false)))
                .with(FactsLayers.ENTITY, List.of(
                        new EntityMention(90, 93, EntityType.PERSON, "zh", 1, "test"),
                        new EntityMention(100, 104, EntityType.PERSON, "en", 1, "test"),
                        new EntityMention(120, 122, EntityType.ORG, "zh", 2, "test")));
        FactsGoldScorer s = new FactsGoldScorer();
        s.add("t", gold, result);
        assertEquals(0, s.datelinesMissed());
        assertEquals(0, s.bylinesMissed(), "author order does not matter");
        assertEquals(0.0, s.publicationDates());
        assertEquals(0.5, s.turnRecall(), "the question label was predicted as an answer");
        assertEquals(1.0, s.turnPrecision() * 2, 1e-9);
        // one-to-one: the first overlapping equal value takes the gold quantity, the second is an extra
        assertEquals(2.0 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), s.quantityF1(), 1e-9);
        assertEquals(2.0 * 0.5 * 0.5 / 1.0, s.dateF1(), 1e-9, "a year-less prediction equals the gold day");
        assertEquals(1.0 / 3, s.mentionPrecision(), 1e-9, "a partial span and a wrong type do not count");
        assertEquals(1.0, s.links(), "one predicted entity overlaps a Han and a Latin mention");
    }
}
