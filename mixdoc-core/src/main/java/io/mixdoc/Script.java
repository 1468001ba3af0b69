package io.mixdoc;

/** Writing systems mixdoc tells apart. {@link #NONE} is for text with no letters at all. */
public enum Script {
    HAN, KANA, HANGUL, LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, THAI, DEVANAGARI, OTHER, NONE
}
