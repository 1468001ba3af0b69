package io.mixdoc.seams;

import io.mixdoc.Seam;
import java.util.List;

/** Finds one kind of seam. Implementations are stateless and thread-safe. */
public interface SeamDetector {
    List<Seam> find(SeamContext ctx);

    /**
     * True for detectors of damage made of what the tokenizer protects: jammer runs look like markup or
     * code, a spliced reading like a pinyin token. Their seams are kept inside protected tokens and code;
     * every other detector's are dropped there.
     */
    default boolean findsDamageInProtectedText() {
        return false;
    }
}
