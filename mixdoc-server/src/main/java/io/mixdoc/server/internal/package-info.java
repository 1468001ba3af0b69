/**
 * Not an API: the server's request decoding, workers and error table. Used only inside this module
 * ({@code InternalPackagesTest} in mixdoc-core checks it); may change without notice.
 */
package io.mixdoc.server.internal;
