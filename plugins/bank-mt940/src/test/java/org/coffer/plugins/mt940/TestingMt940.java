package org.coffer.plugins.mt940;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.TextEncoding;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;

/** Reads MT940 text or a public fixture the way the application does, keeping everything the format hands over. */
final class TestingMt940 {

    private TestingMt940() {
    }

    static TestingFileSink readFixture(String name) throws IOException {
        Path file = Fixtures.file("mt940/" + name);
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(file)) {
            new Mt940Format().read(in, TestingFormatContext.of(file), sink);
        }
        return sink;
    }

    static TestingFileSink read(String fileName, byte[] bytes) throws IOException {
        TestingFileSink sink = new TestingFileSink();
        Charset charset = TextEncoding.detect(bytes);
        new Mt940Format().read(new ByteArrayInputStream(bytes), new TestingFormatContext(fileName, charset), sink);
        return sink;
    }

    static TestingFileSink read(String fileName, String text) throws IOException {
        return read(fileName, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The refusal of a file that must be refused as a whole. */
    static ProblemException refusal(String fileName, String text) {
        try {
            read(fileName, text);
        } catch (ProblemException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("reading " + fileName + " failed with " + e, e);
        }
        throw new AssertionError(fileName + " was read without refusal");
    }
}
