package io.mixdoc.seams;

import io.mixdoc.Seam;
import java.util.List;

/** Finds one kind of seam. Implementations are stateless and thread-safe. */
public interface SeamDetector {
    List<Seam> find(SeamContext ctx);
}
