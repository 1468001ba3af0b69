package io.mixdoc.stage;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Stage;
import io.mixdoc.token.Tokenizer;
import java.util.Set;

/** Adds the {@code token} layer: the document tokenised once, for every later stage ({@link Tokenizer}). */
public final class TokenTagger implements Stage {
    @Override
    public String id() {
        return "tokens";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.TOKEN;
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(Layers.TOKEN, Tokenizer.tokenize(doc.text(), doc.deadline()));
    }
}
