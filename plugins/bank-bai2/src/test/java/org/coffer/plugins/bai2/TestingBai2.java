package org.coffer.plugins.bai2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.TextEncoding;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;

/** Reads BAI2 text or a public fixture the way the application does, keeping everything the format hands over. */
final class TestingBai2 {

    private TestingBai2() {
    }

    static TestingFileSink readFixture(String name) throws IOException {
        Path file = Fixtures.file("bai2/" + name);
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(file)) {
            new Bai2Format().read(in, TestingFormatContext.of(file), sink);
        }
        return sink;
    }

    static TestingFileSink read(String fileName, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        TestingFileSink sink = new TestingFileSink();
        new Bai2Format().read(new ByteArrayInputStream(bytes),
                new TestingFormatContext(fileName, TextEncoding.detect(bytes)), sink);
        return sink;
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
