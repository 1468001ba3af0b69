package io.mixdoc.cli;

import io.mixdoc.Document;
import io.mixdoc.io.Readers;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.io.charset.DecodedText;
import io.mixdoc.io.charset.TextDecoder;
import io.mixdoc.io.readers.SingleFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one input for {@code analyze}: a text file (charset detected) or an HTML page, which is reduced
 * to its main text by mixdoc-io's reader exactly as {@code mixdoc clean} and the server read it (same
 * text, title and page date). Files of records (JSONL, WARC) and what is not text are refused with a
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

    /**
     * Decodes with the corpus charset detector (BOM, UTF-8, UTF-16, GBK/GB18030, Big5, ...); an HTML
     * page (by its name, else by its first bytes) is reduced to its main text.
     */
    static Decoded decode(String name, byte[] bytes) throws InputException {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(name + ": larger than " + MAX_BYTES + " bytes");
        }
        Readers.Format format = Readers.formatOf(name.equals("-") ? "" : name, Arrays.copyOf(bytes, Math.min(bytes.length, 512)));
        switch (format) {
            case HTML -> {
                SourceRecord page = SingleFileReader.html(name, "", bytes, null);
                if (page.failed()) {
                    throw new InputException(name + ": " + page.error().code() + " " + page.error().message());
                }
                return new Decoded(page.text(), page.metadata().get("charset"), page.metadata());
            }
            case JSONL, WARC -> throw new InputException(name + ": a file of records (" + format
                    + (format == Readers.Format.WARC ? " or gzip" : "") + "); analyse its records with `mixdoc clean`");
            default -> {
                DecodedText d = new TextDecoder().decode(bytes, null);
                if (d.failed()) {
                    throw new InputException(name + ": " + d.error().code() + " " + d.error().message());
                }
                return new Decoded(d.text(), d.charset(), Map.of());
            }
        }
    }

    /**
     * The text of one input, the charset it was decoded from and what its reader found (an HTML page's
     * title and date).
     */
    record Decoded(String text, String charset, Map<String, String> metadata) {
        /** The document to analyse: the text with the reader's dating evidence, as {@code clean} builds it. */
        Document document(String id) {
            return SourceRecord.document(id, text, metadata).withMetadata("charset", charset);
        }
    }
}
