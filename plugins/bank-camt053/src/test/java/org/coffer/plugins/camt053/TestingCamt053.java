package org.coffer.plugins.camt053;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;

/** Small camt.053 documents written for one behaviour each, and a way to read them. */
final class TestingCamt053 {

    private TestingCamt053() {
    }

    /** A document of the given version ({@code "02"} to {@code "08"}) holding one statement with these entries. */
    static String statement(String version, String entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.%s">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>M1</MsgId></GrpHdr>
                    <Stmt>
                      <Id>S1</Id>
                      <ElctrncSeqNb>41</ElctrncSeqNb>
                      <Acct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id><Ccy>GBP</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="GBP">100.00</Amt>
                        <CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>2025-04-01</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="GBP">250.00</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-04-02</Dt></Dt></Bal>
                      <TxsSummry>
                        <TtlNtries><NbOfNtries>2</NbOfNtries></TtlNtries>
                        <TtlCdtNtries><NbOfNtries>1</NbOfNtries><Sum>400.00</Sum></TtlCdtNtries>
                        <TtlDbtNtries><NbOfNtries>1</NbOfNtries><Sum>50</Sum></TtlDbtNtries>
                      </TxsSummry>
                %s
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(version, entries);
    }

    /** What reading a file gave: the sink, or the refusal that stopped it. */
    record Read(TestingFileSink sink, ProblemException refusal) {
    }

    static Read read(Path dir, String name, String xml) throws IOException {
        Path file = Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
        return read(file);
    }

    static Read read(Path file) throws IOException {
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(file)) {
            new Camt053Format().read(in, TestingFormatContext.of(file), sink);
            return new Read(sink, null);
        } catch (ProblemException e) {
            return new Read(sink, e);
        }
    }
}
