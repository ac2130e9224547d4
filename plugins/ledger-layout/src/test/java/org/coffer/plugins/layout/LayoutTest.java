package org.coffer.plugins.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.testing.TestingExportContext;
import org.coffer.plugin.testing.TestingJournals;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static final TestingExportContext SIGNED = TestingExportContext.of("run.txt", Map.of("format", "csv",
            "columns", "const:GL,bankAccount,period,ledgerCode,amount,accountReference,narrative"));

    @Test
    void aSignedCsvLayoutWritesCreditsNegativeAndGuardsText() throws IOException {
        List<String> records = write(SIGNED);

        assertThat(records.get(0)).isEqualTo("GL,MAIN,3,B1000,62518.88,,Income MAIN June");
        assertThat(records.get(2)).isEqualTo("GL,MAIN,3,R1002,-50000.01,,\"'=HYPERLINK(\"\"http://x.test\"\")\"");
        assertThat(records.get(4)).isEqualTo("GL,MAIN,3,R2001,-8.32,'@TW-0002,'-1+1");
    }

    @Test
    void aFixedWidthLayoutPadsEachColumnAndKeepsTheSignInFrontOfZeros() throws IOException {
        TestingExportContext context = TestingExportContext.of("run.txt", Map.of("format", "fixed", "header", "yes",
                "columns", "ledgerCode:6,fund:6:right,amount:10:right:zero,journalDate:8,const:X:2",
                "dateFormat", "ddMMyyyy", "amounts", "pence"));

        List<String> records = write(context);

        assertThat(records.get(0)).isEqualTo("ledgerfund  amount    journalDco");
        assertThat(records.get(1)).isEqualTo("B1000       000625188830062025X ");
        assertThat(records.get(2)).isEqualTo("R1001   CTAX-00123456730062025X ");
    }

    @Test
    void aValueWiderThanItsFixedColumnIsRefusedNamingTheColumnAndTheSetting() {
        TestingExportContext context = TestingExportContext.of("run.txt", Map.of("format", "fixed",
                "columns", "ledgerCode:4,amount:12"));

        assertThatThrownBy(() -> write(context)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("line 1, field ledgerCode")
                .hasMessageContaining("'B1000' is 5 characters, wider than the 4-character column ledgerCode")
                .hasMessageContaining("'columns'").hasMessageContaining("LAYOUT_VALUE_TOO_WIDE");
    }

    @Test
    void anUnknownColumnIsRefusedListingTheNamesThatExist() {
        assertThatThrownBy(() -> write(SIGNED.with("columns", "ledgerCode,amount,payerName")))
                .hasMessageContaining("'columns'").hasMessageContaining("'payerName' is not NAME")
                .hasMessageContaining("accountReference").hasMessageContaining("LAYOUT_BAD_SETTING");
    }

    @Test
    void aFixedWidthColumnWithoutAWidthIsRefused() {
        assertThatThrownBy(() -> write(SIGNED.with("format", "fixed")))
                .hasMessageContaining("'const:GL' has no width");
    }

    @Test
    void theAmountColumnsMustFitTheSignConvention() {
        assertThatThrownBy(() -> write(SIGNED.with("sign", "debit-credit")))
                .hasMessageContaining("'columns'").hasMessageContaining("debit-credit writes the columns debit and"
                        + " credit, and cannot fill the column amount");
        assertThatThrownBy(() -> write(SIGNED.with("sign", "dc-flag")))
                .hasMessageContaining("but there is no dc column");
        assertThatThrownBy(() -> write(SIGNED.with("debitFlag", "C")))
                .hasMessageContaining("'creditFlag'").hasMessageContaining("could not be told apart");
    }

    @Test
    void aBadDatePatternOrChoiceIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> write(SIGNED.with("dateFormat", "yyyy-bb")))
                .hasMessageContaining("'dateFormat'").hasMessageContaining("'yyyy-bb' is not a date pattern");
        assertThatThrownBy(() -> write(SIGNED.with("dateFormat", "yyyy-MM-dd HH:mm")))
                .as("a pattern a date cannot fill").hasMessageContaining("'yyyy-MM-dd HH:mm' is not a date pattern");
        assertThatThrownBy(() -> write(SIGNED.with("format", "xml")))
                .hasMessageContaining("'format'").hasMessageContaining("'xml' is not one of csv, fixed");
    }

    private static List<String> write(TestingExportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LayoutExport().write(List.copyOf(TestingJournals.run()), context, out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
