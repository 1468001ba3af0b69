package io.mixdoc.stage;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.Stage;
import io.mixdoc.text.EnglishLexicon;
import io.mixdoc.NonOverlapping;
import io.mixdoc.seams.ClauseSwitchDetector;
import io.mixdoc.seams.DuplicationDetector;
import io.mixdoc.seams.ExtractionGlueDetector;
import io.mixdoc.seams.FragmentDetector;
import io.mixdoc.seams.GluedWordsDetector;
import io.mixdoc.seams.HalfTranslatedNameDetector;
import io.mixdoc.seams.InjectedAnnotationDetector;
import io.mixdoc.seams.LeakedWordDetector;
import io.mixdoc.seams.MixedNumeralDetector;
import io.mixdoc.seams.NoiseDetector;
import io.mixdoc.seams.OrphanDetector;
import io.mixdoc.seams.RepeatedChunkDetector;
import io.mixdoc.seams.RepeatedLineDetector;
import io.mixdoc.seams.SeamContext;
import io.mixdoc.seams.SeamDetector;
import io.mixdoc.seams.SplitWordDetector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs every {@link SeamDetector} and keeps, where their findings overlap, the more specific one
 * ({@link SeamType#priority()}: a name over a cut, a split word over two fragments), then the more confident.
 * Each detector declares the kinds it reports; every kind must have a detector, and a detector that reports
 * a kind it did not declare fails the run at once.
 */
public final class SeamFinder implements Stage {
    /** The detectors, in the order they run (which breaks ties between equal findings). */
    static final List<SeamDetector> DETECTORS = List.of(new NoiseDetector(), new InjectedAnnotationDetector(),
            new HalfTranslatedNameDetector(), new MixedNumeralDetector(),
            new SplitWordDetector(), new DuplicationDetector(), new RepeatedChunkDetector(), new RepeatedLineDetector(), new GluedWordsDetector(), new ExtractionGlueDetector(), new FragmentDetector(), new ClauseSwitchDetector(), new LeakedWordDetector(), new OrphanDetector());

    private final List<SeamDetector> detectors;

    public SeamFinder() {
        this(DETECTORS);
    }

    /** With other detectors (tests); every seam kind must be declared by one of them. */
    SeamFinder(List<SeamDetector> detectors) {
        Set<SeamType> declared = EnumSet.noneOf(SeamType.class);
        detectors.forEach(d -> declared.addAll(d.types()));
        if (!declared.equals(EnumSet.allOf(SeamType.class))) {
            Set<SeamType> missing = EnumSet.allOf(SeamType.class);
            missing.removeAll(declared);
            throw new IllegalStateException("no seam detector declares " + missing);
        }
        this.detectors = List.copyOf(detectors);
    }

    /** The detectors in the order they run: for measuring each one's cost ({@code io.mixdoc.bench.SeamDetectorCosts}). */
    public static List<SeamDetector> detectors() {
        return DETECTORS;
    }

    /** Seams other than lone word pieces a document needs before its lone word pieces count as cuts. */
    static final int MIN_STRONG_SEAMS = 2;

    @Override
    public String id() {
        return "seams";
    }

    /**
     * What {@link SeamContext} reads: tokens, code regions and sentences. Not the {@code lang} layer: no
     * detector reads it (they judge words and script around a seam, not a language tag), and the sentences
     * come after it anyway.
     */
    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKEN, Layers.CODE, Layers.SENTENCE);
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.SEAM;
    }

    @Override
    public Document apply(Document doc) {
        SeamContext ctx = new SeamContext(doc, EnglishLexicon.get());
        List<Seam> all = new ArrayList<>();
        Set<Seam> noCorroboration = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (SeamDetector d : detectors) {
            doc.deadline().check();
            for (Seam s : d.find(ctx)) {
                if (!d.types().contains(s.type())) {
                    throw new IllegalStateException(d.getClass().getSimpleName() + " reported " + s.type()
                            + ", which it does not declare in types()");
                }
                if (!ctx.isProtected(s.start(), s.end())) {
                    all.add(s);
                } else if (d.findsDamageInProtectedText()) {
                    // Noise and injected readings glue onto words and make them look like identifiers, so those
                    // detectors look inside protected tokens; but code is never edited: there they only propose.
                    s = ctx.inCode(s.start(), s.end()) ? s.asProposal(PROPOSAL_IN_CODE) : s;
                    all.add(s);
                } else {
                    continue; // code, URLs, identifiers: otherwise never a seam
                }
                if (!d.corroboratesWordPieces()) {
                    noCorroboration.add(s);
                }
            }
        }
        List<Seam> kept = resolveOverlaps(all);
        Predicate<Seam> strong = s -> !ctx.isWeak(s) && !noCorroboration.contains(s);
        if (kept.stream().filter(strong).count() < MIN_STRONG_SEAMS) {
            kept.removeIf(ctx::isWeak); // a lone word piece in an undamaged document is a term
        }
        return doc.with(Layers.SEAM, uncorroboratedAsProposals(doc.text(), kept, strong, doc.deadline()));
    }

    /** Repairs at most this sure stay proposals (the Mender applies from 0.5). */
    static final double PROPOSAL = 0.45;

    /**
     * A repair of something an author might have written ({@link #authorCouldWriteIt}) is applied only
     * in a document that shows damage elsewhere: another strong seam (no lone word piece, no lost separator)
     * of another kind nearby, with other text ({@link #MIN_VOUCHING_FOR_A_DOUBLE}
     * for a doubling). A lone doubled word ({@code 系统系统}, {@code 好啦好啦}), a paragraph written twice or a glued
     * compound ({@code whitespaces}) in an otherwise clean document is as likely the author's own writing as
     * damage, so its repair is offered, not made.
     */
    static List<Seam> uncorroboratedAsProposals(String text, List<Seam> seams, Predicate<Seam> canVouch, io.mixdoc.Deadline deadline) {
        List<Seam> out = new ArrayList<>(seams.size());
        NearbySeams nearby = new NearbySeams(seams, canVouch);
        for (Seam s : seams) {
            if (s.repair().isPresent() && s.repairConfidence() > PROPOSAL && authorCouldWriteIt(text, s)
                    && !corroborated(text, s, nearby, deadline)) {
                s = s.withRepair(s.repair().get(), PROPOSAL);
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Other seams that must vouch for removing a doubling. One is not enough: a human translator types a word
     * twice ({@code 不在网络网络的路由上}) in the same page where another leaves an English clause half translated,
     * and real clean pages show one false alarm now and then; every generated document whose page translator
     * doubled a chunk (dev, gen-test, the seed) shows at least two other seams. Removing text loses it from the
     * cleaned text, so the bar is higher than for a split or a completion (one other seam).
     */
    static final int MIN_VOUCHING_FOR_A_DOUBLE = 2;

    /**
     * Findings whose text an author may well have written on purpose: a cut-looking term, a compound,
     * a doubled word, a line or paragraph written twice (help pages repeat a control's description). Jammer
     * noise, injected readings or a run of words doubled inside a sentence ({@code the board the board}) are not.
     */
    private static boolean authorCouldWriteIt(String text, Seam s) {
        return switch (s.type()) {
            case FRAGMENT, GLUED_WORDS, SPLIT_WORD, HALF_TRANSLATED_NAME -> true;
            case DUPLICATION -> {
                String doubled = text.substring(s.start(), s.end());
                yield doubled.chars().noneMatch(Character::isWhitespace) || doubled.indexOf('\n') >= 0
                        || !doubled.matches(".*\\p{L}{2}.*"); // l l l l: table formats and markup, not words
            }
            default -> false;
        };
    }

    /**
     * How far (characters) a seam may be from another and still vouch for it. Long real manuals and Javadoc
     * gather a false alarm every few thousand characters, which vouched for each other across the page
     * (29 edits on 3.6 M characters of clean Debian manuals and Javadoc); a page translator's damage is dense.
     */
    static final int VOUCH_WINDOW = 1000;

    private static boolean corroborated(String text, Seam s, NearbySeams nearby, io.mixdoc.Deadline deadline) {
        String mine = text.substring(s.start(), s.end());
        int needed = s.type() == SeamType.DUPLICATION ? MIN_VOUCHING_FOR_A_DOUBLE : 1;
        // Findings of one kind come in clusters in real writing (如何如何 … 证明证明; a Tcl page's tolower, toupper,
        // totitle; a manual's stray one-letter switches): a kind vouches once, and never for itself. Damage is
        // local: a seam pages away says nothing of this one.
        // Two kinds on one word ("。so laris": a clause switch and a word piece) are one flaw seen twice: two
        // vouching kinds must stand apart.
        List<Seam> vouchers = new ArrayList<>();
        for (int i = nearby.firstStartingFrom(s.start() - VOUCH_WINDOW);
                i < nearby.size() && nearby.get(i).start() <= s.start() + VOUCH_WINDOW; i++) {
            deadline.checkEvery(i); // counted by LinearWorkTest: a seam is compared only with those in its window
            Seam o = nearby.get(i);
            if (o != s && o.type() != s.type() && nearby.canVouch(i)
                    && !text.substring(o.start(), o.end()).equals(mine)) {
                if (needed == 1) {
                    return true;
                }
                for (Seam v : vouchers) {
                    if (v.type() != o.type() && apart(v, o)) {
                        return true;
                    }
                }
                vouchers.add(o);
            }
        }
        return false;
    }

    /**
     * The seams by start, to visit only those within {@link #VOUCH_WINDOW} of a seam: asking every seam of a long
     * damaged document about every other one was quadratic (40 s per MB of alternating text at 1 MB).
     * Whether a seam can vouch is asked once, when it first matters.
     */
    private static final class NearbySeams {
        private final List<Seam> byStart;
        private final Predicate<Seam> canVouch;
        private final Boolean[] vouches;

        NearbySeams(List<Seam> seams, Predicate<Seam> canVouch) {
            this.byStart = new ArrayList<>(seams);
            this.byStart.sort(Comparator.comparingInt(Seam::start));
            this.canVouch = canVouch;
            this.vouches = new Boolean[seams.size()];
        }

        int size() {
            return byStart.size();
        }

        Seam get(int i) {
            return byStart.get(i);
        }

        boolean canVouch(int i) {
            if (vouches[i] == null) {
                vouches[i] = canVouch.test(byStart.get(i));
            }
            return vouches[i];
        }

        /** The index of the first seam starting at or after {@code offset}. */
        int firstStartingFrom(int offset) {
            int lo = 0;
            int hi = byStart.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (byStart.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** Characters two vouching seams must lie apart to be two flaws, not one word two detectors saw. */
    static final int SAME_FLAW = 8;

    private static boolean apart(Seam a, Seam b) {
        return a.start() >= b.end() + SAME_FLAW || b.start() >= a.end() + SAME_FLAW;
    }

    /** The repair confidence of damage found inside code: below the mender's threshold, a proposal. */
    static final double PROPOSAL_IN_CODE = 0.3;

    /** Keeps, best first (kind, then confidence), every seam that overlaps none kept before it. */
    static List<Seam> resolveOverlaps(List<Seam> all) {
        List<Seam> ranked = new ArrayList<>(all);
        ranked.sort(Comparator.comparingInt((Seam s) -> s.type().priority())
                .thenComparing(Comparator.comparingDouble(Seam::confidence).reversed())
                .thenComparingInt(Seam::start));
        return NonOverlapping.greedy(ranked);
    }
}
