package io.mixdoc.io.readers;

import java.io.IOException;
import java.io.InputStream;

/** Reads at most a limit of bytes, so that one record never takes more memory than allowed. */
final class BoundedBytes {
    private BoundedBytes() {
    }

    /**
     * All bytes of {@code in} if there are at most {@code max}, else null (having read max + 1 bytes).
     */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] b = in.readNBytes(max + 1 < 0 ? max : max + 1);
        return b.length > max ? null : b;
    }

    /**
     * Skips the rest of {@code in} and returns how many bytes that was. Skipping lets a file stream
     * seek instead of read, so an oversized file costs no I/O.
     */
    static long skipToEnd(InputStream in) throws IOException {
        long n = 0;
        while (true) {
            long k = in.skip(1L << 30);
            if (k > 0) {
                n += k;
            } else if (in.read() >= 0) {
                n++;
            } else {
                return n;
            }
        }
    }
}
