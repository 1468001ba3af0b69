package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.EntityType;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.facts.internal.NameKeys;
import io.mixdoc.text.Simplified;
import io.mixdoc.facts.internal.TextLines;
import io.mixdoc.facts.internal.TextLines.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the {@code turn} layer: the speaker labels of an interview ("记者：", "王毅：", "Q:"), each with
 * its role ({@code question} or {@code answer}), speaker and a key shared by the same speaker in
 * either language. Only when the text has both a question and a recurring answer; labels outside
 * boilerplate. Offsets are UTF-16 indices into the document text, half-open.
 */
public final class TurnTagger implements Stage {
    private static final Pattern ZH_LABEL = Pattern.compile("^(?<label>[\\p{IsHan}·]{1,10}(?: [\\p{IsHan}·]{2,4})?)[:：]\\s*(?=\\S)");
    /** "Q. What did you expect?" / "A. Nothing like this.": a transcript's labels with a full stop. */
    private static final Pattern QA_DOT_LABEL = Pattern.compile("^(?<label>[QA])\\.\\s+(?=\\S)");
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
        return "turns";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.BOILERPLATE);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.TURN;
    }

    @Override
    public Document apply(Document doc) {
        List<StructureSpan> boilerplate = doc.layer(FactsLayers.BOILERPLATE).spans();
        return doc.with(FactsLayers.TURN, turns(doc.text(), Simplified.of(doc), TextLines.of(doc.text()), boilerplate));
    }

    /** A speaker label: {@code speaker} read in simplified characters ("问", "陈"), {@code written} as the text writes it ("問", "陳"). */
    private record Label(int start, int end, String speaker, String written, String role, String key, boolean lineStart, boolean speech) {
    }

    /** What a speaker says holds a clause's punctuation; a programme's field ("评论人：张三（某大学）") holds none. */
    private static final Pattern SPEECH = Pattern.compile("[，。？！；…,?!;]|\\.(?:\\s|$)");

    /** The turns, read on {@code zh} (the text in simplified characters, index for index: "問：" reads as "问："). */
    private static List<StructureSpan> turns(String text, String zh, List<Line> lines, List<StructureSpan> boilerplate) {
        List<Label> labels = new ArrayList<>();
        StructureRanges inBoilerplate = StructureRanges.of(boilerplate);
        for (Line l : lines) {
            if (inBoilerplate.inside(l.start())) {
                continue;
            }
            String t = l.text(zh);
            String written = l.text(text);
            label(t, written, 0, l.start(), true).ifPresent(labels::add);
            // A turn may begin in the middle of a line, right after the previous answer's last sentence.
            for (int i = 1; i < t.length(); i++) {
                char c = t.charAt(i - 1);
                if (c == '。' || c == '？' || c == '！' || c == '?' || c == '!' || c == '.' || c == '”' || c == '」') {
                    int j = i;
                    while (j < t.length() && TextLines.isBlank(t.charAt(j))) {
                        j++;
                    }
                    if (j < t.length() && (j > i || c != '.')) {
                        label(t, written, j, l.start(), false).ifPresent(labels::add);
                    }
                }
            }
        }
        labels = withoutNested(labels);
        labels = sameSpeakers(labels);
        // a label none of whose lines says anything ("主持人：某大学院长 张三", "评论人：李四（某大学）") names a role in a
        // programme or a list of people, not a speaker: an interview's speaker speaks in clauses at least once
        Set<String> speakingKeys = new java.util.HashSet<>();
        for (Label lb : labels) {
            if (lb.speech()) {
                speakingKeys.add(lb.key());
            }
        }
        labels.removeIf(lb -> !speakingKeys.contains(lb.key()));
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
            a.put("speaker", lb.written());
            a.put("speaker_key", lb.key());
            out.add(new StructureSpan(lb.start(), lb.end(), StructureKind.TURN, a, List.of()));
        }
        out.sort(Comparator.comparingInt(StructureSpan::start));
        return out.size() >= 2 ? out : List.of();
    }

    /** "Dr. Jane Smith:" is one label, not also "Jane Smith:" after the abbreviation's full stop. */
    private static List<Label> withoutNested(List<Label> labels) {
        // A label is nested when one starting before it ends at or after its end: sorted by start, the
        // furthest end of the labels starting strictly before tells, one sweep instead of every pair.
        Integer[] byStart = new Integer[labels.size()];
        for (int i = 0; i < byStart.length; i++) {
            byStart[i] = i;
        }
        java.util.Arrays.sort(byStart, Comparator.comparingInt(i -> labels.get(i).start()));
        boolean[] inside = new boolean[labels.size()];
        int furthestEndBefore = Integer.MIN_VALUE;
        for (int k = 0; k < byStart.length; ) {
            int start = labels.get(byStart[k]).start();
            int groupEnd = Integer.MIN_VALUE;
            for (; k < byStart.length && labels.get(byStart[k]).start() == start; k++) {
                Label lb = labels.get(byStart[k]);
                inside[byStart[k]] = furthestEndBefore >= lb.end();
                groupEnd = Math.max(groupEnd, lb.end());
            }
            furthestEndBefore = Math.max(furthestEndBefore, groupEnd);
        }
        List<Label> kept = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!inside[i]) {
                kept.add(labels.get(i));
            }
        }
        return kept;
    }

    /**
     * A speaker named in full once and then by the name alone or the surname ("外交部发言人赵立坚：" … "赵立坚：",
     * "张教授：" … "张：", "Dr. Jane Smith:" … "Smith:") is one speaker: the shorter label takes the key of the
     * earlier, longer one that ends with it or whose name begins with it. A single character is a label only so.
     */
    private static List<Label> sameSpeakers(List<Label> labels) {
        SpeakerIndex index = new SpeakerIndex(labels);
        List<Label> out = new ArrayList<>();
        for (Label lb : labels) {
            Label match = null;
            if (lb.role().equals("answer")) {
                String name = withoutTitles(lb.speaker());
                int first = index.firstLongerNamed(name);
                match = first < 0 ? null : labels.get(first);
            }
            if (match != null) {
                out.add(new Label(lb.start(), lb.end(), lb.speaker(), lb.written(), lb.role(), match.key(), lb.lineStart(), lb.speech()));
            } else {
                out.add(lb);
            }
        }
        // a one-character label that named no one seen is dropped
        Set<String> keysOfLongerSpeakers = new java.util.HashSet<>();
        for (Label o : out) {
            if (o.speaker().length() > 1) {
                keysOfLongerSpeakers.add(o.key());
            }
        }
        out.removeIf(lb -> lb.speaker().length() == 1 && NameKeys.hasHan(lb.speaker()) && !"问答".contains(lb.speaker())
                && !keysOfLongerSpeakers.contains(lb.key()));
        return out;
    }

    /**
     * The answer labels' names without titles, indexed so that {@link #sameSpeakers} finds the first label
     * (in the labels' order) a name is the end or the surname of with a few look-ups, not a pass over
     * every label for every label (a long interview, or a long text full of "名称：" lines, has thousands).
     */
    private static final class SpeakerIndex {
        /** Each proper suffix of a name (shorter than the name) → the first label whose name ends with it. */
        private final Map<String, Integer> firstByProperSuffix = new HashMap<>();
        /** Each suffix, the whole name included → the first label whose name ends with it. */
        private final Map<String, Integer> firstBySuffix = new HashMap<>();
        /** The first character of a name of 2 to 4 characters → the first label whose name starts with it. */
        private final Map<Character, Integer> firstByInitial = new HashMap<>();

        SpeakerIndex(List<Label> labels) {
            for (int i = 0; i < labels.size(); i++) {
                Label o = labels.get(i);
                if (!o.role().equals("answer")) {
                    continue;
                }
                String full = withoutTitles(o.speaker());
                for (int k = 0; k < full.length(); k++) {
                    String suffix = full.substring(k);
                    firstBySuffix.putIfAbsent(suffix, i);
                    if (k > 0) {
                        firstByProperSuffix.putIfAbsent(suffix, i);
                    }
                }
                if (full.length() >= 2 && full.length() <= 4) {
                    firstByInitial.putIfAbsent(full.charAt(0), i);
                }
            }
        }

        /**
         * The first answer label whose name is longer than {@code name} and ends with it (a Chinese name), or
         * ends with it after a space (a Latin one), or, for a one-character Chinese name, starts with it and
         * has at most four characters (a surname); -1 when none.
         */
        int firstLongerNamed(String name) {
            if (NameKeys.hasHan(name)) {
                int best = firstByProperSuffix.getOrDefault(name, -1);
                if (name.length() == 1) {
                    int surname = firstByInitial.getOrDefault(name.charAt(0), -1);
                    if (surname >= 0 && (best < 0 || surname < best)) {
                        best = surname;
                    }
                }
                return best;
            }
            return firstBySuffix.getOrDefault(" " + name, -1);
        }
    }

    /**
     * How much of a line a speaker label is looked for in: labels are a name and a colon. Copying the
     * whole rest of the line at every sentence end cost time growing with the square of a long line.
     */
    static final int LABEL_WINDOW = 200;

    private static Optional<Label> label(String line, String writtenLine, int from, int lineOffset, boolean lineStart) {
        String rest = line.substring(from, Math.min(line.length(), from + LABEL_WINDOW));
        Matcher m = ZH_LABEL.matcher(rest);
        Matcher qa = QA_DOT_LABEL.matcher(rest);
        String speaker;
        int end;
        int speakerStart;
        if (lineStart && qa.find()) {
            speaker = qa.group("label");
            speakerStart = qa.start("label");
            end = qa.end("label") + 1;
        } else if (m.find()) {
            speaker = m.group("label");
            speakerStart = m.start("label");
            end = m.end("label") + 1;
        } else {
            Matcher e = EN_LABEL.matcher(rest);
            if (!e.find()) {
                return Optional.empty();
            }
            speaker = e.group("label").trim();
            speakerStart = e.start("label");
            end = rest.indexOf(':', e.end("label")) + 1;
            if (!englishSpeaker(speaker)) {
                return Optional.empty();
            }
        }
        // a single Chinese character may be a surname standing for a speaker named before (kept if sameSpeakers finds one)
        if (NOT_A_SPEAKER.matcher(speaker).find() || speaker.length() == 1 && !speaker.matches("[问答QA]")
                && !(lineStart && NameKeys.hasHan(speaker))) {
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
        boolean speech = SPEECH.matcher(rest).region(Math.min(rest.length(), end), rest.length()).find(); // the window only: linear
        String written = writtenLine.substring(from + speakerStart, from + speakerStart + speaker.length());
        return Optional.of(new Label(start, start + end, speaker, written, role, key, lineStart, speech));
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
}
