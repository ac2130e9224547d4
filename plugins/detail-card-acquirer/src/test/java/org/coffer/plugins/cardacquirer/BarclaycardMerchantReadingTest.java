package org.coffer.plugins.cardacquirer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coffer.plugins.cardacquirer.TestingMerchantFile.HEADER;
import static org.coffer.plugins.cardacquirer.TestingMerchantFile.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.StatementLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarclaycardMerchantReadingTest {

    @TempDir
    Path temp;

    @Test
    void readsAFileWithoutThePeriodLineAsStatementsWithoutDays() throws IOException {
        TestingMerchantFile.Read read = TestingMerchantFile.read(temp, "noperiod.csv",
                HEADER + "\n" + row("Sale", "1000.00", "E-commerce", "11"));

        assertThat(read.sink().problems()).isEmpty();
        assertThat(read.sink().statements()).singleElement().satisfies(statement -> {
            assertThat(statement.start().sequence()).isEmpty();
            assertThat(statement.start().from()).isNull();
            assertThat(statement.lines()).extracting(StatementLine::signedPence).containsExactly(100000L);
        });
    }

    @Test
    void startsAStatementForEachMerchantInTurn() throws IOException {
        String csv = "Transaction Date 01 Jun 2016 - 30 Jun 2016\n" + HEADER + "\n"
                + row("Sale", "1.00", "E-commerce", "11") + row("Sale", "2.00", "E-commerce", "11")
                + row("Sale", "3.00", "E-commerce", "22");

        TestingMerchantFile.Read read = TestingMerchantFile.read(temp, "two.csv", csv);

        assertThat(read.sink().statements()).extracting(statement -> statement.start().account())
                .containsExactly("11", "22");
        assertThat(read.sink().statements().get(1).lines()).hasSize(1);
    }

    @Test
    void mapsTheAcquirersChannelNames() throws IOException {
        String csv = HEADER + "\n" + row("Sale", "1.00", "E-commerce", "1")
                + row("Sale", "1.00", "Mail Order/Telephone Order", "1") + row("Sale", "1.00", "Face to Face", "1")
                + row("Sale", "1.00", "Kiosk", "1");

        TestingMerchantFile.Read read = TestingMerchantFile.read(temp, "channels.csv", csv);

        assertThat(read.sink().lines()).extracting(StatementLine::channel).containsExactly(Channel.CARD_ONLINE,
                Channel.CARD_PHONE, Channel.CARD_COUNTER, Channel.UNKNOWN);
    }

    @Test
    void reportsBadRowsWithTheirLinesAndReadsOn() throws IOException {
        String csv = "Transaction Date 01 Jun 2016 - 30 Jun 2016\r\n" + HEADER + "\r\n"
                + row("Cash Advance", "1.00", "E-commerce", "1") + row("Sale", "-1.00", "E-commerce", "1")
                + row("Sale", "1.00", "E-commerce", "1").replace("10 Jun", "31 Jun") + "10 Jun 2016,too short\r\n"
                + row("Sale", "4.00", "E-commerce", "1");

        TestingMerchantFile.Read read = TestingMerchantFile.read(temp, "bad.csv", csv);

        assertThat(read.sink().lines()).extracting(StatementLine::signedPence).containsExactly(400L);
        assertThat(read.sink().problems()).extracting(Object::toString).containsExactly(
                "bad.csv, line 3, field Transaction type: 'Cash Advance' is not a transaction type read here (Sale or "
                        + "Sales Refund) [BARCLAYCARD_BAD_VALUE]",
                "bad.csv, line 4, field Transaction amount: '-1.00' is not an unsigned amount in pounds such as 8.64 "
                        + "[BARCLAYCARD_BAD_VALUE]",
                "bad.csv, line 5, field Transaction date: '31 Jun 2016' is not a date such as 10 Jun 2016 "
                        + "[BARCLAYCARD_BAD_VALUE]",
                "bad.csv, line 6: the row has 2 fields where the header has 15 [BARCLAYCARD_BAD_ROW]");
    }

    @Test
    void refusesAFileWithAHeaderButNoTransactions() throws IOException {
        TestingMerchantFile.Read read = TestingMerchantFile.read(temp, "empty.csv", HEADER + "\n");

        assertThat(read.refusal().getMessage())
                .isEqualTo("empty.csv: the file has a header but no transactions [BARCLAYCARD_NO_TRANSACTIONS]");
    }

    @Test
    void claimsMerchantFilesByTheirHeaderOnly() {
        BarclaycardMerchantFormat format = new BarclaycardMerchantFormat();

        assertThat(format.detect(sample("Transaction Date 01 Jun 2016 - 30 Jun 2016\r\n" + HEADER + "\r\n"))
                .confidence().name()).isEqualTo("CERTAIN");
        assertThat(format.detect(sample(HEADER)).confidence().name()).isEqualTo("CERTAIN");
        assertThat(format.detect(sample("Transaction date,Transaction amount,Merchant ID\n")).claims()).isFalse();
    }

    private static FileSample sample(String text) {
        return new FileSample("merchant.csv", text.getBytes(StandardCharsets.UTF_8), text);
    }
}
