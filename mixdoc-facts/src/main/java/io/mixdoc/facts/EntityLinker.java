package io.mixdoc.facts;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.internal.Gazetteer;
import io.mixdoc.facts.internal.NameKeys;
import io.mixdoc.facts.internal.ProperNouns;
import io.mixdoc.text.Simplified;
import io.mixdoc.facts.internal.Transliteration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the {@code entity} layer: the {@code entity_mention} layer with each mention linked to one
 * referent, across both languages. Two mentions are one entity when they are written the same, when
 * the gazetteer gives them the same id ({@code 吉尔吉斯斯坦} / {@code Kyrgyzstan}, {@code 中新社} /
 * {@code China News Service}), when the pinyin of a Chinese name is the romanised name
 * ({@code 刘江平} / {@code Liu Jiangping} / {@code Liu江平}), when an English name composes into the
 * Chinese one ({@code China-Kyrgyzstan-Uzbekistan Railway} → {@code 中吉乌铁路},
 * {@code Chinese Embassy in Kyrgyzstan} → {@code 中国驻吉尔吉斯斯坦大使馆}), or when a transliterated
 * name reads as the Latin one ({@code 扎帕罗夫} / {@code Zhaparov}). Entity numbers follow the first
 * mention's position. Offsets are UTF-16, half-open.
 */
public final class EntityLinker implements Stage {
    /** How close a transliteration must read to a Latin name to be linked. */
    private static final double TRANSLITERATION_THRESHOLD = 0.8;
    private static final Map<String, List<String>> HEADS_ZH = Map.ofEntries(
            Map.entry("Railway", List.of("铁路")), Map.entry("Railroad", List.of("铁路")),
            Map.entry("Highway", List.of("公路", "高速公路")), Map.entry("Road", List.of("公路")),
            Map.entry("Pipeline", List.of("管道", "天然气管道", "原油管道")), Map.entry("Summit", List.of("峰会")),
            Map.entry("Forum", List.of("论坛")), Map.entry("Expo", List.of("博览会")), Map.entry("Port", List.of("口岸", "港")),
            Map.entry("Bridge", List.of("大桥")), Map.entry("Airport", List.of("机场")),
            Map.entry("Corridor", List.of("经济走廊", "走廊")));

    @Override
    public String id() {
        return "entities";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.ENTITY_MENTION, io.mixdoc.Layers.SENTENCE);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.ENTITY;
    }

    @Override
    public Document apply(Document doc) {
        String text = Simplified.of(doc); // "臺灣" and "台湾" are one name; offsets are the text's
        List<EntityMention> ms = doc.layer(FactsLayers.ENTITY_MENTION).spans();
        int n = ms.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        String[] surface = new String[n];
        for (int i = 0; i < n; i++) {
            surface[i] = text.substring(ms.get(i).start(), ms.get(i).end());
        }
        Gazetteer g = Gazetteer.get();
        Map<String, Integer> bySurface = new HashMap<>();
        Map<String, Integer> byGazetteer = new HashMap<>();
        Map<String, Integer> byRoman = new HashMap<>();
        for (int k = 0; k < n; k++) {
            final int i = k;
            EntityMention m = ms.get(i);
            joinOn(parent, bySurface, m.type() + ":" + normal(surface[i]), i);
            gazetteerId(g, surface[i]).ifPresent(id -> joinOn(parent, byGazetteer, id, i));
            if (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE && !m.lang().equals("zh")
                    || m.type() == EntityType.PLACE && gazetteerId(g, surface[i]).isEmpty()) {
                String key = NameKeys.roman(surface[i]);
                if (key.length() >= 4) {
                    joinOn(parent, byRoman, m.type() + ":" + key, i);
                }
            }
        }
        // English names that compose into a Chinese one
        Map<String, Integer> zhSurface = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (ms.get(i).lang().equals("zh")) {
                zhSurface.putIfAbsent(surface[i].replaceFirst("^(首届|第[一二三四五六七八九十\\d]+届)", ""), i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (ms.get(i).lang().equals("en") && ms.get(i).type() != EntityType.PERSON && ms.get(i).type() != EntityType.PLACE) {
                for (String zh : compose(g, surface[i])) {
                    Integer j = zhSurface.get(zh);
                    if (j != null) {
                        union(parent, i, j);
                        break;
                    }
                }
            }
        }
        embassies(ms, surface, parent);
        glossed(text, ms, surface, parent);
        origins(text, ms, surface, parent);
        latinHeaded(ms, surface, parent);
        dictionaryNames(ms, surface, parent);
        surnames(ms, surface, parent);
        englishSurnames(ms, surface, parent);
        transliterations(ms, surface, parent);
        transliteratedWithHead(ms, surface, parent);
        aligned(doc.layer(io.mixdoc.Layers.SENTENCE).spans(), ms, surface, parent);
        return doc.with(FactsLayers.ENTITY, number(ms, parent));
    }

    private static String normal(String s) {
        return NameKeys.withoutStrayHan(s).toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replace('’', '\'');
    }

    private static Optional<String> gazetteerId(Gazetteer g, String s) {
        return g.zh(s).or(() -> g.en(s)).map(Gazetteer.Entry::id);
    }

    /** Chinese spellings an English organisation, facility or event name may have. */
    static List<String> compose(Gazetteer g, String en) {
        List<String> out = new ArrayList<>();
        String[] w = en.replaceFirst("^(?i:the) ", "").split(" ");
        // "<Chinese|China> Embassy in <country>"
        int in = List.of(w).indexOf("in");
        if (in == 2 && (w[1].equals("Embassy") || w[1].equals("Consulate"))) {
            Optional<Gazetteer.Entry> from = g.demonym(w[0]).or(() -> g.en(w[0]));
            Optional<Gazetteer.Entry> to = g.en(String.join(" ", List.of(w).subList(3, w.length)));
            if (from.isPresent() && to.isPresent()) {
                String base = from.get().canonicalZh() + "驻" + to.get().canonicalZh();
                if (w[1].equals("Embassy")) {
                    out.add(base + "大使馆");
                    out.add(base + "使馆");
                } else {
                    out.add(base + "总领事馆");
                    out.add(base + "领事馆");
                }
            }
        }
        // "<A-B-C> <Head>": countries joined by hyphens, then a facility or event noun
        String head = w[w.length - 1];
        if (HEADS_ZH.containsKey(head) && w.length >= 2) {
            String rest = String.join(" ", List.of(w).subList(0, w.length - 1));
            StringBuilder abbreviated = new StringBuilder();
            List<String> full = new ArrayList<>();
            boolean allKnown = true;
            for (String part : rest.split("-")) {
                Optional<Gazetteer.Entry> e = g.en(part.trim()).filter(x -> x.type() == EntityType.PLACE);
                if (e.isEmpty()) {
                    allKnown = false;
                    break;
                }
                abbreviated.append(e.get().abbreviation().isEmpty() ? e.get().canonicalZh() : e.get().abbreviation());
                full.add(e.get().canonicalZh());
            }
            if (allKnown) {
                for (String zhHead : HEADS_ZH.get(head)) {
                    out.add(abbreviated + zhHead);
                    out.add(String.join("—", full) + zhHead);
                    out.add(String.join("", full) + zhHead);
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern GLOSS_BETWEEN = java.util.regex.Pattern.compile("[》」』”\"]?\\s*[（(]\\s*");

    /**
     * "美国临床肿瘤学会（ASCO）", "罗弗（Rover）", "Jackson Hole（杰克逊洞）": a name glossed in brackets in
     * the other script, right after it, is the same referent.
     */
    private static void glossed(String text, List<EntityMention> ms, String[] surface, int[] parent) {
        for (int i = 0; i + 1 < ms.size(); i++) {
            EntityMention a = ms.get(i);
            EntityMention b = ms.get(i + 1);
            boolean scripts = NameKeys.hasHan(surface[i]) != NameKeys.hasHan(surface[i + 1]);
            if (scripts && b.start() > a.end() && b.start() - a.end() <= 4
                    && GLOSS_BETWEEN.matcher(text.substring(a.end(), b.start())).matches()) {
                union(parent, i, i + 1);
            }
        }
    }

    /**
     * "西诺普的狄奥根尼(Diogenes of Sinope)": a person glossed in brackets as "X of Y" after "Y的X" in Chinese; the
     * two places are the same referent, as the two people are.
     */
    private static void origins(String text, List<EntityMention> ms, String[] surface, int[] parent) {
        for (int i = 0; i + 3 < ms.size(); i++) {
            EntityMention place = ms.get(i);
            EntityMention person = ms.get(i + 1);
            EntityMention latinPerson = ms.get(i + 2);
            EntityMention latinPlace = ms.get(i + 3);
            if (place.type() == EntityType.PLACE && latinPlace.type() == EntityType.PLACE && person.type() == EntityType.PERSON
                    && latinPerson.type() == EntityType.PERSON && NameKeys.hasHan(surface[i]) && !NameKeys.hasHan(surface[i + 3])
                    && person.start() == place.end() + 1 && text.charAt(place.end()) == '的'
                    && text.startsWith(" of ", latinPerson.end()) && latinPlace.start() == latinPerson.end() + 4
                    && latinPerson.start() > person.end() && latinPerson.start() - person.end() <= 4
                    && GLOSS_BETWEEN.matcher(text.substring(person.end(), latinPerson.start())).matches()) {
                union(parent, i, i + 3);
            }
        }
    }

    /**
     * "微软" / "Microsoft": CC-CEDICT gives a Chinese proper noun its English name ("Microsoft
     * Corporation"); a Latin mention that is that name, or its first words, is the same referent.
     * Compared without case and spaces, as glued text writes "JacksonHole".
     */
    private static void dictionaryNames(List<EntityMention> ms, String[] surface, int[] parent) {
        Map<String, Integer> latin = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            if (!NameKeys.hasHan(surface[i])) {
                latin.putIfAbsent(squeezed(surface[i]), i);
            }
        }
        if (latin.isEmpty()) {
            return;
        }
        for (int i = 0; i < ms.size(); i++) {
            if (!NameKeys.hasHan(surface[i])) {
                continue;
            }
            Optional<ProperNouns.Name> name = ProperNouns.get().zh(surface[i]);
            if (name.isEmpty() || name.get().english().isEmpty()) {
                continue;
            }
            String[] words = name.get().english().split(" ");
            for (int k = words.length; k >= 1; k--) {
                Integer j = latin.get(squeezed(String.join(" ", java.util.Arrays.copyOf(words, k))));
                if (j != null) {
                    union(parent, i, j);
                    break;
                }
            }
        }
    }

    private static final java.util.regex.Pattern LATIN_THEN_HEAD = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9 .&'’\\-]*?)\\s*\\p{IsHan}+$");

    /**
     * "BBC广播电台" / "BBC", "Chase银行" / "Chase": an organisation named by a Latin name and a Chinese head
     * noun is the organisation the text also names by the Latin name alone.
     */
    private static void latinHeaded(List<EntityMention> ms, String[] surface, int[] parent) {
        Map<String, Integer> latin = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            EntityType t = ms.get(i).type();
            if (ms.get(i).lang().equals("en") && (t == EntityType.ORG || t == EntityType.FACILITY)) {
                latin.putIfAbsent(squeezed(surface[i]), i);
            }
        }
        for (int i = 0; i < ms.size() && !latin.isEmpty(); i++) {
            java.util.regex.Matcher m = LATIN_THEN_HEAD.matcher(surface[i]);
            EntityType t = ms.get(i).type();
            if ((t == EntityType.ORG || t == EntityType.FACILITY) && m.matches()) {
                Integer j = latin.get(squeezed(m.group(1)));
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
    }

    private static String squeezed(String s) {
        return s.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceAll("[\\s.’'-]", "");
    }

    private static final java.util.regex.Pattern EMBASSY = java.util.regex.Pattern.compile("^(.*)驻(.+?)(?:大)?使馆$");

    /**
     * "驻吉尔吉斯斯坦使馆" and "中国驻吉尔吉斯斯坦大使馆" are one embassy when the text names only one
     * sending country for that host country.
     */
    private static void embassies(List<EntityMention> ms, String[] surface, int[] parent) {
        Map<String, Set<String>> senders = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            java.util.regex.Matcher m = EMBASSY.matcher(surface[i]);
            if (ms.get(i).type() == EntityType.ORG && m.matches()) {
                Set<String> s = senders.computeIfAbsent(m.group(2), k -> new java.util.HashSet<>());
                if (!m.group(1).isEmpty()) {
                    s.add(m.group(1));
                }
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            java.util.regex.Matcher m = EMBASSY.matcher(surface[i]);
            if (ms.get(i).type() == EntityType.ORG && m.matches() && senders.get(m.group(2)).size() <= 1) {
                joinOn(parent, first, m.group(2), i);
            }
        }
    }

    /**
     * "Ambassador Wang" is the one Chinese person named Wang in the text (王立新 / Wang Lixin); with two
     * such people the surname stays alone.
     */
    private static void surnames(List<EntityMention> ms, String[] surface, int[] parent) {
        // Chinese people by the romanised surname, each person once: looked up, not compared with
        // every mention, so a long document costs linear time.
        Map<String, Set<Integer>> peopleBySurname = new HashMap<>();
        for (int j = 0; j < ms.size(); j++) {
            if (ms.get(j).type() == EntityType.PERSON && ms.get(j).lang().equals("zh") && surface[j].length() <= 4) {
                peopleBySurname.computeIfAbsent(NameKeys.roman(surface[j].substring(0, 1)), k -> new java.util.LinkedHashSet<>())
                        .add(find(parent, j));
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).type() != EntityType.PERSON || !ms.get(i).lang().equals("en") || surface[i].contains(" ")
                    || !io.mixdoc.text.Pinyin.isSyllable(surface[i])) {
                continue;
            }
            int owner = -1;
            boolean several = false;
            for (int person : peopleBySurname.getOrDefault(surface[i].toLowerCase(Locale.ROOT), Set.of())) {
                int r = find(parent, person);
                if (owner >= 0 && r != owner) {
                    several = true;
                    break;
                }
                owner = r;
            }
            if (owner >= 0 && !several) {
                union(parent, i, owner);
            }
        }
    }

    /**
     * "Morrow" after "Lena Morrow" is the one English person of the text whose name ends with that word; with two
     * such people (Serena and Venus Williams) the surname stays alone.
     */
    private static void englishSurnames(List<EntityMention> ms, String[] surface, int[] parent) {
        Map<String, Set<Integer>> peopleByLastWord = new HashMap<>();
        for (int j = 0; j < ms.size(); j++) {
            int space = surface[j].lastIndexOf(' ');
            if (ms.get(j).type() == EntityType.PERSON && ms.get(j).lang().equals("en") && space > 0) {
                peopleByLastWord.computeIfAbsent(surface[j].substring(space + 1), k -> new java.util.LinkedHashSet<>())
                        .add(j);
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).type() != EntityType.PERSON || !ms.get(i).lang().equals("en") || surface[i].contains(" ")) {
                continue;
            }
            Set<Integer> owners = new java.util.HashSet<>();
            for (int person : peopleByLastWord.getOrDefault(surface[i], Set.of())) {
                owners.add(find(parent, person));
            }
            if (owners.size() == 1) {
                union(parent, i, owners.iterator().next());
            }
        }
    }

    /** Transliterated Chinese names without an English partner, matched to English names without a Chinese one. */
    private static void transliterations(List<EntityMention> ms, String[] surface, int[] parent) {
        int n = ms.size();
        Map<Integer, Boolean> hasZh = new HashMap<>();
        Map<Integer, Boolean> hasEn = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (ms.get(i).lang().equals("zh")) {
                hasZh.put(r, true);
            } else {
                hasEn.put(r, true);
            }
        }
        Map<String, Double> similarities = new HashMap<>();
        // Mentions of one entity with one spelling score alike: each (entity, spelling) is compared
        // once, so a name repeated through a long document does not multiply the work.
        List<Integer> english = new ArrayList<>();
        Set<String> seenEnglish = new java.util.HashSet<>();
        for (int j = 0; j < n; j++) {
            // An initialism (US, SCO, U.S.) is no transliteration of anything: its letters are not its sounds.
            if (ms.get(j).lang().equals("en") && !initialism(surface[j]) && seenEnglish.add(find(parent, j) + "\u0000" + surface[j])) {
                english.add(j);
            }
        }
        Set<String> triedChinese = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            EntityMention a = ms.get(i);
            if (!a.lang().equals("zh") || a.type() != EntityType.PERSON && a.type() != EntityType.PLACE
                    || hasEn.containsKey(find(parent, i)) || !triedChinese.add(find(parent, i) + "\u0000" + surface[i])) {
                continue;
            }
            int best = -1;
            double bestScore = TRANSLITERATION_THRESHOLD;
            for (int j : english) {
                EntityMention b = ms.get(j);
                if (b.type() != a.type() || hasZh.containsKey(find(parent, j))) {
                    continue;
                }
                String pair = surface[i] + "\u0000" + surface[j];
                Double cached = similarities.get(pair);
                double s = cached != null ? cached : Transliteration.similarity(surface[i], surface[j]);
                similarities.put(pair, s);
                if (s >= bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
            if (best >= 0) {
                union(parent, i, best);
                hasEn.put(find(parent, i), true);
                hasZh.put(find(parent, i), true);
            }
        }
    }

    /** Head words of company names and how Chinese translates them where the rest is transliterated. */
    private static final Map<String, List<String>> ORG_HEADS_ZH = Map.ofEntries(
            Map.entry("resort", List.of("度假中心", "度假村")), Map.entry("resorts", List.of("度假中心", "度假村")),
            Map.entry("hotel", List.of("酒店", "饭店")), Map.entry("hotels", List.of("酒店", "饭店")),
            Map.entry("bank", List.of("银行")), Map.entry("group", List.of("集团")), Map.entry("capital", List.of("资本")),
            Map.entry("motors", List.of("汽车")), Map.entry("airlines", List.of("航空")), Map.entry("foods", List.of("食品")));
    /** The rest must read closer than a whole name would: the head word already agrees. */
    private static final double HEADED_TRANSLITERATION = 0.7;
    private static final int MAX_HEADED_SPELLINGS = 20;
    private static final java.util.regex.Pattern WORD_START = java.util.regex.Pattern.compile("(?<=[a-z])(?=[A-Z])|\\s+");

    /**
     * "洛克度假中心" / "RockResorts": an organisation named by a transliteration and a translated head word is the
     * Latin name whose last word is that head and whose other words read as the transliteration. Only entities not
     * yet named in the other script, and only one Latin name that fits.
     */
    private static void transliteratedWithHead(List<EntityMention> ms, String[] surface, int[] parent) {
        // Latin names by the Chinese head, each spelling once with the words before its head
        Map<String, Map<String, List<Integer>>> latinByHead = new HashMap<>();
        Set<Integer> hasZh = new java.util.HashSet<>();
        Set<Integer> hasEn = new java.util.HashSet<>();
        for (int i = 0; i < ms.size(); i++) {
            (ms.get(i).lang().equals("zh") ? hasZh : hasEn).add(find(parent, i));
        }
        for (int j = 0; j < ms.size(); j++) {
            if (ms.get(j).type() == EntityType.ORG && !NameKeys.hasHan(surface[j]) && !hasZh.contains(find(parent, j))) {
                String[] words = WORD_START.split(surface[j]);
                List<String> heads = words.length >= 2 ? ORG_HEADS_ZH.get(words[words.length - 1].toLowerCase(Locale.ROOT)) : null;
                String rest = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
                for (String head : heads == null ? List.<String>of() : heads) {
                    latinByHead.computeIfAbsent(head, k -> new HashMap<>()).computeIfAbsent(rest, k -> new ArrayList<>()).add(j);
                }
            }
        }
        if (latinByHead.isEmpty()) {
            return;
        }
        Set<String> tried = new java.util.HashSet<>();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).type() != EntityType.ORG || !ms.get(i).lang().equals("zh") || hasEn.contains(find(parent, i))
                    || !tried.add(surface[i])) {
                continue;
            }
            for (Map.Entry<String, Map<String, List<Integer>>> e : latinByHead.entrySet()) {
                String rest = surface[i].endsWith(e.getKey()) ? surface[i].substring(0, surface[i].length() - e.getKey().length()) : "";
                // many spellings with one head: too many to tell apart, and too many to compare with every name
                if (rest.length() < 2 || e.getValue().size() > MAX_HEADED_SPELLINGS) {
                    continue;
                }
                Set<Integer> fits = new java.util.HashSet<>();
                int fit = -1;
                for (Map.Entry<String, List<Integer>> latin : e.getValue().entrySet()) {
                    if (Transliteration.similarity(rest, latin.getKey()) >= HEADED_TRANSLITERATION) {
                        for (int j : latin.getValue()) {
                            fits.add(find(parent, j));
                            fit = j;
                        }
                    }
                }
                if (fits.size() == 1) {
                    union(parent, i, fit); // the name's other mentions are joined to it already (same spelling and type)
                    break;
                }
            }
        }
    }

    /** Capital letters only, perhaps with full stops: {@code US}, {@code U.S.}, {@code SCO}. */
    static boolean initialism(String surface) {
        boolean letter = false;
        for (int k = 0; k < surface.length(); k++) {
            char c = surface.charAt(k);
            if (Character.isUpperCase(c)) {
                letter = true;
            } else if (c != '.') {
                return false;
            }
        }
        return letter;
    }

    /** How far apart (in sentences) a sentence and its translation may stand. */
    private static final int ALIGNMENT_WINDOW = 3;
    /** Entities two sentences must share, already linked, before their remaining names are aligned. */
    private static final int MIN_ANCHORS = 2;

    /**
     * Sentences that say the same thing in both languages: a Chinese and an English sentence close to
     * each other that share at least two already linked entities, and mostly the same ones. If each
     * names exactly one person (or place) still without a partner in the other language, those two are
     * one referent.
     */
    private static void aligned(List<io.mixdoc.Sentence> sentences, List<EntityMention> ms, String[] surface, int[] parent) {
        // mentions per sentence (mentions and sentences are both sorted by start)
        List<List<Integer>> bySentence = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            bySentence.add(new ArrayList<>());
        }
        int k = 0;
        for (int i = 0; i < ms.size(); i++) {
            while (k < sentences.size() && sentences.get(k).end() <= ms.get(i).start()) {
                k++;
            }
            if (k < sentences.size() && sentences.get(k).start() <= ms.get(i).start()) {
                bySentence.get(k).add(i);
            }
        }
        // the languages each entity is named in so far, kept up to date as entities are joined
        Map<Integer, Set<String>> langs = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            langs.computeIfAbsent(find(parent, i), r -> new java.util.HashSet<>()).add(ms.get(i).lang());
        }
        for (EntityType type : List.of(EntityType.PERSON, EntityType.PLACE)) {
            for (int a = 0; a < sentences.size(); a++) {
                if (!sentences.get(a).lang().equals("zh") || bySentence.get(a).isEmpty()) {
                    continue;
                }
                for (int b = Math.max(0, a - ALIGNMENT_WINDOW); b <= Math.min(sentences.size() - 1, a + ALIGNMENT_WINDOW); b++) {
                    // any Latin-script sentence: a short English sentence may be tagged with a neighbour language
                    if (sentences.get(b).lang().equals("zh") || sentences.get(b).lang().equals("und") || bySentence.get(b).isEmpty()) {
                        continue;
                    }
                    // a translation into English runs about 1.5 to 6 times as many characters as the Chinese
                    double ratio = (double) sentences.get(b).length() / Math.max(1, sentences.get(a).length());
                    if (ratio >= 1.5 && ratio <= 6) {
                        alignPair(ms, surface, parent, langs, bySentence.get(a), bySentence.get(b), type);
                    }
                }
            }
        }
    }

    private static void alignPair(List<EntityMention> ms, String[] surface, int[] parent, Map<Integer, Set<String>> langs,
                                  List<Integer> inA, List<Integer> inB, EntityType type) {
        Set<Integer> rootsA = new java.util.HashSet<>();
        Set<Integer> rootsB = new java.util.HashSet<>();
        inA.forEach(i -> rootsA.add(find(parent, i)));
        inB.forEach(i -> rootsB.add(find(parent, i)));
        Set<Integer> shared = new java.util.HashSet<>(rootsA);
        shared.retainAll(rootsB);
        // one shared name is too weak ("Kyrgyzstan" is in half the sentences): ask for two
        if (shared.size() < MIN_ANCHORS) {
            return;
        }
        int onlyA = unpaired(ms, parent, langs, inA, type, "zh");
        int onlyB = unpaired(ms, parent, langs, inB, type, "en");
        if (onlyA < 0 || onlyB < 0 || initialism(surface[onlyB])) {
            return; // an initialism (US, UN) is a short form: linked through the alias table or not at all
        }
        // and most of what either sentence names must be shared
        Set<Integer> union = new java.util.HashSet<>(rootsA);
        union.addAll(rootsB);
        union.remove(find(parent, onlyA));
        union.remove(find(parent, onlyB));
        if (shared.size() * 2 >= union.size()) {
            Set<String> merged = new java.util.HashSet<>(langs.get(find(parent, onlyA)));
            merged.addAll(langs.get(find(parent, onlyB)));
            union(parent, onlyA, onlyB);
            langs.put(find(parent, onlyA), merged);
        }
    }

    /** The one mention of {@code type} among {@code in} whose entity has no name in the other language, or -1. */
    private static int unpaired(List<EntityMention> ms, int[] parent, Map<Integer, Set<String>> langs, List<Integer> in,
                                EntityType type, String lang) {
        String other = lang.equals("zh") ? "en" : "zh";
        int found = -1;
        for (int i : in) {
            if (ms.get(i).type() != type || !ms.get(i).lang().equals(lang)) {
                continue;
            }
            int root = find(parent, i);
            if (langs.get(root).contains(other)) {
                continue;
            }
            if (found >= 0 && find(parent, found) != root) {
                return -1; // two candidates: no way to tell which
            }
            found = i;
        }
        return found;
    }

    private static List<EntityMention> number(List<EntityMention> ms, int[] parent) {
        Map<Integer, Integer> ids = new HashMap<>();
        Map<Integer, EnumMap<EntityType, Integer>> votes = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            int r = find(parent, i);
            ids.putIfAbsent(r, ids.size());
            votes.computeIfAbsent(r, k -> new EnumMap<>(EntityType.class)).merge(ms.get(i).type(), weight(ms.get(i)), Integer::sum);
        }
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            int r = find(parent, i);
            EntityType type = votes.get(r).entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            out.add(ms.get(i).withEntity(ids.get(r), type));
        }
        return out;
    }

    private static int weight(EntityMention m) {
        return m.source().equals("gazetteer") || m.source().startsWith("pattern") || m.source().equals("byline")
                || m.source().equals("dateline") ? 3 : 1;
    }

    private static void joinOn(int[] parent, Map<String, Integer> index, String key, int i) {
        Integer j = index.putIfAbsent(key, i);
        if (j != null) {
            union(parent, i, j);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
