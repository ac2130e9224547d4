package org.coffer.plugins.standard18;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.Standard18Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Standard18ReadingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 10);

    @TempDir
    Path temp;

    @Test
    void eachCollectionIsADirectDebitPaymentAndTheContraIsTheBatchTotal() throws IOException {
        GeneratedFile file = new Standard18Writer(3L).write(temp.resolve("ctax-dd.txt"), 25, DAY);

        TestingFileSink sink = read(Files.readAllBytes(file.path()));

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.statements()).singleElement().satisfies(batch -> {
            assertThat(batch.start().account()).isEqualTo("309942 40718834");
            assertThat(batch.start().sequence()).isEqualTo("file 001");
            assertThat(batch.start().from()).isEqualTo(DAY);
            assertThat(batch.figures().creditTotal()).hasValueSatisfying(total ->
                    assertThat(total.pence()).isEqualTo(file.creditPence()));
        });
        assertThat(sink.lines()).hasSize(25).allSatisfy(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.PAYMENT);
            assertThat(line.channel()).isEqualTo(Channel.DIRECT_DEBIT);
            assertThat(line.valueDate()).isEqualTo(DAY);
        });
        assertThat(sink.lines().stream().mapToLong(StatementLine::signedPence).sum()).isEqualTo(file.creditPence());
    }

    @Test
    void instructionsBecomeAdvicesAndABrokenRecordIsNamedByLine() throws IOException {
        String labels = label("VOL1000001") + label("UHL1 25100999999    000000001 DAILY  001");
        String instruction = "201017" + "12345678" + "0" + "0N" + "309942" + "40718834" + "    " + "00000000000"
                + pad("FERNLEY BC") + pad("499008590") + pad("MRS P NOWAK") + "\r\n";
        String broken = "201017" + "12345678" + "0" + "17" + "309942" + "40718834" + "    " + "0000000x000"
                + pad("FERNLEY BC") + pad("407853371") + pad("MRS N DAVIES") + "\r\n";
        String text = labels + instruction + broken + label("EOF1") + label("UTL1");

        TestingFileSink sink = read(text.getBytes(StandardCharsets.US_ASCII));

        assertThat(sink.advices()).singleElement().satisfies(advice -> {
            assertThat(advice.code()).isEqualTo("0N");
            assertThat(advice.reference()).isEqualTo("499008590");
            assertThat(advice.effectiveDate()).isEqualTo(LocalDate.ofYearDay(2025, 100));
        });
        assertThat(sink.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location().line()).isEqualTo(4);
            assertThat(problem.message()).contains("positions 36-46").contains("0000000x000");
        });
    }

    @Test
    void aFileThatStopsBeforeItsClosingLabelsIsIncomplete() {
        String text = label("VOL1000001") + label("UHL1 25100999999    000000001 DAILY  001");

        assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("ends before its EOF1 and UTL1 labels");
    }

    private static String label(String text) {
        return text + " ".repeat(80 - text.length()) + "\r\n";
    }

    private static String pad(String text) {
        return text + " ".repeat(18 - text.length());
    }

    private static TestingFileSink read(byte[] bytes) throws IOException {
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            new Standard18Format().read(in, new TestingFormatContext("ctax-dd.txt", StandardCharsets.US_ASCII), sink);
        }
        return sink;
    }

}
