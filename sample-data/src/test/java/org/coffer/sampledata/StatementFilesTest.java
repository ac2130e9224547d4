package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.coffer.sampledata.TestingStatementReader.ReadStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementFilesTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        GeneratedFile first = new StatementFiles(11).mt940(temp.resolve("a.sta"), 500);
        GeneratedFile second = new StatementFiles(11).mt940(temp.resolve("b.sta"), 500);
        assertThat(Files.mismatch(first.path(), second.path())).isEqualTo(-1);
        assertThat(second.expected()).isEqualTo(first.expected());

        GeneratedFile firstXml = new StatementFiles(11).camt053(temp.resolve("a.xml"), 500);
        GeneratedFile secondXml = new StatementFiles(11).camt053(temp.resolve("b.xml"), 500);
        assertThat(Files.mismatch(firstXml.path(), secondXml.path())).isEqualTo(-1);
    }

    @Test
    void anotherSeedWritesAnotherFile() throws IOException {
        GeneratedFile first = new StatementFiles(11).camt053(temp.resolve("a.xml"), 200);
        GeneratedFile second = new StatementFiles(12).camt053(temp.resolve("b.xml"), 200);
        assertThat(Files.mismatch(first.path(), second.path())).isNotEqualTo(-1);
        assertThat(second.expected()).isNotEqualTo(first.expected());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 26, 301, 12_345})
    void writesExactlyTheLinesAskedForInStatementsThatReconcile(int lines) throws Exception {
        StatementFiles files = new StatementFiles(3);
        GeneratedFile mt940 = files.mt940(temp.resolve("f.sta"), lines);
        GeneratedFile camt = files.camt053(temp.resolve("f.xml"), lines);

        assertReconciles(mt940, TestingStatementReader.mt940(mt940.path()));
        assertReconciles(camt, TestingStatementReader.camt053(camt.path()));
        assertThat(mt940.formatId()).isEqualTo("mt940");
        assertThat(camt.formatId()).isEqualTo("camt053");
    }

    @Test
    void itemisesSmallFilesAndOnlyCountsLargeOnes() throws IOException {
        StatementFiles files = new StatementFiles(5);
        GeneratedFile small = files.mt940(temp.resolve("small.sta"), GeneratedFile.ITEMISED_LIMIT);
        GeneratedFile large = files.mt940(temp.resolve("large.sta"), GeneratedFile.ITEMISED_LIMIT + 1);

        assertThat(small.expected()).hasSize(GeneratedFile.ITEMISED_LIMIT);
        assertThat(small.creditPence()).isEqualTo(sumOf(small.expected(), true));
        assertThat(small.debitPence()).isEqualTo(-sumOf(small.expected(), false));
        assertThat(large.itemised()).isFalse();
        assertThat(large.expected()).isEmpty();
        assertThat(large.lines()).isEqualTo(GeneratedFile.ITEMISED_LIMIT + 1);
    }

    @Test
    void writesEveryMt940LineInTheSwiftCharacterSetWithCrlf() throws IOException {
        GeneratedFile file = new StatementFiles(8).mt940(temp.resolve("f.sta"), 3_000);
        String text = Files.readString(file.path());
        assertThat(text).matches("[A-Za-z0-9/\\-?:().,'+ \r\n]*");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).contains(":61:2504010401D").contains(":86:FPI ").contains("NSTONONREF//")
                .contains(" AND ");
    }

    @Test
    void wrapsEachMt940StatementInSwiftBlocksWhenAsked() throws IOException {
        GeneratedFile file = new StatementFiles(8).mt940WithSwiftBlocks(temp.resolve("f.sta"), 100);
        List<String> lines = Files.readAllLines(file.path());
        long opened = lines.stream().filter(line -> line.startsWith("{1:F01FERNGB21AXXX0000000000}{2:O940")).count();
        long closed = lines.stream().filter(line -> line.equals("-}")).count();
        assertThat(opened).isEqualTo(file.statements()).isEqualTo(closed);
        assertThat(lines.get(0)).endsWith("{4:");
    }

    @Test
    void writesCamt053Version08WhenAsked() throws Exception {
        GeneratedFile file = new StatementFiles(9).camt053(temp.resolve("f.xml"), 300, CamtVersion.V08);
        String xml = Files.readString(file.path());
        assertThat(xml).contains("xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"")
                .contains("<Sts><Cd>BOOK</Cd></Sts>").contains("<Dbtr><Pty><Nm>").contains("<BICFI>LOYDGB2L</BICFI>")
                .doesNotContain("<Sts>BOOK</Sts>");
        assertReconciles(file, TestingStatementReader.camt053(file.path()));
    }

    @Test
    void refusesAFileOfNoLines() {
        assertThatThrownBy(() -> new StatementFiles(1).mt940(temp.resolve("f.sta"), 0))
                .hasMessage("lines must be at least 1, was 0");
    }

    private static void assertReconciles(GeneratedFile file, List<ReadStatement> statements) {
        assertThat(statements).as("statements in %s", file.path()).hasSize(file.statements());
        long lines = 0;
        long credits = 0;
        long debits = 0;
        ReadStatement previous = null;
        for (ReadStatement statement : statements) {
            assertThat(statement.openingPence() + statement.sum()).as("statement %d closing", statement.sequence())
                    .isEqualTo(statement.closingPence());
            if (previous != null) {
                assertThat(statement.openingPence()).isEqualTo(previous.closingPence());
                assertThat(statement.sequence()).isEqualTo(previous.sequence() + 1);
            }
            lines += statement.signedPence().size();
            credits += statement.signedPence().stream().filter(p -> p > 0).mapToLong(Long::longValue).sum();
            debits -= statement.signedPence().stream().filter(p -> p < 0).mapToLong(Long::longValue).sum();
            previous = statement;
        }
        assertThat(lines).isEqualTo(file.lines());
        assertThat(credits).isEqualTo(file.creditPence());
        assertThat(debits).isEqualTo(file.debitPence());
        if (file.itemised()) {
            List<Long> written = statements.stream().flatMap(s -> s.signedPence().stream()).toList();
            assertThat(written).isEqualTo(file.expected().stream().map(ExpectedLine::signedPence).toList());
        }
    }

    private static long sumOf(List<ExpectedLine> lines, boolean credits) {
        return lines.stream().mapToLong(ExpectedLine::signedPence).filter(p -> credits == p > 0).sum();
    }
}
