package io.mixdoc;

import io.mixdoc.json.CoreLayerJson;
import java.util.List;

/** The built-in layer keys. Names appear in the JSON and in stage declarations. */
public final class Layers {
    public static final LayerKey<Token> TOKEN = LayerKey.of("token", Token.class, CoreLayerJson.PROTECTED_TOKENS);
    public static final LayerKey<CodeRegion> CODE = LayerKey.of("code", CodeRegion.class, CoreLayerJson.CODE);
    public static final LayerKey<ScriptRun> SCRIPT = LayerKey.of("script", ScriptRun.class);
    public static final LayerKey<LanguageSpan> LANG = LayerKey.of("lang", LanguageSpan.class, CoreLayerJson.LANG);
    public static final LayerKey<Sentence> SENTENCE = LayerKey.of("sentence", Sentence.class, CoreLayerJson.SENTENCE);
    public static final LayerKey<Seam> SEAM = LayerKey.of("seam", Seam.class, CoreLayerJson.SEAM);
    public static final LayerKey<Edit> EDIT = LayerKey.of("edit", Edit.class, CoreLayerJson.EDIT);
    public static final LayerKey<Diagnostic> DIAGNOSTIC = LayerKey.of("diagnostic", Diagnostic.class, CoreLayerJson.DIAGNOSTIC);
    /** Chinese words with pinyin and English glosses; only when asked for ({@link io.mixdoc.stage.GlossTagger}). */
    public static final LayerKey<Gloss> GLOSS = LayerKey.of("gloss", Gloss.class, CoreLayerJson.GLOSS);

    /**
     * Core's layers in the order the result JSON writes them (modules' layers follow, see
     * {@link io.mixdoc.json.ResultSection}). A new core layer with JSON goes here and nowhere else.
     */
    public static final List<LayerKey<?>> IN_RESULT = List.of(LANG, SENTENCE, SEAM, EDIT, CODE, TOKEN, DIAGNOSTIC, GLOSS);

    /**
     * The layers of the core's own stages (the fast path and input diagnostics), without the reading aid:
     * what a result holds when no facts are asked for ({@code mixdoc clean} without {@code --facts},
     * {@code /v1/analyze?facts=false}); {@link Pipeline#producing} runs just their stages.
     */
    public static final java.util.Set<LayerKey<?>> CORE = java.util.Set.of(DIAGNOSTIC, SCRIPT, TOKEN, CODE, LANG, SENTENCE,
            SEAM, EDIT);

    private Layers() {
    }
}
