package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.testkit.SharedData;
import io.mixdoc.testkit.TestData;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 on Chinese news of other outlets: the hand-made gold in {@code data/gold/news-other} names documents of
 * {@code ../shared/data/parallel/zh-en.tsv} (WMT22, Chinese-original: Xinhua, the Macao government, DW, Nhan Dan,
 * International Times, Hunan Daily, VOA Chinese, the Economic Observer; and ntrex128's Chinese translations of English news; 20 documents) and holds floors set just under the figures reached. Raise a floor when mixdoc improves;
 * never lower one to make a change pass. An evaluation suite: runs in the shared-eval profile.
 */
@Tag(SharedData.TAG)
class OtherOutletsFactsFloorTest {
    // s18-zh: 5 documents annotated blind, before running mixdoc: mention F1 0.755 (P 0.840, R 0.686; 0.763 on the gold
    // made consistent with the news gold's 李鹏政府), quantities 0.864, dates 0.720, datelines 1/2, bylines 1/1,
    // publication dates 1/2. After people listed with people, rare surnames after a title, long transliterations read in
    // pieces, outlets' sites, places' governments, universities' short names, (亚庇11日讯) datelines, bare days of a
    // year-less dateline, 2万4801 and 为期一年: mention F1 0.919 (P 0.951, R 0.889), quantities 0.933, dates 0.769,
    // datelines 2/2, bylines 1/1, publication dates 1/2; then a secretariat before 司长: mention F1 0.923 (P 0.951,
    // R 0.895); s18b-dates (a weekday tied to a bracketed date, a work's year, 成 and 载, a day-only dateline's month):
    // quantities 0.979, dates 1.000, publication dates 2/2.
    // s19-zh: 5 more documents annotated blind (Hunan Daily x2, VOA Chinese, Economic Observer, a second Xinhua), so the
    // floors are over 10 documents now, not 5: blind on the new 5 mentions F1 0.637, quantities 0.938, dates 0.457; on
    // all 10 before s19-zh's rules mentions 0.824, quantities 0.962, dates 0.716. After them (short names declared in
    // brackets, places inside an event named by its edition, experts and amateurs before names, listed companies,
    // archive photographs' dates, bare days named in full): mentions 0.886, quantities 0.974, dates 0.952, datelines
    // 5/5, bylines 4/4, publication dates 4/5.
    // s20-zh: 5 more documents annotated blind (Hunan Daily, Nhan Dan, Xinhua x3), so the floors are over 15 documents:
    // blind on the new 5 mentions F1 0.812, quantities 0.857, dates 0.815; on all 15 before s20-zh's rules mentions 0.862,
    // quantities 0.938, dates 0.911. After them (full-width digits, a bare day after a yearless date, an event's edition
    // year, 万名, outlets after a title's headline, a channel, names after a job title or a country's head of state,
    // funds, armies and departments, short names of organisations, cut foreign provinces, variants, convention
    // centres): mentions 0.928, quantities 0.982, dates 1.000, datelines 9/9, bylines 8/8, publication dates 9/9; the
    // floors sit just under these
    // s21-zh: 5 more documents annotated blind (4 of ntrex128, English news in professional Chinese translation, and
    // VOA Chinese), so the floors are over 20 documents: blind on the new 5 mentions F1 0.749, quantities 0.882, dates
    // 0.929 (corrected gold); on all 20 before s21-zh's rules mentions 0.862, quantities 0.945, dates 0.984. After them
    // (spaced figures, spans of years in two digits, dates after 提到, whole dotted names, a country's ministry, a
    // role noun before a bracketed name, UN organs, peninsulas): mentions 0.918 (P 0.920,
    // R 0.916), quantities 0.978, dates 1.000, the first 15 documents unchanged (mentions 0.928); the mention floor sits
    // just under the figure over 20 (lowered for the harder documents added, not for a change)
    static final double MIN_MENTION_F1 = 0.915;
    static final double MIN_QUANTITY_F1 = 0.975;
    static final double MIN_DATE_F1 = 0.99;
    static final int MAX_DATELINES_MISSED = 0;
    static final int MAX_BYLINES_MISSED = 0;

    @Test
    void otherOutletsGoldHoldsItsFloors() throws Exception {
        FactsGoldScorer s = FactsEvaluator.run(Mixdoc.standard(), List.of(TestData.path("data/gold/news-other")), SharedData.dir("eval"));
        System.out.print(s.format());
        assertTrue(s.documents() >= 20, "gold documents " + s.documents());
        assertTrue(s.mentionF1() >= MIN_MENTION_F1, "entity mention F1 " + s.mentionF1());
        assertTrue(s.quantityF1() >= MIN_QUANTITY_F1, "quantity F1 " + s.quantityF1());
        assertTrue(s.dateF1() >= MIN_DATE_F1, "date F1 " + s.dateF1());
        assertTrue(s.datelinesMissed() <= MAX_DATELINES_MISSED, "datelines missed " + s.datelinesMissed());
        assertTrue(s.bylinesMissed() <= MAX_BYLINES_MISSED, "bylines missed " + s.bylinesMissed());
    }
}
