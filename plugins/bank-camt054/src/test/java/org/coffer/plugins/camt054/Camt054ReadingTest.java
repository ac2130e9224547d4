package org.coffer.plugins.camt054;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coffer.plugins.camt054.TestingCamt054.detail;
import static org.coffer.plugins.camt054.TestingCamt054.entry;
import static org.coffer.plugins.camt054.TestingCamt054.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.StatementLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Camt054ReadingTest {

    @TempDir
    Path temp;

    @Test
    void storesEachDetailOfANettedBatchAsItsOwnLine() throws IOException {
        String batch = entry("25.00", "CRDT", "BOOK", "<Btch><NbOfTxs>3</NbOfTxs></Btch>"
                + detail("10.00", "CRDT", "CT1") + detail("20.00", "CRDT", "CT2") + detail("5.00", "DBIT", "CT3"));

        TestingCamt054.Read read = read(notification("08", batch));

        assertThat(read.sink().problems()).isEmpty();
        List<StatementLine> lines = read.sink().lines();
        assertThat(lines).extracting(StatementLine::signedPence).containsExactly(1000L, 2000L, -500L);
        assertThat(lines).extracting(StatementLine::reference).containsExactly("CT1", "CT2", "CT3");
        assertThat(lines).extracting(StatementLine::bankReference).containsExactly("D-CT1", "D-CT2", "D-CT3");
        assertThat(lines.get(2).location().element()).isEqualTo("Ntfctn[1]/Ntry[1]/TxDtls[3]");
        assertThat(lines.get(0).valueDate()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(read.sink().statements().get(0).start().sequence()).isEqualTo("77");
        assertThat(read.sink().statements().get(0).figures().creditTotal()).as("no TxsSummry").isEmpty();
    }

    @Test
    void refusesABatchWhoseDetailsDoNotNetToTheEntrysTotal() throws IOException {
        String batch = entry("30.00", "CRDT", "BOOK", "<Btch><NbOfTxs>2</NbOfTxs></Btch>"
                + detail("10.00", "CRDT", "A") + detail("15.00", "CRDT", "B"));

        TestingCamt054.Read read = read(notification("04", batch));

        assertThat(read.sink().lines()).isEmpty();
        assertThat(read.sink().problems()).extracting(Problem::toString).containsExactly(
                "notification.xml, line 10, element Ntfctn[1]/Ntry[1], field Amt: the entry's amount, CRDT GBP 30.00, "
                        + "is not the sum of its 2 TxDtls, CRDT GBP 25.00 [CAMT054_BATCH_MISMATCH]");
    }

    @Test
    void keepsNoLinesForPendingOrInformationEntries() throws IOException {
        String entries = entry("1.00", "CRDT", "PDNG", detail("1.00", "CRDT", "P"))
                + entry("2.00", "CRDT", "<Cd>INFO</Cd>", detail("2.00", "CRDT", "I"))
                + entry("3.00", "CRDT", "<Cd>BOOK</Cd>", detail("3.00", "CRDT", "B"));

        TestingCamt054.Read read = read(notification("10", entries));

        assertThat(read.sink().problems()).isEmpty();
        assertThat(read.sink().lines()).extracting(StatementLine::reference).containsExactly("B");
    }

    @Test
    void refusesADoctypeAndVersionsItDoesNotRead() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String withEntity = notification("08", entry("1.00", "CRDT", "BOOK", detail("1.00", "CRDT", "&xxe;")))
                .replace("<Document ", "<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<Document ");

        TestingCamt054.Read dtd = read(withEntity);
        TestingCamt054.Read version = read(notification("11", ""));

        assertThat(dtd.refusal().problems()).extracting(Problem::code)
                .containsExactly(Camt054ErrorCode.CAMT054_DTD_REFUSED);
        assertThat(dtd.refusal().getMessage()).doesNotContain("TOP-SECRET-MARKER");
        assertThat(version.refusal().problems()).extracting(Problem::code)
                .containsExactly(Camt054ErrorCode.CAMT054_UNSUPPORTED_VERSION);
    }

    @Test
    void isADetailFormatThatClaimsNotificationsOnly() {
        Camt054Format format = new Camt054Format();

        assertThat(format.role()).isEqualTo(FileRole.DETAIL);
        assertThat(format.detect(sample(notification("08", ""))).confidence().name()).isEqualTo("CERTAIN");
        assertThat(format.detect(sample("<n:Document><n:BkToCstmrDbtCdtNtfctn>")).confidence().name())
                .isEqualTo("CERTAIN");
        assertThat(format.detect(sample("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
                + "<BkToCstmrStmt>")).claims()).isFalse();
    }

    private TestingCamt054.Read read(String xml) throws IOException {
        return TestingCamt054.read(temp, "notification.xml", xml);
    }

    private static FileSample sample(String text) {
        return new FileSample("notification.xml", text.getBytes(StandardCharsets.UTF_8), text);
    }
}
