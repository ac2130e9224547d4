package org.coffer.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes a camt.053 bank-to-customer statement message: a group header, then one {@code Stmt} per statement with
 * opening and closing booked balances, a transactions summary and one booked {@code Ntry} per line. Payer text is
 * escaped; the payer's reference goes in {@code RmtInf/Ustrd}.
 */
final class Camt053Writer implements StatementWriter {

    private static final String BANK_BIC = "LOYDGB2L";
    private static final String CREATED_AT = "T18:00:00";

    private final Writer out;
    private final String iban;
    private final String messageId;
    private final CamtVersion version;
    private final StringBuilder xml = new StringBuilder(2048);
    private boolean started;

    Camt053Writer(Writer out, String iban, String messageId, CamtVersion version) {
        this.out = out;
        this.iban = iban;
        this.messageId = messageId;
        this.version = version;
    }

    @Override
    public void write(Statement statement) throws IOException {
        if (!started) {
            appendGroupHeader(statement.date());
            started = true;
        }
        String date = statement.date().toString();
        xml.append("    <Stmt>\n");
        element(6, "Id", messageId + "-" + statement.sequence());
        element(6, "ElctrncSeqNb", Integer.toString(statement.sequence()));
        element(6, "CreDtTm", date + CREATED_AT);
        xml.append("      <FrToDt><FrDtTm>").append(date).append("T00:00:00</FrDtTm><ToDtTm>").append(date)
                .append("T23:59:59</ToDtTm></FrToDt>\n");
        xml.append("      <Acct><Id><IBAN>").append(iban).append("</IBAN></Id><Ccy>").append(statement.currency())
                .append("</Ccy><Svcr><FinInstnId><").append(bicElement()).append('>').append(BANK_BIC).append("</")
                .append(bicElement()).append("></FinInstnId></Svcr></Acct>\n");
        appendBalance("OPBD", statement.openingPence(), statement.currency(), date);
        appendBalance("CLBD", statement.closingPence(), statement.currency(), date);
        appendSummary(statement);
        flush();
        for (StatementEntry entry : statement.entries()) {
            appendEntry(entry, statement.currency());
            flush();
        }
        xml.append("    </Stmt>\n");
        flush();
    }

    @Override
    public void finish() throws IOException {
        xml.append("  </BkToCstmrStmt>\n</Document>\n");
        flush();
    }

    private void appendGroupHeader(LocalDate created) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"").append(version.namespace())
                .append("\">\n  <BkToCstmrStmt>\n    <GrpHdr>\n");
        element(6, "MsgId", messageId);
        element(6, "CreDtTm", created + CREATED_AT);
        xml.append("    </GrpHdr>\n");
    }

    private void appendBalance(String type, long pence, String currency, String date) {
        xml.append("      <Bal><Tp><CdOrPrtry><Cd>").append(type).append("</Cd></CdOrPrtry></Tp>");
        appendAmount(Math.abs(pence), currency);
        xml.append("<CdtDbtInd>").append(pence < 0 ? "DBIT" : "CRDT").append("</CdtDbtInd><Dt><Dt>").append(date)
                .append("</Dt></Dt></Bal>\n");
    }

    private void appendSummary(Statement statement) {
        int credits = statement.creditCount();
        xml.append("      <TxsSummry>\n        <TtlNtries><NbOfNtries>").append(statement.entries().size())
                .append("</NbOfNtries></TtlNtries>\n        <TtlCdtNtries><NbOfNtries>").append(credits)
                .append("</NbOfNtries><Sum>");
        Decimals.appendPence(xml, statement.creditPence(), '.');
        xml.append("</Sum></TtlCdtNtries>\n        <TtlDbtNtries><NbOfNtries>")
                .append(statement.entries().size() - credits).append("</NbOfNtries><Sum>");
        Decimals.appendPence(xml, statement.debitPence(), '.');
        xml.append("</Sum></TtlDbtNtries>\n      </TxsSummry>\n");
    }

    private void appendEntry(StatementEntry entry, String currency) {
        String date = entry.line().valueDate().toString();
        String direction = entry.credit() ? "CRDT" : "DBIT";
        xml.append("      <Ntry>\n        ");
        appendAmount(entry.pence(), currency);
        xml.append("<CdtDbtInd>").append(direction).append("</CdtDbtInd>")
                .append(version == CamtVersion.V02 ? "<Sts>BOOK</Sts>" : "<Sts><Cd>BOOK</Cd></Sts>").append('\n');
        xml.append("        <BookgDt><Dt>").append(date).append("</Dt></BookgDt><ValDt><Dt>").append(date)
                .append("</Dt></ValDt>\n");
        element(8, "AcctSvcrRef", entry.bankReference());
        TransactionType type = entry.type();
        xml.append("        <BkTxCd><Domn><Cd>").append(type.camtDomain).append("</Cd><Fmly><Cd>")
                .append(type.camtFamily).append("</Cd><SubFmlyCd>").append(type.camtSubFamily)
                .append("</SubFmlyCd></Fmly></Domn><Prtry><Cd>").append(type.ukCode)
                .append("</Cd><Issr>UK</Issr></Prtry></BkTxCd>\n");
        xml.append("        <NtryDtls><TxDtls>\n          <Refs><AcctSvcrRef>").append(entry.bankReference())
                .append("</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>\n");
        if (version == CamtVersion.V08) {
            xml.append("          ");
            appendAmount(entry.pence(), currency);
            xml.append("<CdtDbtInd>").append(direction).append("</CdtDbtInd>\n");
        }
        appendRelatedParty(entry);
        xml.append("          <RmtInf><Ustrd>");
        XmlText.append(xml, entry.line().reference()).append("</Ustrd></RmtInf>\n        </TxDtls></NtryDtls>\n");
        xml.append("        <AddtlNtryInf>");
        XmlText.append(xml, entry.line().narrative()).append("</AddtlNtryInf>\n      </Ntry>\n");
    }

    /** The payer of a credit or the payee of a debit; bank charges have neither. */
    private void appendRelatedParty(StatementEntry entry) {
        if (entry.counterparty().isEmpty()) {
            return;
        }
        String role = entry.credit() ? "Dbtr" : "Cdtr";
        xml.append("          <RltdPties><").append(role).append('>');
        xml.append(version == CamtVersion.V02 ? "<Nm>" : "<Pty><Nm>");
        XmlText.append(xml, entry.counterparty());
        xml.append(version == CamtVersion.V02 ? "</Nm>" : "</Nm></Pty>");
        xml.append("</").append(role).append("></RltdPties>\n");
    }

    private void appendAmount(long pence, String currency) {
        xml.append("<Amt Ccy=\"").append(currency).append("\">");
        Decimals.appendPence(xml, pence, '.').append("</Amt>");
    }

    private void element(int indent, String name, String value) {
        xml.append(" ".repeat(indent)).append('<').append(name).append('>');
        XmlText.append(xml, value).append("</").append(name).append(">\n");
    }

    private String bicElement() {
        return version == CamtVersion.V02 ? "BIC" : "BICFI";
    }

    private void flush() throws IOException {
        out.append(xml);
        xml.setLength(0);
    }
}
