/**
 * Not an API: the core's own helpers (a character trie, tone marks, Chinese surnames). Nothing here is
 * supported for use outside mixdoc-core, and any of it may change without notice. What other modules need is
 * public and documented: {@code io.mixdoc.text} (character classes, pinyin, zhuyin, the lexicons, Latin
 * language identification), {@code io.mixdoc.json.CodePoints}, {@code io.mixdoc.NonOverlapping}.
 * {@code InternalPackagesTest} fails on any use from another module.
 */
package io.mixdoc.internal;
