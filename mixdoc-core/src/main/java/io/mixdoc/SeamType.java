package io.mixdoc;

/** The kinds of damage a broken translator leaves. Names are part of the public JSON schema. */
public enum SeamType {
    /** A Latin word cut in two by an inserted chunk of Chinese: {@code s的两个头tate}. */
    SPLIT_WORD,
    /** A partial Latin word stranded at a language cut, head or tail: {@code tinues}, {@code Kyr}. */
    FRAGMENT,
    /** Two words with the space between them lost: {@code andCentral}. */
    GLUED_WORDS,
    /** A chunk of Chinese repeated by mistake: {@code 通关通关}. */
    DUPLICATION,
    /** A number half in Arabic digits, half in Chinese numerals: {@code 202四}. */
    MIXED_NUMERAL,
    /** A name half romanised, half in characters: {@code Liu江平}. */
    HALF_TRANSLATED_NAME,
    /** A sentence that changes language mid-way with no word broken: {@code 建议to invest}. */
    INTRA_SENTENCE_SWITCH,
    /** A stranded word or one-word sentence left by reordering. */
    ORPHAN,
    /**
     * A reading spliced inside a word by a converter with ruby text: {@code 數(shù)據(jù)}, also bare
     * tone-marked pinyin or zhuyin. Not a deliberate gloss after a whole word ({@code 民主（mínzhǔ）}).
     */
    INJECTED_ANNOTATION,
    /** Random characters spliced in by a forum's anti-copy feature: {@code 3 k# R9 u, E}. */
    NOISE
}
