package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.junit.jupiter.api.Test;

class Camt053WriterTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    @Test
    void escapesPayerTextSoThatItReadsBackUnchanged() throws Exception {
        String payer = "A & B <CLIENT A/C> \"O'BRIEN\"";
        String reference = "R&D <4471>";
        ExpectedLine line = new ExpectedLine(DAY, 12_345, "GBP", reference, "FPI " + payer, Channel.FASTER_PAYMENT,
                LineKind.PAYMENT, "", "");
        Statement statement = Statement.of(7, DAY, "GBP", 0,
                List.of(new StatementEntry(line, TransactionType.FASTER_PAYMENT, payer, "FB0000000001")));

        StringWriter out = new StringWriter();
        Camt053Writer writer = new Camt053Writer(out, "GB18LOYD30994240718834", "MSG&1", CamtVersion.V02);
        writer.write(statement);
        writer.finish();

        assertThat(out.toString()).contains("<Nm>A &amp; B &lt;CLIENT A/C&gt;")
                .contains("<Ustrd>R&amp;D &lt;4471&gt;</Ustrd>");
        assertThat(textOf(out.toString(), "Nm")).containsExactly(payer);
        assertThat(textOf(out.toString(), "Ustrd")).containsExactly(reference);
        assertThat(textOf(out.toString(), "AddtlNtryInf")).containsExactly("FPI " + payer);
        assertThat(textOf(out.toString(), "MsgId")).containsExactly("MSG&1");
    }

    @Test
    void namesThePayeeOfADebitNoPartyForBankChargesAndAnOverdrawnBalanceAsADebit() throws Exception {
        ExpectedLine unpaid = new ExpectedLine(DAY, -15_000, "GBP", "312345678", "DD UNPAID J SMITH",
                Channel.DIRECT_DEBIT, LineKind.REVERSAL, "CTAX", "312345678");
        ExpectedLine charges = new ExpectedLine(DAY, -4_500, "GBP", "ACCOUNT CHARGES MAY 2025", "CHG SERVICE CHARGES",
                Channel.BANK_CHARGE, LineKind.FEE, "", "");
        Statement statement = Statement.of(1, DAY, "GBP", 100_00, List.of(
                new StatementEntry(unpaid, TransactionType.UNPAID_DIRECT_DEBIT, "J SMITH", "FB1"),
                new StatementEntry(charges, TransactionType.BANK_CHARGES, "", "FB2")));

        StringWriter out = new StringWriter();
        Camt053Writer writer = new Camt053Writer(out, "GB18LOYD30994240718834", "M", CamtVersion.V02);
        writer.write(statement);
        writer.finish();

        assertThat(out.toString()).contains("<RltdPties><Cdtr><Nm>J SMITH</Nm></Cdtr></RltdPties>")
                .contains("<SubFmlyCd>UPDD</SubFmlyCd>").contains("<SubFmlyCd>CHRG</SubFmlyCd>")
                .contains("<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"GBP\">95.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>");
        assertThat(textOf(out.toString(), "Nm")).containsExactly("J SMITH");
    }

    private static List<String> textOf(String xml, String element) throws Exception {
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
        List<String> texts = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(element)) {
                texts.add(reader.getElementText());
            }
        }
        return texts;
    }
}
