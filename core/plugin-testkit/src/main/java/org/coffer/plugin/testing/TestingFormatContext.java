package org.coffer.plugin.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.TextEncoding;

/** The context the application would give a format for a file: its name and the encoding found in its first bytes. */
public record TestingFormatContext(String fileName, Charset charset) implements FormatContext {

    public static TestingFormatContext of(Path file) throws IOException {
        return new TestingFormatContext(file.getFileName().toString(), TextEncoding.detect(leadingBytes(file)));
    }

    public static FileSample sample(Path file) throws IOException {
        byte[] leading = leadingBytes(file);
        return new FileSample(file.getFileName().toString(), leading, TextEncoding.decode(leading));
    }

    private static byte[] leadingBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FileSample.SIZE);
        }
    }
}
