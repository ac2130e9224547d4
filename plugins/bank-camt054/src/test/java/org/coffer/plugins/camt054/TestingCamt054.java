package org.coffer.plugins.camt054;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;

/** Small camt.054 documents written for one behaviour each, and a way to read them. */
final class TestingCamt054 {

    private TestingCamt054() {
    }

    /** A document of the given version ({@code "02"} to {@code "10"}) holding one notification with these entries. */
    static String notification(String version, String entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.%s">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>M1</MsgId></GrpHdr>
                    <Ntfctn>
                      <Id>N1</Id>
                      <ElctrncSeqNb>77</ElctrncSeqNb>
                      <FrToDt><FrDtTm>2025-04-02T00:00:00</FrDtTm><ToDtTm>2025-04-02T23:59:59</ToDtTm></FrToDt>
                      <Acct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id><Ccy>GBP</Ccy></Acct>
                %s
                    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """.formatted(version, entries);
    }

    /** An entry with the given status and entry details. */
    static String entry(String amount, String direction, String status, String details) {
        return """
                      <Ntry>
                        <Amt Ccy="GBP">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts>%s</Sts>
                        <BookgDt><Dt>2025-04-02</Dt></BookgDt><ValDt><Dt>2025-04-02</Dt></ValDt>
                        <AcctSvcrRef>BULK1</AcctSvcrRef>
                        <NtryDtls>%s</NtryDtls>
                      </Ntry>
                """.formatted(amount, direction, status, details);
    }

    /** A transaction detail of a payer's payment. */
    static String detail(String amount, String direction, String reference) {
        return "\n<TxDtls><Refs><AcctSvcrRef>D-" + reference + "</AcctSvcrRef></Refs><Amt Ccy=\"GBP\">" + amount
                + "</Amt><CdtDbtInd>" + direction + "</CdtDbtInd><RmtInf><Ustrd>" + reference
                + "</Ustrd></RmtInf></TxDtls>";
    }

    /** What reading a file gave: the sink, or the refusal that stopped it. */
    record Read(TestingFileSink sink, ProblemException refusal) {
    }

    static Read read(Path dir, String name, String xml) throws IOException {
        return read(Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8));
    }

    static Read read(Path file) throws IOException {
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(file)) {
            new Camt054Format().read(in, TestingFormatContext.of(file), sink);
            return new Read(sink, null);
        } catch (ProblemException e) {
            return new Read(sink, e);
        }
    }
}
