package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Document;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Government bodies named without a head's name after them, in both scripts (team-written sentences). */
class GovernmentBodiesTest {
    @Test
    void legislaturesAndTopBodiesStandingAloneAreOrganisations() {
        assertEquals(Set.of("ORG 行政院", "ORG 立法院"), TestData.mentions("行政院长今天在立法院表示，将尽快送审。"));
        assertEquals(Set.of("ORG 立法會"), TestData.mentions("他在立法會會議後回應記者。"));
        assertEquals(Set.of("ORG 监察院", "ORG 考试院", "ORG 司法院"), TestData.mentions("监察院和考试院、司法院昨天发表声明。"));
        assertEquals(Set.of("ORG 国务院", "ORG 全国人大常委会", "ORG 全国政协"),
                TestData.mentions("国务院今天公布新规，全国人大常委会下月审议，全国政协委员也发表意见。"));
    }

    @Test
    void aBodyNamedByItsLevelAloneIsNoMention() {
        assertEquals(Set.of(), TestData.mentions("省人大常委会和市政协召开会议。"));
    }

    @Test
    void bureausNamedWithAndInsideAreOneBody() {
        assertEquals(Set.of("ORG 勞工及福利局", "PERSON 孫玉菡"), TestData.mentions("勞工及福利局局長孫玉菡表示，政策不變。"));
        assertEquals(Set.of("ORG 商務及經濟發展局", "ORG 人力资源和社会保障部", "ORG 国家发展和改革委员会"),
                TestData.mentions("商務及經濟發展局發言人說，已與人力资源和社会保障部、国家发展和改革委员会协调。"));
    }

    @Test
    void joinedWordsThatAreNoBodyStayOut() {
        assertEquals(Set.of(), TestData.mentions("教育及卫生部门表示关注。"), "部门 is a department in general");
        assertEquals(Set.of(), TestData.mentions("交通及安全处理得当。"), "处理 is a verb");
        assertEquals(Set.of(), TestData.mentions("請看函數和過程內部。"), "内部 is the inside of something");
        assertEquals(Set.of(), TestData.mentions("在開始和結尾處加上引號。"), "处 is a place in a text");
        assertEquals(false, TestData.mentions("美国和日本外交部发表声明。").contains("ORG 美国和日本外交部"),
                "a place on either side makes two bodies");
    }

    @Test
    void aBodyNamedWithItsHeadIsAlsoABodyStandingAlone() {
        Document doc = TestData.run("zh", "經濟部長王美花上午出席活動。下午經濟部表示，電價不調整。");
        List<String> orgs = doc.layer(FactsLayers.ENTITY).spans().stream()
                .filter(m -> m.type() == EntityType.ORG).map(doc::cover).toList();
        assertEquals(List.of("經濟部", "經濟部"), orgs);
    }
}
