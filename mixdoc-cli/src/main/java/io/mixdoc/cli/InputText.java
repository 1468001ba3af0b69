package io.mixdoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one text input for {@code analyze}, refusing what is not text with a one-line reason. */
final class InputText {
    /** Refuse inputs larger than this; corpora go through {@code mixdoc clean}. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    private InputText() {
    }

    static String read(String name) throws InputException {
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

    static String decode(String name, byte[] bytes) throws InputException {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(name + ": larger than " + MAX_BYTES + " bytes");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        if (bytes.length - start == 0) {
            throw new InputException(name + ": empty input");
        }
        for (int i = start; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new InputException(name + ": binary data (NUL byte at " + i + "), not text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            if (text.isBlank()) {
                throw new InputException(name + ": only white space");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": not valid UTF-8 text (use mixdoc clean, which detects GBK/Big5)");
        }
    }
}
