package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import io.mixdoc.text.CharTrie;
import io.mixdoc.text.ChineseDictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper nouns of CC-CEDICT (the dictionary core already ships, {@link ChineseDictionary}): headwords
 * whose every reading is capitalised pinyin ({@code 微软 Wei1 ruan3 "Microsoft Corporation"}), in simplified
 * and traditional characters, with the English name their first sense gives and a type read from that sense
 * ("..., capital of Austria" is a place, "(1952-), president of Russia" a person, "Japanese cosmetics
 * company" an organisation) or from the headword's suffix ({@code 市}, {@code 大学}). A headword that is also a
 * common word ({@code 现代} "modern", {@code 苹果} "apple") is not looked for in Chinese text, but its English name
 * ("Boeing") still types and links. Typed names serve recognition in both
 * languages; every name, typed or not, serves linking. Loaded once per JVM, read-only.
 */
public final class ProperNouns {
    /**
     * One proper noun: its type (empty when the sense does not tell), English name, and whether the
     * headword is only a name ({@code 波音} is also "mordent": a name to link, not one to find).
     */
    public record Name(Optional<EntityType> type, String english, boolean onlyName) {
    }

    private static final Pattern PERSON = Pattern.compile(
            "^\\(name\\)|^[^,(]*\\((?:c\\. ?)?-?\\d{2,4}(?: ?BC)?\\s*[-–]|\\b(?:president|prime minister|leader|writer|poet|actor|actress|singer|"
                    + "painter|emperor|politician|physicist|philosopher|novelist|scientist|composer|footballer|player|"
                    + "general|businessman|entrepreneur|diplomat)\\b");
    /** Years after wars, armies, eras and bodies are no lifetimes. */
    private static final Pattern NOT_PERSON = Pattern.compile("^[^(]*\\b(?:War|Army|Revolution|Dynasty|Movement|Incident|Battle|Treaty|"
            + "Uprising|Period|Era|Campaign|Expedition|Rebellion|Games|Olympics|Exposition|Expo|"
            // "Communist International or Comintern (1919-1943)": the years of a body are no lifetime
            + "International|League|Party|Union|Alliance|Federation|Congress|Society|Company|Corporation)\\b");
    private static final Pattern ORG = Pattern.compile("\\b(?:[Cc]ompany|[Cc]orporation|Inc|brand|newspaper|Daily|magazine|"
            + "University|[Cc]ollege|[Pp]arty|[Aa]rmy|[Bb]ank|Council|Ministry|Department|[Aa]gency|[Aa]ssociation|"
            + "[Oo]rganization|Institute|airline|Airlines|club|Bureau|Committee|Union|broadcaster|publisher|"
            + "manufacturer|car make|conglomerate|Times|Journal|News|[Tt]elevision|Administration|Commission|Federation|Foundation|"
            // online services are run by companies: "Twitter (microblogging service)", "Weibo (Chinese social media platform)",
            // "Taobao, a Chinese online shopping website", "Alipay, online payment platform" ("foreign websites" is no site)
            + "microblogging|social media|social network(?:ing)?|messaging service|streaming service|video[- ]sharing|search engine|"
            + "website|web portal|Internet portal|online shopping|payment platform|e-commerce|video hosting)\\b");
    private static final Pattern PLACE = Pattern.compile("\\b(?:city|City|province|Province|county|County|district|District|"
            + "prefecture|town|village|township|river|River|lake|Lake|mountains?|Mountains?|Mt|island|Island|capital|"
            + "region|Region|state|country|area|bay|Bay|sea|Sea|peninsula|municipality|Street|Avenue|Square|"
            + "Park|Palace|Hall|Temple|Bridge|Airport|Station)\\b");
    /** The last word of an English name of a body: "Communist International", "Jiusan Society". */
    private static final Pattern ORG_NAME_END = Pattern.compile(" (?:International|League|Alliance|Congress|Society)$");
    private static final Pattern SEE_PLACE = Pattern.compile("^see [^|\\[]*[市县縣省区區州镇鎮]\\|");
    /** "see 迪士尼[Di2 shi4 ni2]", "see 開金|开金[kai1 jin1]": the headword (simplified) a variant points to. */
    private static final Pattern SEE_VARIANT = Pattern.compile("^see (?:[^|\\[]*\\|)?([^|\\[]+)\\[");
    private static final Pattern PLACE_HEAD = Pattern.compile("[市县縣省州镇鎮乡鄉村区區岛島湖河江山]$");
    private static final Pattern ORG_HEAD = Pattern.compile("(?:大学|大學|学院|學院|公司|集团|集團|银行|銀行|日报|日報|报社|報社|委员会|委員會|协会|協會|党|黨)$");

    // Compiled once: the constructor reads every CC-CEDICT headword, and compiling these per entry
    // (String.matches, replaceFirst) was most of the time it took to load.
    private static final Pattern REGION_TAG = Pattern.compile("^\\((?:Tw|PRC|HK)\\) ");
    private static final Pattern NAME_TAG = Pattern.compile("^\\(name\\) ");
    private static final Pattern ENGLISH_NAME = Pattern.compile(
            "^(?:the )?([A-Z][\\p{L}.'’&-]*(?: (?:of |and |de |the |of the )?[A-Z0-9][\\p{L}.'’&-]*)*)");
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");
    private static final Pattern DATES_IN_BRACKETS = Pattern.compile(".*\\(\\d.*");

    private final Map<String, Name> byZh = new HashMap<>();
    private final Map<String, EntityType> byEn = new HashMap<>();
    /** The names Chinese text is searched for (typed, and only names), walked along the text without a substring per probe. */
    private final CharTrie findable;

    private ProperNouns() {
        ChineseDictionary d = ChineseDictionary.get();
        Map<String, EntityType> english = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        Map<String, String> seeAlso = new HashMap<>();
        d.forEach((word, readings) -> {
            Optional<ChineseDictionary.Reading> proper = readings.stream()
                    .filter(r -> Character.isUpperCase(r.pinyin().charAt(0))).findFirst();
            if (word.length() < 2 || proper.isEmpty()) {
                return;
            }
            String sense = REGION_TAG.matcher(proper.get().senses().get(0)).replaceFirst("");
            String name = englishName(sense);
            Optional<EntityType> type = type(d, word, sense);
            // "丰田: Toyota or Toyoda (name) / Toyota, Japanese car make": where the first sense does not type the
            // name, the later senses about the same name may, if they agree ("华盛顿": George Washington, a US
            // state: a person and a place, left untyped)
            if (type.isEmpty() && !name.isEmpty()) {
                type = laterSensesType(d, word, name, proper.get().senses());
            }
            boolean onlyName = readings.stream().allMatch(r -> Character.isUpperCase(r.pinyin().charAt(0)));
            byZh.put(word, new Name(type, name, onlyName));
            Matcher see = SEE_VARIANT.matcher(sense);
            if (type.isEmpty() && see.find()) {
                seeAlso.put(word, see.group(1));
            }
            if (type.isPresent() && !name.isEmpty()) {
                EntityType before = english.putIfAbsent(name.toLowerCase(Locale.ROOT), type.get());
                if (before != null && before != type.get()) {
                    ambiguous.add(name.toLowerCase(Locale.ROOT));
                }
            }
        });
        // "迪斯尼: see 迪士尼": a variant spelling is the name it points to, with that name's type and English name
        seeAlso.forEach((word, target) -> {
            Name to = byZh.get(target);
            if (to != null && to.type().isPresent()) {
                byZh.put(word, new Name(to.type(), to.english(), byZh.get(word).onlyName()));
            }
        });
        ambiguous.forEach(english::remove);
        byEn.putAll(english);
        findable = CharTrie.of(byZh.entrySet().stream()
                .filter(e -> e.getValue().onlyName() && e.getValue().type().isPresent())
                .map(Map.Entry::getKey).sorted().toArray(String[]::new));
    }

    private static Optional<EntityType> laterSensesType(ChineseDictionary d, String word, String name, List<String> senses) {
        Pattern mentions = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        java.util.Set<EntityType> types = new java.util.HashSet<>();
        for (String later : senses.subList(1, senses.size())) {
            if (mentions.matcher(later).find()) {
                Optional<EntityType> t = type(d, word, later);
                if (t.isEmpty()) {
                    return Optional.empty(); // a sense about the name that names no kind: no telling
                }
                types.add(t.get());
            }
        }
        return types.size() == 1 ? Optional.of(types.iterator().next()) : Optional.empty();
    }

    /** The name a sense begins with: "Vienna, capital of Austria" → "Vienna"; "" when it is no name. */
    static String englishName(String sense) {
        Matcher m = ENGLISH_NAME.matcher(NAME_TAG.matcher(sense).replaceFirst(""));
        return m.find() ? FINAL_DOT.matcher(m.group(1)).replaceFirst("") : "";
    }

    private static Optional<EntityType> type(ChineseDictionary d, String word, String sense) {
        if (sense.startsWith("surname ") || sense.contains("dynasty") && !DATES_IN_BRACKETS.matcher(sense).matches()) {
            return Optional.empty();
        }
        if (PERSON.matcher(sense).find() && !NOT_PERSON.matcher(sense).find()) {
            return Optional.of(EntityType.PERSON);
        }
        if (SEE_PLACE.matcher(sense).find() || PLACE_HEAD.matcher(word).find() && PLACE.matcher(sense).find()) {
            return Optional.of(EntityType.PLACE);
        }
        if (ORG_HEAD.matcher(word).find()) {
            return Optional.of(EntityType.ORG);
        }
        // whichever kind of noun the sense names first: "a county-level city in Xilingol League" is a place
        Matcher o = ORG.matcher(sense);
        Matcher p = PLACE.matcher(sense);
        int os = o.find() ? o.start() : Integer.MAX_VALUE;
        int ps = p.find() ? p.start() : Integer.MAX_VALUE;
        if (os < ps) {
            return Optional.of(EntityType.ORG);
        }
        if (ps < os) {
            return Optional.of(EntityType.PLACE);
        }
        // "Communist International", "China Democratic League": a name whose last word names a body is one,
        // where the sense names no other kind of noun; two names joined ("Vertical and Horizontal Alliance", a
        // stratagem) are no one body
        String english = englishName(sense);
        if (ORG_NAME_END.matcher(english).find() && !english.contains(" and ")) {
            return Optional.of(EntityType.ORG);
        }
        // "佛罗里达 Florida": the same name with a place suffix (佛罗里达州) is a place
        for (String suffix : List.of("州", "市", "省", "县")) {
            if (d.readings(word + suffix).stream().anyMatch(r -> r.senses().get(0).startsWith(englishName(sense)) && !englishName(sense).isEmpty())) {
                return Optional.of(EntityType.PLACE);
            }
        }
        return Optional.empty();
    }

    private static final class Holder {
        static final ProperNouns INSTANCE = new ProperNouns();
    }

    public static ProperNouns get() {
        return Holder.INSTANCE;
    }

    /** The shortest and longest foreign person's name looked for in another spelling. */
    private static final int MIN_SOUNDED = 4;
    private static final int MAX_SOUNDED = 6;

    /**
     * CC-CEDICT's people named in 4 to 6 characters (transliterated foreign names: "勃列日涅夫" Brezhnev), by
     * their toneless syllables; and each character's first syllable. Built on first use.
     */
    private static final class Sounds {
        static final Map<String, String> PEOPLE = new HashMap<>();
        static final Map<Character, String> SYLLABLE = new HashMap<>();

        static {
            ChineseDictionary d = ChineseDictionary.get();
            d.forEach((word, readings) -> {
                if (word.length() == 1 && !readings.isEmpty()) {
                    SYLLABLE.putIfAbsent(word.charAt(0), toneless(readings.get(0).pinyin()));
                }
            });
            get().byZh.forEach((word, name) -> {
                if (word.length() >= MIN_SOUNDED && word.length() <= MAX_SOUNDED && name.onlyName()
                        && name.type().equals(Optional.of(EntityType.PERSON))) {
                    String key = key(word, 0, word.length());
                    if (key != null) {
                        PEOPLE.putIfAbsent(key, word);
                    }
                }
            });
        }

        static String toneless(String pinyin) {
            return pinyin.replaceAll("[0-9]", "").toLowerCase(Locale.ROOT);
        }

        static String key(CharSequence text, int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < to; k++) {
                String syllable = SYLLABLE.get(text.charAt(k));
                if (syllable == null) {
                    return null;
                }
                b.append(syllable).append(' ');
            }
            return b.toString();
        }
    }

    /**
     * "勃烈日涅夫" for "勃列日涅夫": a foreign person's name of 4 to 6 characters written with other characters
     * of the same sounds (transliterations vary by place and decade), where the text at {@code pos} is that
     * many characters sounding as a CC-CEDICT person's name does, tones aside, and is not that name. Returns
     * the length, 0 when none; the longest wins.
     */
    public int soundedPersonAt(CharSequence text, int pos) {
        for (int len = MAX_SOUNDED; len >= MIN_SOUNDED; len--) {
            if (pos + len > text.length()) {
                continue;
            }
            String key = Sounds.key(text, pos, pos + len);
            String headword = key == null ? null : Sounds.PEOPLE.get(key);
            if (headword != null && !headword.contentEquals(text.subSequence(pos, pos + len))) {
                return len;
            }
        }
        return 0;
    }

    /** The proper noun written {@code word} in Chinese, if CC-CEDICT has it (and has it only as a name). */
    public Optional<Name> zh(String word) {
        return Optional.ofNullable(byZh.get(word));
    }

    /**
     * The length of the longest name the text writes at {@code pos} that is typed and only a name (what
     * {@link #zh} returns with {@code onlyName} and a type), of 2 to {@code maxLength} characters and
     * ending where {@code endAllowed} says; 0 when there is none. One walk of a trie, however many lengths.
     */
    public int longestFindableAt(CharSequence text, int pos, int maxLength, IntPredicate endAllowed) {
        int node = findable.root();
        int best = 0;
        for (int len = 1; len <= maxLength && pos + len <= text.length(); len++) {
            node = findable.step(node, text.charAt(pos + len - 1));
            if (node == CharTrie.NONE) {
                break;
            }
            if (len >= 2 && findable.value(node) != CharTrie.NONE && endAllowed.test(pos + len)) {
                best = len;
            }
        }
        return best;
    }

    /** The type of an English name the dictionary glosses a typed Chinese proper noun with; empty when unknown or ambiguous. */
    public Optional<EntityType> en(String name) {
        return Optional.ofNullable(byEn.get(name.toLowerCase(Locale.ROOT)));
    }
}
