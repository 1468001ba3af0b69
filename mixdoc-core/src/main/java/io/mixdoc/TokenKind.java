package io.mixdoc;

/** What a {@link Token} is. The protected kinds are never cut, joined, completed or tagged with a language. */
public enum TokenKind {
    /** A run of Latin (or Cyrillic, Greek...) letters: {@code Redis}, {@code the}, {@code iPhone}. */
    WORD(false),
    /** Digits, with decimals, grouping, a percent sign or a short unit: {@code 3.5}, {@code 10%}, {@code 4th}, {@code 5km}. */
    NUMBER(false),
    /** A pinyin syllable group written with tone marks beside characters: {@code nǐ}, {@code Běijīng}. */
    PINYIN(true),
    /** A run of Chinese characters (segmenting them is HanLP's business, not the tokenizer's). */
    HAN(false),
    /** A run of letters of another writing system with no Latin-style words (kana, Hangul...). */
    OTHER(false),
    /** One punctuation mark or symbol. */
    PUNCT(false),
    /** Code names: {@code camelCaseNames}, {@code snake_case}, {@code dotted.names}, {@code call()}, {@code --option}, {@code ext4}. */
    IDENTIFIER(true),
    URL(true),
    EMAIL(true),
    /** {@code @name}. */
    HANDLE(true),
    /** A path or a file name with a known extension: {@code /etc/fstab}, {@code ~/.bashrc}, {@code config.yaml}. */
    PATH(true),
    /** {@code v0.40}, {@code 1.6.1}, {@code 2.0-beta}. */
    VERSION(true),
    /** An HTML/XML tag or entity: {@code <div class="x">}, {@code &amp;}. */
    MARKUP(true);

    private final boolean isProtected;

    TokenKind(boolean isProtected) {
        this.isProtected = isProtected;
    }

    public boolean isProtected() {
        return isProtected;
    }
}
