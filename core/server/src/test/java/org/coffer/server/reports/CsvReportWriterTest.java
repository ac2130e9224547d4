package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV as RFC 4180 asks and Excel reads it: a BOM, CRLF, quoting, and payer text that cannot run as a formula. */
class CsvReportWriterTest {

    @TempDir
    Path dir;

    private TestingReports reports;

    @BeforeEach
    void open() {
        reports = new TestingReports(dir);
    }

    @AfterEach
    void close() {
        reports.close();
    }

    @Test
    void rowsAreWrittenWithABomQuotedWhereNeededAndFormulasNeutralised() throws Exception {
        reports.ledger.posting(LocalDate.of(2026, 6, 2), "CTAX", "FASTER_PAYMENT", "GBP", 123_456,
                "=HYPERLINK(\"http://x\",\"y\")");
        reports.ledger.posting(LocalDate.of(2026, 6, 3), "NNDR", "CHEQUE", "GBP", -5, "+1+1");
        reports.ledger.posting(LocalDate.of(2026, 6, 4), "SUSP", "CHEQUE", "EUR", 100, "Smith, J \"Jo\"\nflat 2");

        StringWriter out = new StringWriter();
        new CsvReportWriter().write(reports.runner.run("income-detail",
                Map.of("from", "2026-06-01", "to", "2026-06-30")), out);

        assertThat(out.toString()).isEqualTo("\uFEFF"
                + "Date,Fund,Account reference,Channel,Bank account,Narrative,Currency,Amount\r\n"
                + "2026-06-02,CTAX,REF1,FASTER_PAYMENT,MAIN,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",GBP,1234.56\r\n"
                + "2026-06-03,NNDR,REF2,CHEQUE,MAIN,'+1+1,GBP,-0.05\r\n"
                + "2026-06-04,SUSP,REF3,CHEQUE,MAIN,\"Smith, J \"\"Jo\"\"\nflat 2\",EUR,1.00\r\n");
    }

    @Test
    void textStartingWithAnyFormulaCharacterIsPrefixed() {
        assertThat(CsvReportWriter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReportWriter.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvReportWriter.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvReportWriter.text("plain")).isEqualTo("plain");
        assertThat(CsvReportWriter.text("")).isEmpty();
    }
}
