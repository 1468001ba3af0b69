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
}
