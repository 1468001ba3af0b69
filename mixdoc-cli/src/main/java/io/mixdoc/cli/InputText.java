package io.mixdoc.cli;

import io.mixdoc.io.charset.DecodedText;
import io.mixdoc.io.charset.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one text input for {@code analyze}, detecting its charset, refusing what is not text with a
 * one-line reason.
 */
final class InputText {
    /**
     * Refuse inputs larger than this: what the launcher's default heap ({@code -Xmx2g}) analyses with
     * room to spare (8 MB of ordinary text already drove a 2 GB heap into constant collection, 16 MB
     * ran out). Corpora go through {@code mixdoc clean}; a larger heap does not lift this limit.
     */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    private InputText() {
    }

    static Decoded read(String name) throws InputException {
        byte[] bytes;
        try {
            if (name.equals("-")) {
                try (InputStream in = System.in) {
                    bytes = in.readNBytes((int) MAX_BYTES + 1);
                }
            } else {
                Path p = Path.of(name);
                if (!Files.exists(p)) {
                    throw new InputException(name + ": no such file");
                }
                if (Files.isDirectory(p)) {
                    throw new InputException(name + ": is a directory");
                }
                if (!Files.isReadable(p)) {
                    throw new InputException(name + ": not readable");
                }
                if (Files.size(p) > MAX_BYTES) {
                    throw new InputException(name + ": larger than " + MAX_BYTES + " bytes");
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getMessage() + ")");
        }
        return decode(name, bytes);
    }

    /** Decodes with the corpus charset detector (BOM, UTF-8, UTF-16, GBK/GB18030, Big5, ...). */
    static Decoded decode(String name, byte[] bytes) throws InputException {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(name + ": larger than " + MAX_BYTES + " bytes");
        }
        DecodedText d = new TextDecoder().decode(bytes, null);
        if (d.failed()) {
            throw new InputException(name + ": " + d.error().code() + " " + d.error().message());
        }
        return new Decoded(d.text(), d.charset());
    }

    /** The text of one input and the charset it was decoded from. */
    record Decoded(String text, String charset) {
    }
}
