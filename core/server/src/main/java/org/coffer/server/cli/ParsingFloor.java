package org.coffer.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.plugin.api.format.TextEncoding;

/**
 * The least an import can cost before anything is stored: the format's plugin alone reading the file, on one
 * thread, into a sink that keeps nothing. With {@link StorageFloor} it bounds from below what any import of the same
 * file can cost, whatever Coffer does between the two.
 */
final class ParsingFloor {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ParsingFloor() {
    }

    /** Reads the file through the format and says how many lines it gave, and the CPU seconds that took. */
    static Read measure(InboundFormat format, Path file) throws IOException {
        Charset charset;
        try (InputStream in = Files.newInputStream(file)) {
            charset = TextEncoding.detect(in.readNBytes(FileSample.SIZE));
        }
        FormatContext context = new Context(file.getFileName().toString(), charset);
        Counting sink = new Counting();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try (InputStream in = Files.newInputStream(file)) {
            format.read(in, context, sink);
        }
        return new Read(sink.lines, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    /** The lines the format gave, and the CPU seconds of the reading thread. */
    record Read(long lines, double cpu) {
    }

    private record Context(String fileName, Charset charset) implements FormatContext {
    }

    /** Counts the lines and keeps nothing. */
    private static final class Counting implements FileSink {

        long lines;

        @Override
        public void startStatement(StatementStart statement) {
        }

        @Override
        public void line(StatementLine line) {
            lines++;
        }

        @Override
        public void endStatement(ControlFigures figures) {
        }

        @Override
        public void advice(Advice advice) {
        }

        @Override
        public void problem(Problem problem) {
        }
    }
}
