/**
 * Not an API: mixdoc-facts' own helpers (gazetteer, name keys, date and number readers). Used only
 * inside this module ({@code InternalPackagesTest} in mixdoc-core checks it); may change without notice.
 */
package io.mixdoc.facts.internal;
