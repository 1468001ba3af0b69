package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.stage.Mender;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each seam kind on small texts written for the purpose: what is found, where, and the repair. */
class SeamFinderTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();

    private static List<Seam> seams(String text) {
        return PIPELINE.run("t", text).layer(Layers.SEAM).spans();
    }

    private static Seam only(String text, SeamType type) {
        List<Seam> found = seams(text).stream().filter(s -> s.type() == type).toList();
        assertEquals(1, found.size(), "expected one " + type + " in " + text + " but got " + seams(text));
        return found.get(0);
    }

    private static void assertSeam(String text, SeamType type, String surface, String repair) {
        Seam s = only(text, type);
        assertEquals(surface, text.substring(s.start(), s.end()));
        assertEquals(repair, s.repair().orElse(null));
    }

    @Test
    void splitWord() {
        assertSeam("国事访问。 The s的两个头tate drew up a new plan for the development of relations.",
                SeamType.SPLIT_WORD, "s的两个头tate", "state");
        assertSeam("The new regula停车tion on parking will start next month.", SeamType.SPLIT_WORD, "regula停车tion", "regulation");
    }

    @Test
    void fragmentsAtACutAreCompletedFromTheDocumentAndTheChineseBesideThem() {
        assertSeam("Kyrgyzstan is a partner. Kyrgyzstan is building a new Kyr全面深化改革。", SeamType.FRAGMENT, "Kyr", "Kyrgyzstan");
        assertSeam("我们将继续合作。 We will en鼓励并支持两国企业开展合作。", SeamType.FRAGMENT, "en", "encourage");
        assertSeam("赴吉中国公民数量持续增长tinues to increase, and new associations are established.",
                SeamType.FRAGMENT, "tinues", "continues");
    }

    @Test
    void aCutWordThatIsItselfAWordIsCompletedFromTheDocumentsOwnWordPairs() {
        String text = "They are on their way to the station. 天气突然变冷了，他们已hey are on their way home.";
        assertSeam(text, SeamType.FRAGMENT, "hey", "they");
    }

    @Test
    void gluedWords() {
        assertSeam("The countries China andCentral Asia continue to deepen cooperation.", SeamType.GLUED_WORDS, "andCentral", "and Central");
        // a document with Chinese in it: in plain English an unknown lower-case word is a lexicon gap
        assertSeam("两国发表联合声明。 They signed a joint documentannouncement, announcing the partnership.", SeamType.GLUED_WORDS,
                "documentannouncement", "document announcement");
        assertSeam("保护环境。 To recover itis a duty of every citizen.", SeamType.GLUED_WORDS, "itis", "it is");
        assertSeam("中国andCentral Asia 的合作很好", SeamType.GLUED_WORDS, "andCentral", "and Central");
    }

    @Test
    void aCommandOrAConfigurationLineHasNoEnglishWordToGlue() {
        // a command with its argument and a configuration line: Latin words beside the token, but no English ones
        for (String clean : List.of("例 3. 有线网络接口的静态配置\n\nauto enp2s0\niface enp2s0 inet static\n  address 192.168.0.3\n",
                "查找 procmail 的手册页概述，等效于 whatis procmail.\n")) {
            List<Seam> found = seams(clean).stream().filter(x -> x.type() == SeamType.GLUED_WORDS).toList();
            assertTrue(found.isEmpty(), clean + " → " + found);
        }
        // the same kind of token in English prose beside Chinese still splits
        assertSeam("配置说明： the setting keeps itsvalue after a restart of the service.", SeamType.GLUED_WORDS, "itsvalue", "its value");
    }

    @Test
    void aProgramsOutputAfterAPromptHasNoGluedWords() {
        String transcript = "格式化新的分区：\n\n# mkfs.xfs /dev/sdc1\nmeta-data=/dev/sdc1 isize=512\n\n"
                + "Preparing journal: done\nWriting superblocks and free space maps: done\n\n# mount /dev/sdc1 /srv\n";
        List<Seam> found = seams(transcript).stream().filter(x -> x.type() == SeamType.GLUED_WORDS).toList();
        assertTrue(found.isEmpty(), found.toString());
        // the same line as prose of its own, with no prompt above it, is English that lost a space
        String prose = "格式化新的分区。\n\nWriting superblocks and free space maps: done\n";
        assertSeam(prose, SeamType.GLUED_WORDS, "superblocks", "super blocks");
    }

    @Test
    void duplicationButNotReduplication() {
        assertSeam("共同提高中吉三大口岸通关通关效率。", SeamType.DUPLICATION, "通关通关", "通关");
        assertTrue(seams("他常常去公园看看，天天锻炼，一步一步来，哈哈哈哈。").isEmpty());
    }

    @Test
    void mixedNumeral() {
        assertSeam("bilateral trade reaching US $ 94.8 billion in 202四、中方愿意合作。", SeamType.MIXED_NUMERAL, "202四", "2024");
        assertSeam("The bridge opened on 3 May 19五七 - nine years after work began.", SeamType.MIXED_NUMERAL, "19五七", "1957");
    }

    @Test
    void halfTranslatedName() {
        assertSeam("The ambassador Liu Jiangping spoke. Hello, Ambassador Liu江平! How are you?",
                SeamType.HALF_TRANSLATED_NAME, "Liu江平", "Liu Jiangping");
    }

    @Test
    void halfTranslatedNameTheOtherWayRound() {
        assertSeam("中国大使刘Jiangping表示，两国关系很好。", SeamType.HALF_TRANSLATED_NAME, "刘Jiangping", "Liu Jiangping");
        assertSeam("他说Liu江平 is here.", SeamType.HALF_TRANSLATED_NAME, "Liu江平", "Liu Jiangping");
    }

    @Test
    void pinyinLookingSyllablesThatAreNoSurnameAreLeftAlone() {
        assertTrue(seams("the ruling in Smith v. Wa向，进一步改变了有关法律").stream()
                .noneMatch(s -> s.type() == SeamType.HALF_TRANSLATED_NAME));
    }

    @Test
    void orphanWordAtTheEndOfAParagraph() {
        Seam s = only("新疆为推动中吉乃至中央全方位合作做出了积极贡献。亚洲。\n第一,互联互通是合作的基础。", SeamType.ORPHAN);
        assertEquals(24, s.start());
        assertTrue(s.repair().isEmpty());
        assertTrue(seams("他说:“好。”\n我们走吧。好的。然后出发。").isEmpty());
    }

    @Test
    void intraSentenceSwitch() {
        Seam s = only("您对企业规划有什么建议to invest in Kyrgyzstan?", SeamType.INTRA_SENTENCE_SWITCH);
        assertTrue(s.repair().isEmpty());
        assertEquals("议t", "您对企业规划有什么建议to invest in Kyrgyzstan?".substring(s.start(), s.end()));
    }

    @Test
    void aHyphenatedNameOrABracketedAsideAfterChineseIsNoClauseSwitch() {
        for (String clean : List.of("* feat: 新增组件 下拉刷新pull-to-refresh([1a2b3c4](https://example.org/c/1a2b3c4))\n",
                "证书的签发见第 4.1 节 “证书工具：make-ssl-cert”.\n",
                "* 搭建在线商城，很可能是 B2C （business to consumer ，即企业直接面向消费者的销售）;\n")) {
            List<Seam> found = seams(clean).stream().filter(x -> x.type() == SeamType.INTRA_SENTENCE_SWITCH).toList();
            assertTrue(found.isEmpty(), clean + " → " + found);
        }
        // a clause that goes on after its hyphenated first word still switches, and so does one after a bracket never closed
        for (String cut : List.of("比赛结束后，球队正在努力on-board the new players before the season starts.\n",
                "他们讨论了很久（the board of the company will meet again next week.\n")) {
            List<Seam> found = seams(cut).stream().filter(x -> x.type() == SeamType.INTRA_SENTENCE_SWITCH).toList();
            assertEquals(1, found.size(), cut + " → " + seams(cut));
        }
    }

    @Test
    void aShortPhraseTheDocumentKeepsWritingBesideChineseIsATerm() {
        String sql = "查询中最好直接包含group by，这样可以自动分组\n如果没有group by，可以通过参数提供\n如果语句有group by，参数会覆盖它\n";
        List<Seam> found = seams(sql).stream().filter(x -> x.type() == SeamType.INTRA_SENTENCE_SWITCH).toList();
        assertTrue(found.isEmpty(), found.toString());
        // written once, the same place reads as a clause starting after Chinese
        String once = "查询中最好直接包含group by，这样可以自动分组\n";
        assertEquals(1, seams(once).stream().filter(x -> x.type() == SeamType.INTRA_SENTENCE_SWITCH).count(), seams(once).toString());
    }

    @Test
    void aChineseWordBetweenTwoHyphenatedNamesIsNoLeak() {
        String label = "* ✨ tab-bar添加badge-dot ([#12](https://example.org/mobile/ui/pull/12))\n";
        assertTrue(seams(label).isEmpty(), seams(label).toString());
        // between plain words the same line reads as English with a Chinese word leaked in
        String words = "* ✨ tab bar添加badge dot ([#12](https://example.org/mobile/ui/pull/12))\n";
        assertEquals(" add ", only(words, SeamType.INTRA_SENTENCE_SWITCH).repair().orElseThrow());
    }

    @Test
    void aWordTheDocumentKeepsWritingBesideChineseIsNoCutWord() {
        String once = "程序会先 unlock 旧的文件，再继续写入。\n如果等待超时，程序会强制lock.\n";
        assertEquals(List.of(SeamType.FRAGMENT), seams(once).stream().map(Seam::type).toList(), "once: the tail of unlock");
        String thrice = once + "另一个进程退出前也会强制lock.\n第三个进程同样可以强制lock.\n";
        assertTrue(seams(thrice).isEmpty(), seams(thrice).toString());
    }

    @Test
    void thingsThatAreNotSeams() {
        for (String clean : List.of(
                "On April 26, 2025, the ambassador attended the HSK Kyrgyzstan exhibition.中国驻吉尔吉斯斯坦大使馆供图",
                "During the China-Central Asia Xi'an Summit in May 2023, leaders met.",
                "bilateral trade reaching US $ 94.8 billion last year.",
                "今年1-8月达到196.6亿美元,同比增长52.6%。",
                "这是2026版熊猫贵金属纪念币,你想拥有吗?",
                "有人建议把 CEO 的称呼改为GM（总经理)，这让部分 CEO 不太满意。",
                "中国收购Pandaigood业务",
                "Vietnamese People’s Daily Website reported that it’s worth noting.",
                "他在第4四th lap 的表现",
                "市图书馆由玛丽·安·史密斯（ Mary Ann Smith）女士负责管理了很多年。",
                "发展机遇。 Recently, the ambassador received an interview.他全面回顾了成就。")) {
            List<Seam> found = seams(clean).stream().filter(s -> s.type() != SeamType.MIXED_NUMERAL).toList();
            assertTrue(found.isEmpty(), clean + " -> " + found);
        }
    }

    @Test
    void chineseTypesettingIsNoDamage() {
        for (String text : List.of("本项目使用Redis缓存，并支持macOS、Linux和Windows。",
                "首先编辑config.yaml文件，然后运行 dpkg --get-selections 查看。",
                "负载均衡（load balancing）是指将请求分发到多个服务器。",
                "这个函数叫做getUserName，它和setUserName配对使用。在React中，useState和useEffect最常用。",
                "你好（nǐ hǎo）是最常见的问候语。请联系@zhangsan或访问 https://example.com/docs 。",
                "我们用kubelet管理Pod，用sudo执行命令，用ibus输入中文。包括Stefano Zacchiroli和Ian Murdock。",
                "参见 Creating a new GPG key 以及 Debian Wiki on Keysigning。",
                "public void processSelect(Select select)\nprivate String keyColumn;\n处理PlainSelect类型。")) {
            assertTrue(seams(text).isEmpty(), text + " -> " + seams(text));
        }
    }

    @Test
    void aClauseInTheOtherLanguageIsStillASwitch() {
        only("您对企业规划有什么建议to invest in Kyrgyzstan?", SeamType.INTRA_SENTENCE_SWITCH);
    }

    @Test
    void speechSaidTwiceIsAProposalAndChantsAreLeftAlone() {
        for (String text : List.of("“对不起对不起，是我的错。”他说。", "“好的好的，马上来。”服务员回答。")) {
            for (Seam s : seams(text)) {
                assertTrue(s.repairConfidence() < Mender.DEFAULT_MIN_REPAIR_CONFIDENCE, text + ": " + s);
            }
        }
        assertTrue(seams("球迷们高喊加油加油加油，场面热烈。").isEmpty());
    }

    @Test
    void reduplicationIsNoDuplication() {
        assertTrue(seams("我们研究研究这个方案，大家讨论讨论再定。他走着走着就睡着了。天天加班，个个高兴。").isEmpty());
    }

    @Test
    void speechNamesAndWordsReadAcrossTheJoinAreNoDuplication() {
        // from data/real: an exclamation said twice, a name that is a doubled word, and 并|合并|合理
        for (String clean : List.of("- 好啦好啦，我要去玩了。", "- **哔哩哔哩：** 霞鹜的主页", "技术委员会期望维护者继续支持多种系统，并合并合理的贡献。")) {
            assertTrue(seams(clean).isEmpty(), clean + " → " + seams(clean));
        }
        // a source's typo doubling a word stays a duplication
        assertTrue(seams("在普通多用户模式模式下，可以使用命令行关闭系统。").stream().anyMatch(x -> x.type() == SeamType.DUPLICATION));
    }

    @Test
    void traditionalTextIsJudgedOnItsSimplifiedReading() {
        // data/real's traditional pages (and its simplified ones written in traditional characters): 併|合併|合理
        // and a verb doubled are read as in simplified text, though HanLP's segmenter knows only simplified words
        for (String clean : List.of("技術委員會期望維護者繼續支持多種系統，併合併合理的貢獻。", "本節將會介紹介紹一些基本語法。",
                "我們研究研究這個方案。")) {
            assertTrue(seams(clean).isEmpty(), clean + " → " + seams(clean));
        }
        // a translator's double is still one, and the repair keeps the text's own characters
        assertSeam("共同提高中吉三大口岸通關通關效率。", SeamType.DUPLICATION, "通關通關", "通關");
    }

    @Test
    void aWordEndingAndTheNextStartingWithTheSameCharactersIsNoDuplication() {
        // gen-test: 该监狱|监狱长 (the prison's warden) was mended to 该监狱长; HanLP does not know 监狱长, CC-CEDICT does
        String text = "据报道，该监狱监狱长在六月份因受到一名囚犯的袭击而入院接受治疗。";
        assertTrue(seams(text).stream().noneMatch(x -> x.type() == SeamType.DUPLICATION), String.valueOf(seams(text)));
        // a chunk written twice before a word of its own stays one, and so does a word after a longer one ending with it
        assertSeam("共同提高中吉三大口岸通关通关效率。", SeamType.DUPLICATION, "通关通关", "通关");
        assertTrue(seams("在老的操作系统系统下创建文件。").stream().anyMatch(x -> x.type() == SeamType.DUPLICATION));
    }

    @Test
    void aTermWrittenAgainstChineseIsNoCutInAnUndamagedDocument() {
        // lone terms and lists of names beside Chinese: no grammar on their side, so no cut word
        for (String clean : List.of("修复字幕id为数字的时候0的判断问题。", "期望这个特征的命令：popcon, reportbug, bts。",
                "fix(xgplayer): texttrack插件scss文件直接加入外挂字幕样式。")) {
            List<Seam> found = seams(clean).stream().filter(x -> x.type() == SeamType.FRAGMENT).toList();
            assertTrue(found.isEmpty(), clean + " → " + found);
        }
        // a hyphenated name's "to" is no grammar: no clause breaks off before Chinese
        assertTrue(seams("* 在 control 文件中将 docbook-to-man 添加到 Build-Depends 行。").isEmpty());
    }

    @Test
    void aLoneRepairInAnOtherwiseCleanDocumentIsOnlyProposed() {
        String typo = "负责关键任务的服务器的严谨的 Debian 系统系统管理员，应该使用额外的预防措施。";
        Document d = PIPELINE.run("t", typo);
        assertEquals(1, d.layer(Layers.SEAM).spans().size(), d.layer(Layers.SEAM).spans().toString());
        assertTrue(d.layer(Layers.EDIT).spans().isEmpty(), "a doubled word alone is proposed, not mended");
        Document compound = PIPELINE.run("t", "The output is separated by whitespaces in every line of the file.");
        assertTrue(compound.layer(Layers.EDIT).spans().isEmpty(), compound.layer(Layers.SEAM).spans().toString());
    }

    @Test
    void aDoublingIsRemovedOnlyWhenTwoOtherSeamsVouchForIt() {
        // a human translator's typo beside one leftover English clause (data/real-unseen had one such page): proposed
        String oneOther = "服务器接在内部地址范围内，不在公司公司的防火墙后面，所以需要地址转换。\n\n"
                + "说完原理，看看实际怎么做。setting up a gateway is a simple matter of enabling one option in the kernel.\n";
        Document d = PIPELINE.run("t", oneOther);
        assertEquals(2, d.layer(Layers.SEAM).spans().size(), d.layer(Layers.SEAM).spans().toString());
        assertTrue(d.layer(Layers.EDIT).spans().isEmpty(), "one other seam does not vouch for removing 公司");
        // with a second kind of machine damage (a half-Chinese year) the doubling is mended
        Document damaged = PIPELINE.run("t", oneOther + "\n这台网关在202四年投入使用，目前运行良好。\n");
        assertTrue(damaged.layer(Layers.EDIT).spans().stream().anyMatch(e -> e.original().equals("公司公司") && e.replacement().equals("公司")),
                damaged.layer(Layers.EDIT).spans().toString());
    }

    @Test
    void onlyNearbySeamsOfAnotherKindVouchForARepair() {
        String doubled = "服务器接在内部地址范围内，不在公司公司的防火墙后面，所以需要地址转换。\n\n"
                + "说完原理，看看实际怎么做。setting up a gateway is a simple matter of enabling one option in the kernel.\n";
        StringBuilder pages = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            pages.append("第").append(i).append("节介绍网关的配置，读者可以按照步骤逐一检查各项设置。\n");
        }
        // the same second damage as above, but pages away: it says nothing of the doubling
        Document far = PIPELINE.run("t", doubled + pages + "这台网关在202四年投入使用，目前运行良好。\n");
        assertTrue(far.layer(Layers.SEAM).spans().stream().anyMatch(x -> x.type() == SeamType.MIXED_NUMERAL),
                far.layer(Layers.SEAM).spans().toString());
        assertTrue(far.layer(Layers.EDIT).spans().stream().noneMatch(e -> e.original().equals("公司公司")),
                far.layer(Layers.EDIT).spans().toString());
        // two other doublings are of the same kind: they do not vouch for it either
        Document same = PIPELINE.run("t", doubled + "这个这个参数需要在在启动前设置。\n");
        assertTrue(same.layer(Layers.EDIT).spans().stream().noneMatch(e -> e.original().equals("公司公司")),
                same.layer(Layers.EDIT).spans().toString());
    }

    @Test
    void aParagraphWrittenTwiceInAnOtherwiseCleanDocumentIsOnlyProposed() {
        // help pages repeat a control's heading and description; the repeat is reported, the text kept whole
        String help = "滚动条\n\n为文本框添加指定类型的滚动条。\n\n滚动条\n\n为文本框添加指定类型的滚动条。\n\n状态\n\n指定控件当前的选择状态。\n";
        Document d = PIPELINE.run("t", help);
        Seam s = only(help, SeamType.DUPLICATION);
        assertEquals("", s.repair().orElseThrow());
        assertTrue(s.repairConfidence() < Mender.DEFAULT_MIN_REPAIR_CONFIDENCE, s.toString());
        assertTrue(d.layer(Layers.EDIT).spans().isEmpty(), d.layer(Layers.EDIT).spans().toString());
        // a run of words doubled inside a sentence is no way of writing: mended alone too
        Document run = PIPELINE.run("t", "The committee said the board approved the new budget approved the new budget on Monday.");
        assertEquals(1, run.layer(Layers.EDIT).spans().size(), run.layer(Layers.SEAM).spans().toString());
    }

    @Test
    void identifierPartsAreNotAWordGluedToAName() {
        for (String clean : List.of("fix: add mediaSrc attribute when report error", "fix: switchUrl API promise returns empty",
                "fix: exitFullscreen without el set")) {
            List<Seam> found = seams(clean).stream().filter(x -> x.type() == SeamType.GLUED_WORDS).toList();
            assertTrue(found.isEmpty(), clean + " → " + found);
        }
    }

    @Test
    void aPieceHoldingLessThanHalfOfItsWordIsOnlyProposed() {
        // Damage elsewhere (a split word) vouches for the cuts; "ity" could end city, Security or University.
        String text = "The new regula停车tion starts soon. 他在卡内基梅隆大学ity he worked on a new machine for the lab.";
        Seam cut = seams(text).stream().filter(s -> s.type() == SeamType.FRAGMENT).findFirst().orElseThrow();
        assertEquals("ity", text.substring(cut.start(), cut.end()));
        assertTrue(cut.repairConfidence() < Mender.DEFAULT_MIN_REPAIR_CONFIDENCE, cut.toString());
        Seam split = only(text, SeamType.SPLIT_WORD);
        assertTrue(split.repairConfidence() >= Mender.DEFAULT_MIN_REPAIR_CONFIDENCE, split.toString());
    }

    @Test
    void aGluedTypoANameOrACompoundIsOnlyProposedButTheSeamStays() {
        String damage = "The new regula停车tion starts soon. ";
        for (String glued : List.of("beteen", "Sportsound", "cinemagoing")) {
            String text = damage + "We talked about the " + glued + " problem and the plans of the city for next year.";
            Seam s = only(text, SeamType.GLUED_WORDS);
            assertEquals(glued, text.substring(s.start(), s.end()));
            assertTrue(s.repairConfidence() < Mender.DEFAULT_MIN_REPAIR_CONFIDENCE, s.toString());
        }
        Seam sure = only(damage + "We talked about theproperty problem of the city for next year.", SeamType.GLUED_WORDS);
        assertTrue(sure.repairConfidence() >= Mender.DEFAULT_MIN_REPAIR_CONFIDENCE, sure.toString());
    }

    @Test
    void aCompletionTheEvidenceDoesNotSingleOutIsOnlyProposed() {
        String damage = "The new regula停车tion starts soon. ";
        // The document's only word ending in "ach" is "reach", but English "each" is far commoner.
        String each = damage + "They want to reach the sea. 为每位学生推荐不少于五个岗位ach student, and they will be glad.";
        Seam cut = only(each, SeamType.FRAGMENT);
        assertEquals("ach", each.substring(cut.start(), cut.end()));
        assertTrue(cut.repairConfidence() < Mender.DEFAULT_MIN_REPAIR_CONFIDENCE, cut.toString());
        // "member" or "members"? The English after a head fragment is lost.
        String member = damage + "The plan was made by the Welsh Parliament Memb员们和专家一起制定的。";
        Seam head = only(member, SeamType.FRAGMENT);
        assertEquals("Memb", member.substring(head.start(), head.end()));
        assertTrue(head.repairConfidence() < Mender.DEFAULT_MIN_REPAIR_CONFIDENCE, head.toString());
        assertTrue(CutSite.anotherEndingIsCommon("member") && !CutSite.anotherEndingIsCommon("government"));
    }

    @Test
    void aShortPieceOfTheDocumentsOwnOftenWrittenWordIsStillMended() {
        // "Kyr" holds less than half of Kyrgyzstan, but the document writes that word, and no other that fits, three times.
        String text = "Kyrgyzstan is a partner. Kyrgyzstan trades with us. The new regula停车tion starts soon. "
                + "Kyrgyzstan is building a new Kyr全面深化改革。";
        Seam cut = only(text, SeamType.FRAGMENT);
        assertEquals("Kyrgyzstan", cut.repair().orElseThrow());
        assertTrue(cut.repairConfidence() >= Mender.DEFAULT_MIN_REPAIR_CONFIDENCE, cut.toString());
    }
}
