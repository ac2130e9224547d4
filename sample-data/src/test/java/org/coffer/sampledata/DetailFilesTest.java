package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetailFilesTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        GeneratedFile first = new DetailFiles(11).allpay(temp.resolve("a.txt"), 500);
        GeneratedFile second = new DetailFiles(11).allpay(temp.resolve("b.txt"), 500);

        assertThat(Files.mismatch(first.path(), second.path())).isEqualTo(-1);
        assertThat(Files.mismatch(first.path(), new DetailFiles(12).allpay(temp.resolve("c.txt"), 500).path()))
                .isNotEqualTo(-1);
    }

    @Test
    void writesFixedWidthLinesAndATrailerThatAgreesWithThem() throws IOException {
        GeneratedFile generated = new DetailFiles(3).allpay(temp.resolve("be250401.txt"), 2_000);
        List<String> lines = Files.readAllLines(generated.path(), StandardCharsets.US_ASCII);

        List<String> payments = lines.subList(0, 2_000);
        assertThat(payments).allSatisfy(line -> assertThat(line).hasSize(43)
                .matches(" 412067[A-Z0-9 ]{16} *-?\\d+\\.\\d\\d[PTZNBCQ]\\d\\d/\\d\\d/20\\d\\d"));
        assertThat(lines.get(2_000)).isEmpty();
        long net = generated.creditPence() - generated.debitPence();
        assertThat(lines.get(2_001)).hasSize(51).startsWith("Total Amount Updated onto System: ")
                .endsWith(" " + net / 100 + "." + String.format(java.util.Locale.ROOT, "%02d", net % 100));
        assertThat(lines.get(2_002)).hasSize(57).isEqualTo("Total Transactions updated onto System:"
                + " ".repeat(14) + "2000");
        assertThat(lines).hasSize(2_003);
    }

    @Test
    void recordsEachPaymentsTruthWithReturnedChequesAsNegativeReversals() throws IOException {
        GeneratedFile generated = new DetailFiles(7).allpay(temp.resolve("f.txt"), 3_000);

        assertThat(generated.statements()).isEqualTo(1);
        assertThat(generated.account()).isEqualTo(DetailFiles.ALLPAY_SITE_CODE);
        assertThat(generated.expected()).hasSize(3_000);
        assertThat(generated.expected()).extracting(ExpectedLine::channel)
                .contains(Channel.POST_OFFICE, Channel.PAYPOINT, Channel.PAYZONE, Channel.CHEQUE);
        assertThat(generated.expected()).filteredOn(line -> line.kind() == LineKind.REVERSAL)
                .isNotEmpty().allSatisfy(line -> assertThat(line.signedPence()).isNegative());
        assertThat(generated.expected()).filteredOn(line -> line.kind() == LineKind.PAYMENT)
                .allSatisfy(line -> assertThat(line.signedPence()).isPositive());
        assertThat(generated.expected().get(2_999).valueDate()).isAfter(generated.expected().get(0).valueDate());
    }
}
