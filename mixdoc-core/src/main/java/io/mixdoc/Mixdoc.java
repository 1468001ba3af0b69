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

    /** The standard pipeline plus the reading aid (built once per JVM, when first asked for). */
    public static Pipeline standardWithGloss() {
        return GlossHolder.PIPELINE;
    }

    private static final class StandardHolder {
        static final Pipeline PIPELINE = pipeline().standard().build();
    }

    private static final class GlossHolder {
        static final Pipeline PIPELINE = pipeline().standard().withGloss().build();
    }

    /**
     * Builds a {@link Pipeline}; options are checked when set, requirements when built. The result does
     * not depend on the order of the calls: {@link #build()} puts the chosen stages in an order that
     * meets every requirement (the fast path, then the providers' stages, then added ones, each as
     * late as its requirements allow no earlier), and two stages producing one layer are an error.
     */
    public static final class Builder {
        private final List<Stage> added = new ArrayList<>();
        private boolean fast;
        private boolean standard;
        private boolean extensions = true;

        /** The fast path: script runs, tokens, code regions, languages, sentences, seams and mending. */
        public Builder fast() {
            fast = true;
            return this;
        }

        /**
         * The fast path plus every {@link StageProvider} on the class path (structure, facts, ...),
         * in the providers' declared order.
         */
        public Builder standard() {
            standard = true;
            return this;
        }

        /** Leave out stages contributed by {@link StageProvider}s. */
        public Builder withoutExtensions() {
            this.extensions = false;
            return this;
        }

        /** Adds the reading aid ({@code gloss} layer: Chinese words with pinyin and English senses). */
        public Builder withGloss() {
            added.add(new io.mixdoc.stage.GlossTagger());
            return this;
        }

        public Builder add(Stage stage) {
            added.add(java.util.Objects.requireNonNull(stage));
            return this;
        }

        public Pipeline build() {
            List<Stage> stages = new ArrayList<>();
            if (fast || standard) {
                stages.add(new InputDiagnostics());
                stages.add(new ScriptRunTagger());
                stages.add(new TokenTagger());
                stages.add(new CodeTagger());
                stages.add(new LanguageTagger());
                stages.add(new SentenceSplitter());
                stages.add(new SeamFinder());
                stages.add(new Mender());
            }
            if (standard && extensions) {
                List<StageProvider> providers = new ArrayList<>();
                ServiceLoader.load(StageProvider.class).forEach(providers::add);
                providers.sort((a, b) -> Integer.compare(a.order(), b.order()));
                for (StageProvider p : providers) {
                    stages.addAll(p.stages());
                }
            }
            stages.addAll(added);
            if (stages.stream().anyMatch(s -> s.requires().contains(Layers.TOKEN))
                    && stages.stream().noneMatch(s -> s.produces().equals(Layers.TOKEN))) {
                stages.add(new TokenTagger()); // the one tokenizer: a stage that reads tokens brings it along
            }
            return new Pipeline(inRequirementOrder(stages));
        }

        /**
         * The stages reordered so that each comes after the stages producing what it requires: again and
         * again the first stage (in the given order) whose requirements are met. A list already in a
         * working order stays as it is; an unmet requirement is left for {@link Pipeline} to report.
         */
        private static List<Stage> inRequirementOrder(List<Stage> stages) {
            java.util.Set<LayerKey<?>> producible = new java.util.HashSet<>();
            stages.forEach(s -> producible.add(s.produces()));
            List<Stage> left = new ArrayList<>(stages);
            List<Stage> ordered = new ArrayList<>();
            java.util.Set<LayerKey<?>> available = new java.util.HashSet<>();
            while (!left.isEmpty()) {
                Stage next = left.get(0);
                for (Stage s : left) {
                    if (s.requires().stream().allMatch(k -> available.contains(k) || !producible.contains(k))) {
                        next = s;
                        break;
                    }
                }
                left.remove(next);
                ordered.add(next);
                available.add(next.produces());
            }
            return ordered;
        }
    }
}
