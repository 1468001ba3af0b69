/**
 * Not an API: the core's own helpers (dictionaries, character classes, offset maps). Nothing here is
 * supported for use outside mixdoc, and any of it may change without notice.
 *
 * <p>Other mixdoc modules reach in for a few of them today ({@code Chars}, {@code Pinyin},
 * {@code EnglishLexicon}, {@code CodePoints}, {@code NonOverlapping}, {@code ChineseDictionary},
 * {@code LatinLanguages}); {@code InternalPackagesTest} lists exactly those and fails on any other use, so
 * the list only shrinks. The plan (issue 16) is a public, documented {@code io.mixdoc.text} package for
 * what other modules need.
 */
package io.mixdoc.internal;
