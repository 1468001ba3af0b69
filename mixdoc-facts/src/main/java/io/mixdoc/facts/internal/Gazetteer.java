package io.mixdoc.facts.internal;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.mixdoc.facts.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compact Chinese–English gazetteer: countries and UN macro-regions (ICU/CLDR display names), cities
 * (CLDR time-zone exemplar cities), US states and Canadian provinces ({@code places.tsv}, from ISO 3166-2
 * by {@code tools/build_places.py}), and international organisations and news agencies (the documented
 * resource {@code organisations.tsv}). Loaded once per JVM ({@link #get()}), read-only.
 */
public final class Gazetteer {
    /** One referent with its names; {@code abbreviation} is the one-character Chinese short form of a country. */
    public record Entry(String id, EntityType type, List<String> zh, List<String> en, String abbreviation) {
        public String canonicalZh() {
            return zh.isEmpty() ? "" : zh.get(0);
        }

        public String canonicalEn() {
            return en.isEmpty() ? "" : en.get(0);
        }
    }

    private static final String[] MACRO_REGIONS = {"002", "005", "009", "011", "013", "014", "015", "017", "018",
            "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150",
            "151", "154", "155", "419"};

    private final Map<String, Entry> byZh = new HashMap<>();
    private final Map<String, Entry> byEn = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private int longestZh;
    /** The Chinese names as a trie: {@link #longestZhAt} walks the text once instead of a substring per length. */
    private final io.mixdoc.text.CharTrie zhTrie;

    private Gazetteer() {
        LocaleDisplayNames zh = LocaleDisplayNames.getInstance(ULocale.SIMPLIFIED_CHINESE);
        LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        LocaleDisplayNames enShort = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.LENGTH_SHORT);
        for (String code : ULocale.getISOCountries()) {
            String z = zh.regionDisplayName(code);
            String e = en.regionDisplayName(code);
            if (z.equals(code) || e.equals(code)) {
                continue;
            }
            Set<String> ens = new LinkedHashSet<>(List.of(e, enShort.regionDisplayName(code)));
            ens.removeIf(n -> n.length() < 2);
            String abbreviation = code.equals("CN") ? "中" : z.substring(0, 1);
            add(new Entry(code, EntityType.PLACE, List.of(z), List.copyOf(ens), abbreviation));
        }
        for (String code : MACRO_REGIONS) {
            add(new Entry(code, EntityType.PLACE, List.of(zh.regionDisplayName(code)),
                    List.of(Character.toUpperCase(en.regionDisplayName(code).charAt(0)) + en.regionDisplayName(code).substring(1)), ""));
        }
        TimeZoneNames tzZh = TimeZoneNames.getInstance(ULocale.SIMPLIFIED_CHINESE);
        TimeZoneNames tzEn = TimeZoneNames.getInstance(ULocale.ENGLISH);
        for (String tz : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String z = tzZh.getExemplarLocationName(tz);
            String e = tzEn.getExemplarLocationName(tz);
            // Antarctic research stations are named after people ("Casey", "Davis", "Palmer"): in news those are surnames
            if (z == null || e == null || z.equals(e) || byZh.containsKey(z) || tz.startsWith("Antarctica/")) {
                continue;
            }
            add(new Entry("tz:" + tz, EntityType.PLACE, List.of(z), List.of(e), ""));
        }
        loadResource("organisations.tsv");
        loadResource("places.tsv");
        loadResource("cities.tsv"); // last: a country, region or CLDR city of the same name keeps its entry
        zhTrie = io.mixdoc.text.CharTrie.of(byZh.keySet().stream().sorted().toArray(String[]::new));
    }

    private void loadResource(String name) {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/io/mixdoc/facts/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("@ALIAS")) {
                    alias(f[1], List.of(f[2].split("\\|")));
                    continue;
                }
                if (f[0].equals("@DEMONYM")) {
                    for (String d : f[2].split("\\|")) {
                        demonyms.put(d, f[1]);
                    }
                    continue;
                }
                add(new Entry(f[0], EntityType.valueOf(f[1]), f[2].isEmpty() ? List.of() : List.of(f[2].split("\\|")),
                        f.length > 3 ? List.of(f[3].split("\\|")) : List.of(), ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** More English names for an entry CLDR already gave ("US", "U.S." for the United States). */
    private void alias(String id, List<String> names) {
        Entry old = byId.get(id);
        List<String> en = new ArrayList<>(old.en());
        names.stream().filter(n -> !en.contains(n)).forEach(en::add);
        Entry e = new Entry(old.id(), old.type(), old.zh(), List.copyOf(en), old.abbreviation());
        byId.put(id, e);
        for (String z : e.zh()) {
            byZh.put(z, e);
        }
        for (String n : e.en()) {
            byEn.put(n.toLowerCase(Locale.ROOT), e);
        }
    }

    private void add(Entry e) {
        byId.put(e.id(), e);
        for (String z : e.zh()) {
            byZh.putIfAbsent(z, e);
            longestZh = Math.max(longestZh, z.length());
        }
        for (String n : e.en()) {
            byEn.putIfAbsent(n.toLowerCase(Locale.ROOT), e);
        }
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private static final java.util.regex.Pattern DOTTED_ACRONYM = java.util.regex.Pattern.compile("(?:[A-Z]\\.){2,3}");

    public Optional<Entry> zh(String name) {
        return Optional.ofNullable(byZh.get(name));
    }

    /** Case-insensitive for names of two or more letters; acronyms must match in upper case. */
    public Optional<Entry> en(String name) {
        Entry e = byEn.get(name.toLowerCase(Locale.ROOT));
        if (e == null && name.length() >= 4 && DOTTED_ACRONYM.matcher(name).matches()) {
            return en(name.replace(".", "")); // "U.S." is "US", "U.K." is "UK"
        }
        if (e == null) {
            return Optional.empty();
        }
        if (name.length() <= 4 && !e.en().contains(name)) {
            return Optional.empty(); // "Un", "who" are not UN / WHO
        }
        return Optional.of(e);
    }

    public Optional<Entry> id(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country an English adjective names ("Chinese" → CN), from the resource. */
    public Optional<Entry> demonym(String adjective) {
        String code = demonyms.get(adjective);
        return code == null ? Optional.empty() : id(code);
    }

    /** The longest Chinese gazetteer name starting at {@code pos}, or empty. */
    public Optional<String> longestZhAt(String text, int pos) {
        int len = zhTrie.longestAt(text, pos, 2, Math.min(longestZh, text.length() - pos));
        return len == 0 ? Optional.empty() : Optional.of(text.substring(pos, pos + len));
    }

    /** All entries, for tests and reports. */
    public List<Entry> entries() {
        return new ArrayList<>(byId.values());
    }
}
