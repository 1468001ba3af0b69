package io.mixdoc;

/**
 * The kinds of damage a broken translator leaves. Names are part of the public JSON schema (its {@code seams}
 * enum must list exactly these). Each kind states its {@link #priority()}: where two findings overlap, the
 * more specific kind wins. A new kind is one constant here, its detector (which declares it in
 * {@link io.mixdoc.seams.SeamDetector#types()}) and its schema enum entry; see CONTRIBUTING.md.
 */
public enum SeamType {
    /** A Latin word cut in two by an inserted chunk of Chinese: {@code s的两个头tate}. */
    SPLIT_WORD(50),
    /** A partial Latin word stranded at a language cut, head or tail: {@code tinues}, {@code Kyr}. */
    FRAGMENT(80),
    /** Two words with the space between them lost: {@code andCentral}. */
    GLUED_WORDS(70),
    /** A chunk of Chinese repeated by mistake: {@code 通关通关}. */
    DUPLICATION(60),
    /** A number half in Arabic digits, half in Chinese numerals: {@code 202四}. */
    MIXED_NUMERAL(40),
    /** A name half romanised, half in characters: {@code Liu江平}. */
    HALF_TRANSLATED_NAME(30),
    /** A sentence that changes language mid-way with no word broken: {@code 建议to invest}. */
    INTRA_SENTENCE_SWITCH(90),
    /** A stranded word or one-word sentence left by reordering. */
    ORPHAN(100),
    /**
     * A reading spliced inside a word by a converter with ruby text: {@code 數(shù)據(jù)}, also bare
     * tone-marked pinyin or zhuyin. Not a deliberate gloss after a whole word ({@code 民主（mínzhǔ）}).
     */
    INJECTED_ANNOTATION(20),
    /** Random characters spliced in by a forum's anti-copy feature: {@code 3 k# R9 u, E}. */
    NOISE(10);

    private final int priority;

    SeamType(int priority) {
        this.priority = priority;
    }

    /** Lower wins: a finding of a kind with a lower number wins an overlap. Distinct for every kind. */
    public int priority() {
        return priority;
    }
}
