package io.mixdoc.stage;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.Stage;
import io.mixdoc.internal.EnglishLexicon;
import io.mixdoc.internal.NonOverlapping;
import io.mixdoc.seams.BoundaryDetector;
import io.mixdoc.seams.DuplicationDetector;
import io.mixdoc.seams.ExtractionGlueDetector;
import io.mixdoc.seams.GluedWordsDetector;
import io.mixdoc.seams.HalfTranslatedNameDetector;
import io.mixdoc.seams.InjectedAnnotationDetector;
import io.mixdoc.seams.LeakedWordDetector;
import io.mixdoc.seams.MixedNumeralDetector;
import io.mixdoc.seams.NoiseDetector;
import io.mixdoc.seams.OrphanDetector;
import io.mixdoc.seams.RepeatedChunkDetector;
import io.mixdoc.seams.SeamContext;
import io.mixdoc.seams.SeamDetector;
import io.mixdoc.seams.SplitWordDetector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs every {@link SeamDetector} and keeps, where their findings overlap, the more specific one
 * (a name over a cut, a split word over two fragments), then the more confident.
 */
public final class SeamFinder implements Stage {
    /** More specific kinds first: a finding of an earlier kind wins an overlap. */
    private static final List<SeamType> PRIORITY = List.of(SeamType.NOISE, SeamType.INJECTED_ANNOTATION,
            SeamType.HALF_TRANSLATED_NAME, SeamType.MIXED_NUMERAL,
            SeamType.SPLIT_WORD, SeamType.DUPLICATION, SeamType.GLUED_WORDS, SeamType.FRAGMENT,
            SeamType.INTRA_SENTENCE_SWITCH, SeamType.ORPHAN);

    private final List<SeamDetector> detectors = List.of(new NoiseDetector(), new InjectedAnnotationDetector(),
            new HalfTranslatedNameDetector(), new MixedNumeralDetector(),
            new SplitWordDetector(), new DuplicationDetector(), new RepeatedChunkDetector(), new GluedWordsDetector(), new ExtractionGlueDetector(), new BoundaryDetector(), new LeakedWordDetector(), new OrphanDetector());

    /** Seams other than lone word pieces a document needs before its lone word pieces count as cuts. */
    static final int MIN_STRONG_SEAMS = 2;

    @Override
    public String id() {
        return "seams";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKEN, Layers.CODE, Layers.LANG, Layers.SENTENCE);
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.SEAM;
    }

    @Override
    public Document apply(Document doc) {
        SeamContext ctx = new SeamContext(doc, EnglishLexicon.get());
        List<Seam> all = new ArrayList<>();
        for (SeamDetector d : detectors) {
            doc.deadline().check();
            for (Seam s : d.find(ctx)) {
                if (!ctx.isProtected(s.start(), s.end())) {
                    all.add(s);
                } else if (d.findsDamageInProtectedText()) {
                    // Noise and injected readings glue onto words and make them look like identifiers, so those
                    // detectors look inside protected tokens; but code is never edited: there they only propose.
                    all.add(ctx.inCode(s.start(), s.end()) ? s.asProposal(PROPOSAL_IN_CODE) : s);
                } // code, URLs, identifiers: otherwise never a seam
            }
        }
        List<Seam> kept = resolveOverlaps(all);
        long strong = kept.stream().filter(s -> !ctx.isWeak(s)).count();
        if (strong < MIN_STRONG_SEAMS) {
            kept.removeIf(ctx::isWeak); // a lone word piece in an undamaged document is a term
        }
        return doc.with(Layers.SEAM, kept);
    }

    /** The repair confidence of damage found inside code: below the mender's threshold, a proposal. */
    static final double PROPOSAL_IN_CODE = 0.3;

    /** Keeps, best first (kind, then confidence), every seam that overlaps none kept before it. */
    static List<Seam> resolveOverlaps(List<Seam> all) {
        List<Seam> ranked = new ArrayList<>(all);
        ranked.sort(Comparator.comparingInt((Seam s) -> PRIORITY.indexOf(s.type()))
                .thenComparing(Comparator.comparingDouble(Seam::confidence).reversed())
                .thenComparingInt(Seam::start));
        return NonOverlapping.greedy(ranked);
    }
}
