package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.List;
import java.util.Set;

/**
 * Finds seams of the kinds it declares. Implementations are stateless and thread-safe, and are listed in
 * {@link io.mixdoc.stage.SeamFinder}; every {@link SeamType} must be declared by at least one of them.
 */
public interface SeamDetector {
    /** The kinds this detector reports; a seam of another kind from it is a bug and fails the run at once. */
    Set<SeamType> types();

    /** Reads the document through {@code ctx}, built once per document for every detector. */
    List<Seam> find(SeamContext ctx);

    /**
     * True for detectors of damage made of what the tokenizer protects: jammer runs look like markup or
     * code, a spliced reading like a pinyin token. Their seams are kept inside protected tokens, and inside
     * code as proposals only (code is never edited); every other detector's are dropped there.
     */
    default boolean findsDamageInProtectedText() {
        return false;
    }

    /**
     * False for detectors of damage that says nothing of words cut by a page translator: separators an extractor lost
     * ({@code ibsobs}) are no reason to read a lone word piece ({@code 在ls、df、du命令中}) as a cut, so their seams do not
     * count towards the damage a document needs before its lone word pieces count ({@code SeamFinder}).
     */
    default boolean corroboratesWordPieces() {
        return true;
    }
}
