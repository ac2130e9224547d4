package org.coffer.plugins.ledgertext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvRecordTest {

    @Test
    void textAFormulaWouldStartWithGetsAnApostrophe() throws IOException {
        assertThat(written(new CsvRecord(',').text("=1+1").text("+44").text("-5").text("@SUM(A1)").text("\tx")))
                .isEqualTo("'=1+1,'+44,'-5,'@SUM(A1),'\tx\r\n");
    }

    @Test
    void textHoldingTheDelimiterAQuoteOrALineBreakIsQuoted() throws IOException {
        assertThat(written(new CsvRecord(';').text("a;b").text("say \"hi\"").text("two\nlines").text("a,b")))
                .isEqualTo("\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";a,b\r\n");
    }

    @Test
    void amountsArePoundsWithTwoDecimalsAndASignedMinusInAnyLocale() throws IOException {
        assertThat(written(new CsvRecord(',').amount(-1_234_567).amount(5).amount(0).number(42)))
                .isEqualTo("-12345.67,0.05,0.00,42\r\n");
    }

    @Test
    void aQuoteCannotSeparateFields() {
        assertThatThrownBy(() -> new CsvRecord('"')).hasMessageContaining("cannot separate fields");
    }

    private static String written(CsvRecord record) throws IOException {
        StringWriter out = new StringWriter();
        record.writeTo(out);
        return out.toString();
    }
}
