/**
 * Public, supported: the text knowledge every mixdoc module shares, loaded once per JVM behind lazy holders
 * (safe for Spark executors and server threads; all of it is read-only after loading).
 *
 * <ul>
 *   <li>{@link io.mixdoc.text.Chars}: character classes (Han, CJK punctuation, Latin letters, scripts). Every
 *       method takes a code point.</li>
 *   <li>{@link io.mixdoc.text.Pinyin} and {@link io.mixdoc.text.Zhuyin}: pinyin syllables and their zhuyin
 *       (bopomofo) spelling.</li>
 *   <li>{@link io.mixdoc.text.EnglishLexicon}: English words with their frequencies (Zipf), prefix and suffix
 *       look-ups.</li>
 *   <li>{@link io.mixdoc.text.ChineseDictionary} and {@link io.mixdoc.text.ChineseEnglishGlosses}: CC-CEDICT
 *       readings and English senses of Chinese words.</li>
 *   <li>{@link io.mixdoc.text.LatinLanguages}: which language a Latin-script run is written in (Lingua, with
 *       the lexicon as a fast path for English).</li>
 *   <li>{@link io.mixdoc.text.CharTrie}: a read-only character trie for walking a dictionary along the text
 *       (the lexicon, CC-CEDICT, the facts module's gazetteer).</li>
 * </ul>
 *
 * <p>Methods that take offsets take UTF-16 indices into the string they are given, half-open, as
 * {@link java.lang.String} does; the public JSON's code points are converted at its edge
 * ({@link io.mixdoc.json.CodePoints}). Code that is not for other modules lives in {@code io.mixdoc.internal}.
 */
package io.mixdoc.text;
