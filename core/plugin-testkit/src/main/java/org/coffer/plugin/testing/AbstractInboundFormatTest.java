package org.coffer.plugin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.sampledata.ExpectedLine;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance suite every inbound format plugin extends. It checks what the application relies on: that the
 * format claims its own files and no others, reads what the generator writes back exactly, never crashes or hangs
 * on bad input, and streams large files (plugin tests run with a small heap).
 */
public abstract class AbstractInboundFormatTest {

    /** Long enough for any honest parser on a 2-core machine; only a hang exceeds it. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    @TempDir
    protected Path temp;

    /** The format under test, constructed as PF4J would: through its no-argument constructor. */
    protected abstract InboundFormat format();

    /** The public fixtures this format reads, relative to the fixtures folder, such as {@code mt940/bunq.sta}. */
    protected abstract List<String> ownFixtures();

    /** Writes a file of this format with the sample-data generator. */
    protected abstract GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException;

    /** How many lines make a file of at least {@link #largeFileBytes()} in this format. */
    protected abstract int largeFileLines();

    /**
     * How large the large file must be on disk: 50 MB, well beyond the 64 MB test heap once read into objects. A
     * compressed container (an .xlsx workbook) may ask for less, as long as what it holds unpacked is as large.
     */
    protected long largeFileBytes() {
        return 50_000_000L;
    }

    @Test
    void describesItselfWithAStableIdAndAName() {
        assertThat(format().id()).matches("[a-z0-9][a-z0-9-]*");
        assertThat(format().displayName()).isNotBlank();
        assertThat(format().role()).isIn((Object[]) FileRole.values());
    }

    @Test
    void claimsEachOfItsOwnFixtures() throws IOException {
        for (String fixture : ownFixtures()) {
            Detection detection = format().detect(TestingFormatContext.sample(Fixtures.file(fixture)));
            assertThat(detection.confidence()).as("detection of %s", fixture).isEqualTo(Detection.Confidence.CERTAIN);
        }
    }

    @Test
    void claimsNoOtherFormatsFixture() throws IOException {
        for (String fixture : Fixtures.all()) {
            if (ownFixtures().contains(fixture) || fixture.endsWith(".md")) {
                continue;
            }
            Detection detection = format().detect(TestingFormatContext.sample(Fixtures.file(fixture)));
            assertThat(detection.confidence()).as("detection of %s: %s", fixture, detection.reason())
                    .isNotEqualTo(Detection.Confidence.CERTAIN);
        }
    }

    @Test
    void readsEachOwnFixtureOrRefusesItWithProblems() throws IOException {
        for (String fixture : ownFixtures()) {
            Outcome outcome = read(Fixtures.file(fixture));
            assertThat(outcome.crash()).as("reading %s", fixture).isNull();
            if (outcome.refusal() == null && outcome.sink().problems().isEmpty()) {
                assertThat(outcome.sink().complete()).as("%s: every statement ended", fixture).isTrue();
                assertThat(outcome.sink().statements()).as("%s: statements", fixture).isNotEmpty();
            }
        }
    }

    @Test
    void readsBackExactlyWhatTheGeneratorWrote() throws IOException {
        GeneratedFile generated = generate(new StatementFiles(20261129L), temp.resolve("generated"), 300);
        Outcome outcome = read(generated.path());

        assertThat(outcome.crash()).isNull();
        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.sink().problems()).isEmpty();
        assertThat(outcome.sink().statements()).hasSize(generated.statements());
        List<StatementLine> lines = outcome.sink().lines();
        assertThat(lines).hasSize(generated.expected().size());
        for (int i = 0; i < lines.size(); i++) {
            StatementLine line = lines.get(i);
            ExpectedLine expected = generated.expected().get(i);
            assertThat(line.valueDate()).as("line %d value date", i).isEqualTo(expected.valueDate());
            assertThat(line.signedPence()).as("line %d amount", i).isEqualTo(expected.signedPence());
            assertThat(line.amount().currency()).as("line %d currency", i).isEqualTo(expected.currency());
            assertThat(line.reference() + " " + line.narrative()).as("line %d reference", i)
                    .contains(expected.reference());
        }
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefusedCleanly(write("empty", new byte[0]));
    }

    @Test
    void refusesBinaryGarbage() throws IOException {
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        assertRefusedCleanly(write("garbage.bin", garbage));
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        GeneratedFile generated = generate(new StatementFiles(7L), temp.resolve("whole"), 40);
        byte[] whole = Files.readAllBytes(generated.path());
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertRefusedCleanly(write("truncated", half));
    }

    @Test
    void refusesTextThatIsNotThisFormat() throws IOException {
        assertRefusedCleanly(write("letter.txt", "Dear Sir,\nPlease find enclosed my payment.\n"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void streamsALargeFileInASmallHeap() throws IOException {
        GeneratedFile generated = generate(new StatementFiles(50L), temp.resolve("large"), largeFileLines());
        assertThat(Files.size(generated.path())).as("size of the large file").isGreaterThan(largeFileBytes());
        CountingFileSink sink = new CountingFileSink();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (InputStream in = Files.newInputStream(generated.path())) {
                format().read(in, TestingFormatContext.of(generated.path()), sink);
            }
        });
        assertThat(sink.problems()).isZero();
        assertThat(sink.lines()).isEqualTo(generated.lines());
        assertThat(sink.creditPence()).isEqualTo(generated.creditPence());
        assertThat(sink.debitPence()).isEqualTo(generated.debitPence());
    }

    /** Reads a file the way the application does, capturing a refusal or a crash instead of throwing. */
    protected Outcome read(Path file) {
        TestingFileSink sink = new TestingFileSink();
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (InputStream in = Files.newInputStream(file)) {
                format().read(in, TestingFormatContext.of(file), sink);
                return new Outcome(sink, null, null);
            } catch (ProblemException e) {
                return new Outcome(sink, e, null);
            } catch (IOException | RuntimeException e) {
                return new Outcome(sink, null, e);
            }
        });
    }

    /** What reading a file gave: what the sink received, and the refusal or crash that ended it, if any. */
    protected record Outcome(TestingFileSink sink, ProblemException refusal, Exception crash) {
    }

    private void assertRefusedCleanly(Path file) {
        Outcome outcome = read(file);
        assertThat(outcome.crash()).as("reading %s must refuse with problems, not crash", file.getFileName())
                .isNull();
        boolean refused = outcome.refusal() != null || !outcome.sink().problems().isEmpty();
        assertThat(refused).as("%s is refused with at least one problem", file.getFileName()).isTrue();
        String message = outcome.refusal() != null ? outcome.refusal().getMessage()
                : outcome.sink().problems().get(0).toString();
        assertThat(message).as("the refusal names the file").contains(file.getFileName().toString());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(temp.resolve(name), bytes);
    }
}
