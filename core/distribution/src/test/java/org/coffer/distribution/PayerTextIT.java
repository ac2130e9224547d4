package org.coffer.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What payers write is stored exactly, however it is punctuated: quotes, commas, apostrophes, backslashes. */
class PayerTextIT {

    private static final String PAYER = "O'Brien, \"Pat\" & Co \\N";
    private static final String REFERENCE = "CTAX 499008590, \"April\" \\N;";

    @TempDir
    Path folder;

    @Test
    void storesPayerTextExactly() throws IOException {
        Path file = Files.writeString(folder.resolve("punctuated.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
                <GrpHdr><MsgId>M1</MsgId><CreDtTm>2025-04-01T18:00:00</CreDtTm></GrpHdr>
                <Stmt><Id>S1</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>2025-04-01T18:00:00</CreDtTm>
                <Acct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id><Ccy>GBP</Ccy></Acct>
                <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="GBP">100.00</Amt>
                  <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-04-01</Dt></Dt></Bal>
                <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="GBP">112.34</Amt>
                  <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-04-01</Dt></Dt></Bal>
                <Ntry><Amt Ccy="GBP">12.34</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><Dt>2025-04-01</Dt></BookgDt><ValDt><Dt>2025-04-01</Dt></ValDt>
                  <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>%s</Nm></Dbtr></RltdPties>
                  <RmtInf><Ustrd>%s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                </Stmt></BkToCstmrStmt></Document>
                """.formatted(xml(PAYER), xml(REFERENCE)), UTF_8);

        try (TestCoffer coffer = TestCoffer.open(folder.resolve("coffer"))) {
            coffer.importFile(file);

            String stored = coffer.coffer().database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT counterparty || '|' || reference FROM receipts").mapTo(String.class).one());
            assertThat(stored).isEqualTo(PAYER + "|" + REFERENCE);
            String posted = coffer.coffer().database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT fund_code || ' ' || account_reference FROM postings").mapTo(String.class).one());
            assertThat(posted).isEqualTo("CTAX 499008590");
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
