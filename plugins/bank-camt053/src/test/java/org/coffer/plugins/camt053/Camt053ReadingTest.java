package org.coffer.plugins.camt053;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coffer.plugins.camt053.TestingCamt053.statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.sampledata.CamtVersion;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Camt053ReadingTest {

    @TempDir
    Path temp;

    @Test
    void reportsTheStatementsOwnFiguresSigned() throws IOException {
        TestingCamt053.Read read = read(statement("02", booked("400.00", "CRDT", "") + booked("50", "DBIT", "")));

        assertThat(read.sink().problems()).isEmpty();
        ControlFigures figures = read.sink().statements().get(0).figures();
        assertThat(figures.openingBalance()).as("DBIT balance").contains(Money.gbp(-10000));
        assertThat(figures.closingBalance()).contains(Money.gbp(25000));
        assertThat(figures.creditTotal()).contains(Money.gbp(40000));
        assertThat(figures.debitTotal()).contains(Money.gbp(5000));
        assertThat(figures.lineCount()).hasValue(2);
        assertThat(read.sink().statements().get(0).start().sequence()).isEqualTo("41");
    }

    @Test
    void readsVersion2AndVersion8FilesOfTheSameStatementsAlike() throws IOException {
        List<StatementLine> v2 = generated(CamtVersion.V02);
        List<StatementLine> v8 = generated(CamtVersion.V08);

        assertThat(v8).hasSameSizeAs(v2).hasSize(60);
        for (int i = 0; i < v2.size(); i++) {
            StatementLine expected = v2.get(i);
            StatementLine actual = v8.get(i);
            assertThat(actual.signedPence()).isEqualTo(expected.signedPence());
            assertThat(actual.valueDate()).isEqualTo(expected.valueDate());
            assertThat(actual.reference()).isEqualTo(expected.reference());
            assertThat(actual.counterparty()).as("Dbtr/Nm in v2, Dbtr/Pty/Nm in v8").isEqualTo(expected.counterparty());
            assertThat(actual.channel()).isEqualTo(expected.channel());
        }
        assertThat(v2).extracting(StatementLine::counterparty).anyMatch(name -> !name.isEmpty());
    }

    @Test
    void readsTheVersion8StatusCodeAndPartyShapes() throws IOException {
        String entry = """
                      <Ntry>
                        <Amt Ccy="GBP">12.34</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                        <ValDt><DtTm>2025-04-02T23:30:00-05:00</DtTm></ValDt>
                        <NtryDtls><TxDtls>
                          <RltdPties><Dbtr><Pty><Nm>A Resident</Nm></Pty></Dbtr></RltdPties>
                          <RmtInf><Ustrd>CT 12345678</Ustrd><Ustrd>FLAT 2</Ustrd></RmtInf>
                        </TxDtls></NtryDtls>
                      </Ntry>
                """;

        StatementLine line = onlyLine(read(statement("08", entry)));

        assertThat(line.counterparty()).isEqualTo("A Resident");
        assertThat(line.reference()).as("several Ustrd joined").isEqualTo("CT 12345678 FLAT 2");
        assertThat(line.valueDate()).as("the day as written, whatever the zone").isEqualTo(LocalDate.of(2025, 4, 2));
    }

    @Test
    void skipsPendingAndInformationEntries() throws IOException {
        String entries = booked("1.00", "CRDT", "").replace("BOOK", "PDNG")
                + booked("2.00", "CRDT", "").replace("BOOK", "INFO")
                + booked("3.00", "CRDT", "");

        TestingCamt053.Read read = read(statement("02", entries));

        assertThat(read.sink().problems()).isEmpty();
        assertThat(read.sink().lines()).extracting(StatementLine::signedPence).containsExactly(300L);
        assertThat(read.sink().lines().get(0).location().element()).isEqualTo("Stmt[1]/Ntry[3]");
    }

    @Test
    void marksAReversedEntryAsAReversal() throws IOException {
        String entry = booked("25.00", "DBIT", "").replace("<Sts>", "<RvslInd>true</RvslInd><Sts>");

        StatementLine line = onlyLine(read(statement("02", entry)));

        assertThat(line.kind()).isEqualTo(LineKind.REVERSAL);
        assertThat(line.signedPence()).isEqualTo(-2500);
    }

    @Test
    void mapsBankTransactionCodesToChannels() throws IOException {
        String entries = booked("1.00", "CRDT", code("", "BGC"))
                + booked("2.00", "DBIT", code("", "CHG"))
                + booked("3.00", "CRDT", code("PMNT/RCDT/ESCT", ""))
                + booked("4.00", "DBIT", code("PMNT/IDDT/ESDD", ""))
                + booked("5.00", "CRDT", code("PMNT/RCDT/STDO", "FPI"))
                + booked("6.00", "CRDT", code("", "ZZZ"));

        List<StatementLine> lines = read(statement("02", entries)).sink().lines();

        assertThat(lines).extracting(StatementLine::channel).containsExactly(Channel.BACS_CREDIT, Channel.BANK_CHARGE,
                Channel.BACS_CREDIT, Channel.DIRECT_DEBIT, Channel.FASTER_PAYMENT, Channel.UNKNOWN);
        assertThat(lines).extracting(StatementLine::kind).containsExactly(LineKind.PAYMENT, LineKind.FEE,
                LineKind.PAYMENT, LineKind.PAYMENT, LineKind.PAYMENT, LineKind.PAYMENT);
        assertThat(lines.get(4).transactionCode()).isEqualTo("PMNT/RCDT/STDO FPI");
    }

    @Test
    void takesTheEndToEndIdAsReferenceOnlyWhenThePayerGaveOne() throws IOException {
        String entries = booked("1.00", "CRDT", "", details("<Refs><EndToEndId>INV-77</EndToEndId></Refs>"))
                + booked("2.00", "CRDT", "", details("<Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>"));

        List<StatementLine> lines = read(statement("02", entries)).sink().lines();

        assertThat(lines).extracting(StatementLine::reference).containsExactly("INV-77", "");
    }

    @Test
    void storesEachDetailOfABatchAsItsOwnLine() throws IOException {
        String entry = booked("60.00", "CRDT", "", "<Btch><NbOfTxs>3</NbOfTxs></Btch>"
                + details("<Amt Ccy=\"GBP\">10.00</Amt><RmtInf><Ustrd>REF A</Ustrd></RmtInf>")
                + details("<AmtDtls><TxAmt><Amt Ccy=\"GBP\">20.00</Amt></TxAmt></AmtDtls>"
                        + "<RmtInf><Ustrd>REF B</Ustrd></RmtInf>")
                + details("<Amt Ccy=\"GBP\">30.00</Amt><RmtInf><Ustrd>REF C</Ustrd></RmtInf>"));

        TestingCamt053.Read read = read(statement("02", entry));

        assertThat(read.sink().problems()).isEmpty();
        List<StatementLine> lines = read.sink().lines();
        assertThat(lines).extracting(StatementLine::signedPence).containsExactly(1000L, 2000L, 3000L);
        assertThat(lines).extracting(StatementLine::reference).containsExactly("REF A", "REF B", "REF C");
        assertThat(lines).extracting(line -> line.location().element()).containsExactly("Stmt[1]/Ntry[1]/TxDtls[1]",
                "Stmt[1]/Ntry[1]/TxDtls[2]", "Stmt[1]/Ntry[1]/TxDtls[3]");
        assertThat(lines.get(1).location().line()).isGreaterThan(lines.get(0).location().line());
    }

    @Test
    void refusesABatchWhoseDetailsDoNotAddUpToTheEntry() throws IOException {
        String entry = booked("60.00", "CRDT", "", "<Btch><NbOfTxs>2</NbOfTxs></Btch>"
                + details("<Amt Ccy=\"GBP\">10.00</Amt>") + details("<Amt Ccy=\"GBP\">20.00</Amt>"));

        TestingCamt053.Read read = read(statement("02", booked("1.00", "CRDT", "") + entry));

        assertThat(read.sink().lines()).as("only the first entry").hasSize(1);
        assertThat(read.sink().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Camt053ErrorCode.CAMT053_BATCH_MISMATCH);
            assertThat(problem.location().element()).isEqualTo("Stmt[1]/Ntry[2]");
            assertThat(problem.toString()).contains("statement.xml").contains("CRDT GBP 60.00")
                    .contains("CRDT GBP 30.00");
        });
    }

    @Test
    void keepsABatchWhoseDetailsCarryNoAmountsAsOneLine() throws IOException {
        String entry = booked("60.00", "CRDT", "", "<Btch><NbOfTxs>2</NbOfTxs></Btch>"
                + details("<RmtInf><Ustrd>REF A</Ustrd></RmtInf>") + details("<RmtInf><Ustrd>REF B</Ustrd></RmtInf>"));

        StatementLine line = onlyLine(read(statement("02", entry)));

        assertThat(line.signedPence()).isEqualTo(6000);
        assertThat(line.location().element()).isEqualTo("Stmt[1]/Ntry[1]");
        assertThat(line.reference()).isEqualTo("REF A REF B");
    }

    @Test
    void refusesADoctypeWithoutReadingItsEntities() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String xml = statement("02", booked("1.00", "CRDT", "", details(
                "<RmtInf><Ustrd>&xxe;</Ustrd></RmtInf>"))).replace("<Document ",
                "<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<Document ");

        TestingCamt053.Read read = read(xml);

        assertThat(read.refusal()).isNotNull();
        assertThat(read.refusal().problems()).extracting(Problem::code)
                .containsExactly(Camt053ErrorCode.CAMT053_DTD_REFUSED);
        assertThat(read.refusal().getMessage()).contains("statement.xml").contains("DTDs").contains("not accepted")
                .doesNotContain("TOP-SECRET-MARKER");
        assertThat(read.sink().statements()).isEmpty();
    }

    @Test
    void refusesATruncatedFileNamingTheElementItStoppedIn() throws IOException {
        String whole = statement("02", booked("1.00", "CRDT", "") + booked("2.00", "CRDT", ""));
        String truncated = whole.substring(0, whole.lastIndexOf("<ValDt>") + 12);

        TestingCamt053.Read read = read(truncated);

        assertThat(read.refusal()).isNotNull();
        Problem problem = read.refusal().problems().get(0);
        assertThat(problem.code()).isEqualTo(Camt053ErrorCode.CAMT053_NOT_XML);
        assertThat(problem.location().element()).startsWith("Stmt[1]/Ntry[2]/ValDt");
        assertThat(problem.location().line()).isPositive();
        assertThat(read.refusal().getMessage()).contains("statement.xml");
    }

    @Test
    void refusesVersionsItDoesNotRead() throws IOException {
        TestingCamt053.Read read = read(statement("09", booked("1.00", "CRDT", "")));

        assertThat(read.refusal()).isNotNull();
        assertThat(read.refusal().problems()).extracting(Problem::code)
                .containsExactly(Camt053ErrorCode.CAMT053_UNSUPPORTED_VERSION);
        assertThat(read.refusal().getMessage()).contains("camt.053.001.09");
    }

    @Test
    void reportsAnUnreadableAmountWithItsEntryAndGoesOn() throws IOException {
        TestingCamt053.Read read = read(statement("02", booked("12,50", "CRDT", "") + booked("3.00", "DBIT", "")));

        assertThat(read.refusal()).isNull();
        assertThat(read.sink().lines()).extracting(StatementLine::signedPence).containsExactly(-300L);
        assertThat(read.sink().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location().element()).isEqualTo("Stmt[1]/Ntry[1]");
            assertThat(problem.field()).isEqualTo("Amt");
            assertThat(problem.message()).contains("'12,50'");
        });
    }

    @Test
    void claimsCamt053SamplesOnly() {
        Camt053Format format = new Camt053Format();

        assertThat(format.detect(sample(statement("08", ""))).confidence().name()).isEqualTo("CERTAIN");
        assertThat(format.detect(sample("<ns:Document><ns:BkToCstmrStmt>")).confidence().name())
                .isEqualTo("CERTAIN");
        assertThat(format.detect(sample("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\">"
                + "<BkToCstmrDbtCdtNtfctn>")).claims()).isFalse();
        assertThat(format.detect(sample("BkToCstmrStmtX")).claims()).isFalse();
    }

    private static org.coffer.plugin.api.format.FileSample sample(String text) {
        return new org.coffer.plugin.api.format.FileSample("statement.xml",
                text.getBytes(StandardCharsets.UTF_8), text);
    }

    private List<StatementLine> generated(CamtVersion version) throws IOException {
        GeneratedFile file = new StatementFiles(11L).camt053(temp.resolve(version.name()), 60, version);
        TestingCamt053.Read read = TestingCamt053.read(file.path());
        assertThat(read.refusal()).isNull();
        assertThat(read.sink().problems()).isEmpty();
        return read.sink().lines();
    }

    private TestingCamt053.Read read(String xml) throws IOException {
        return TestingCamt053.read(temp, "statement.xml", xml);
    }

    private static StatementLine onlyLine(TestingCamt053.Read read) {
        assertThat(read.refusal()).isNull();
        assertThat(read.sink().problems()).isEmpty();
        assertThat(read.sink().lines()).hasSize(1);
        return read.sink().lines().get(0);
    }

    /** A booked entry with the given bank transaction code and entry details. */
    private static String booked(String amount, String direction, String code, String... entryDetails) {
        String details = entryDetails.length == 0 ? "" : "<NtryDtls>" + String.join("", Arrays.asList(entryDetails))
                + "</NtryDtls>";
        return """
                      <Ntry>
                        <Amt Ccy="GBP">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts>BOOK</Sts>
                        <BookgDt><Dt>2025-04-02</Dt></BookgDt><ValDt><Dt>2025-04-02</Dt></ValDt>
                        %s
                        %s
                      </Ntry>
                """.formatted(amount, direction, code, details);
    }

    private static String details(String content) {
        return "\n<TxDtls>" + content + "</TxDtls>";
    }

    /** {@code BkTxCd} with an ISO code written {@code DOMN/FMLY/SUB} and a proprietary code, either may be empty. */
    private static String code(String iso, String proprietary) {
        StringBuilder code = new StringBuilder("<BkTxCd>");
        if (!iso.isEmpty()) {
            String[] parts = iso.split("/");
            code.append("<Domn><Cd>").append(parts[0]).append("</Cd><Fmly><Cd>").append(parts[1])
                    .append("</Cd><SubFmlyCd>").append(parts[2]).append("</SubFmlyCd></Fmly></Domn>");
        }
        if (!proprietary.isEmpty()) {
            code.append("<Prtry><Cd>").append(proprietary).append("</Cd></Prtry>");
        }
        return code.append("</BkTxCd>").toString();
    }
}
