package io.mixdoc;

import io.mixdoc.stage.CodeTagger;
import io.mixdoc.stage.InputDiagnostics;
import io.mixdoc.stage.LanguageTagger;
import io.mixdoc.stage.Mender;
import io.mixdoc.stage.ScriptRunTagger;
import io.mixdoc.stage.SeamFinder;
import io.mixdoc.stage.SentenceSplitter;
import io.mixdoc.stage.TokenTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The entry point. {@code Mixdoc.pipeline().standard().build().run(id, text)} analyses a text;
 * {@link io.mixdoc.json.ResultJson} turns the result into schema-v1 JSON.
 */
public final class Mixdoc {
    /** The version of the public result JSON, written as {@code "schema": "mixdoc/1"}. */
    public static final String SCHEMA = "mixdoc/1";

    private Mixdoc() {
    }

    public static Builder pipeline() {
        return new Builder();
    }

    /** A shared standard pipeline (built once per JVM). */
    public static Pipeline standard() {
        return StandardHolder.PIPELINE;
    }

    private static final class StandardHolder {
        static final Pipeline PIPELINE = pipeline().standard().build();
    }

    /** Builds a {@link Pipeline}; options are checked when set, requirements when built. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private boolean extensions = true;

        /** The fast path: script runs, tokens, code regions, languages, sentences, seams and mending. */
        public Builder fast() {
            stages.add(new InputDiagnostics());
            stages.add(new ScriptRunTagger());
            stages.add(new TokenTagger());
            stages.add(new CodeTagger());
            stages.add(new LanguageTagger());
            stages.add(new SentenceSplitter());
            stages.add(new SeamFinder());
            stages.add(new Mender());
            return this;
        }

        /**
         * The fast path plus every {@link StageProvider} on the class path (structure, facts, ...),
         * in the providers' declared order.
         */
        public Builder standard() {
            fast();
            if (extensions) {
                List<StageProvider> providers = new ArrayList<>();
                ServiceLoader.load(StageProvider.class).forEach(providers::add);
                providers.sort((a, b) -> Integer.compare(a.order(), b.order()));
                for (StageProvider p : providers) {
                    stages.addAll(p.stages());
                }
            }
            return this;
        }

        /** Leave out stages contributed by {@link StageProvider}s (call before {@link #standard()}). */
        public Builder withoutExtensions() {
            this.extensions = false;
            return this;
        }

        public Builder add(Stage stage) {
            stages.add(java.util.Objects.requireNonNull(stage));
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages);
        }
    }
}
