package org.coffer.plugins.govukpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coffer.plugins.govukpay.TestingGovUkPay.STRIPE_HEADER;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.GovUkPayWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovUkPayReadingTest {

    /** The other providers' layout, from GOV.UK Pay's ledger: no fee columns, metadata columns at the end. */
    private static final String LEDGER_HEADER = "Reference,Description,Email,Amount,Card Brand,Cardholder Name,"
            + "Card Expiry Date,Card Number,State,Finished,Error Code,Error Message,Provider ID,GOV.UK Payment ID,"
            + "Issued By,Date Created,Time Created,Corporate Card Surcharge,Total Amount,Wallet Type,Card Type,MOTO,"
            + "cost_centre (metadata),ledger_code (metadata)";

    @TempDir
    Path temp;

    @Test
    void readsTheLedgerLayoutWithGroupedAmountsGuardedTextAndMetadata() throws IOException {
        String csv = LEDGER_HEADER + "\n"
                + "'-CT 4001,\"Council tax, 2025\",a@example.org,\"1,234.50\",Visa,\"O'Brien, A\",1/27,1234,Success,"
                + "true,,,p1,id1,,02 Apr 2025,10:00:00,\"1.50\",\"1,236.00\",,credit,true,CC12,'=4100\n"
                + "R2,Rent,b@example.org,\"-20.00\",Visa,B,1/27,1234,Refund success,true,,,p2,id2,officer,"
                + "3 Apr 2025,11:00:00,\"0.00\",\"-20.00\",,debit,false,,\n";

        TestingGovUkPay.Read read = TestingGovUkPay.read(temp, "ledger.csv", csv);

        assertThat(read.sink().problems()).isEmpty();
        List<StatementLine> lines = read.sink().lines();
        assertThat(lines).extracting(StatementLine::signedPence).containsExactly(123600L, -2000L);
        StatementLine payment = lines.get(0);
        assertThat(payment.reference()).as("the formula guard is not part of the reference").isEqualTo("-CT 4001");
        assertThat(payment.counterparty()).isEqualTo("O'Brien, A");
        assertThat(payment.narrative()).isEqualTo("Council tax, 2025; cost_centre: CC12; ledger_code: =4100");
        assertThat(payment.channel()).as("a MOTO payment was taken by phone").isEqualTo(Channel.CARD_PHONE);
        assertThat(lines.get(1).kind()).isEqualTo(LineKind.REVERSAL);
        assertThat(lines.get(1).valueDate()).isEqualTo(LocalDate.of(2025, 4, 3));
    }

    @Test
    void keepsNoLineForPaymentsThatMovedNoMoney() throws IOException {
        String csv = LEDGER_HEADER + "\n"
                + row("Declined") + row("Timed out") + row("Cancelled") + row("In progress") + row("Refund error")
                + row("Dispute won in your favour") + row("Success");

        TestingGovUkPay.Read read = TestingGovUkPay.read(temp, "states.csv", csv);

        assertThat(read.sink().problems()).isEmpty();
        assertThat(read.sink().lines()).extracting(line -> line.location().line()).containsExactly(8L);
    }

    @Test
    void reportsAnUnknownStateAndABadAmountWithTheirLinesAndReadsOn() throws IOException {
        String csv = LEDGER_HEADER + "\n" + row("Pending review") + row("Success").replace("\"5.00\"", "\"5,00\"")
                + row("Success");

        TestingGovUkPay.Read read = TestingGovUkPay.read(temp, "bad.csv", csv);

        assertThat(read.sink().lines()).hasSize(1);
        assertThat(read.sink().problems()).hasSize(2);
        assertThat(read.sink().problems().get(0).toString()).startsWith("bad.csv, line 2, field State: 'Pending review'")
                .endsWith("[GOVUK_PAY_BAD_VALUE]");
        assertThat(read.sink().problems().get(1).toString()).startsWith("bad.csv, line 3, field Amount: '5,00'");
    }

    @Test
    void refusesARowWhoseNetIsNotItsAmountLessItsFee() throws IOException {
        String csv = STRIPE_HEADER + "\n"
                + "R1,D,e,100,Visa,N,1/27,1,Success,true,,,p,id,,14 Aug 2020,11:20:00,0,100,,3.17,96.82,,,,credit,"
                + "false,stripe,\n";

        TestingGovUkPay.Read read = TestingGovUkPay.read(temp, "net.csv", csv);

        assertThat(read.sink().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(GovUkPayErrorCode.GOVUK_PAY_NET_MISMATCH);
            assertThat(problem.message()).isEqualTo(
                    "Net is GBP 96.82 but the amount less the fee is GBP 100.00 - GBP 3.17 = GBP 96.83");
        });
    }

    @Test
    void readsAQuotedDescriptionOverSeveralLinesAndReportsARaggedRow() throws IOException {
        String csv = LEDGER_HEADER + "\r\n" + row("Success").replace(",Desc,", ",\"Two\r\nlines\",")
                + "R9,too,few,fields\r\n" + row("Success");

        TestingGovUkPay.Read read = TestingGovUkPay.read(temp, "quoted.csv", csv);

        assertThat(read.sink().lines()).extracting(StatementLine::narrative).containsExactly("Two\nlines", "Desc");
        assertThat(read.sink().lines()).extracting(line -> line.location().line()).containsExactly(2L, 5L);
        assertThat(read.sink().problems()).singleElement().satisfies(problem -> assertThat(problem.toString())
                .isEqualTo("quoted.csv, line 4: the row has 4 fields where the header has 24 [GOVUK_PAY_BAD_ROW]"));
    }

    @Test
    void refusesAFileWithoutTheReportHeaderOrWithoutARequiredColumn() throws IOException {
        TestingGovUkPay.Read notReport = TestingGovUkPay.read(temp, "other.csv", "Date,Amount\n01/02/2025,5.00\n");
        TestingGovUkPay.Read noAmount = TestingGovUkPay.read(temp, "noamount.csv",
                LEDGER_HEADER.replace(",Amount,", ",Sum,") + "\n");

        assertThat(notReport.refusal().getMessage()).startsWith("other.csv, line 1: the first line is not a GOV.UK Pay");
        assertThat(noAmount.refusal().getMessage())
                .startsWith("noamount.csv, line 1, field Amount: the header has no Amount column");
    }

    @Test
    void readsLargeReportsAsOneStatementWithoutDaysOnceTheyOutgrowWhatIsHeld() throws IOException {
        GeneratedFile file = new GovUkPayWriter(2L).write(temp.resolve("big.csv"), PendingStatement.HELD_LINES + 5,
                GovUkPayWriter.Layout.LEDGER);

        TestingGovUkPay.Read read = TestingGovUkPay.read(file.path());

        assertThat(read.sink().problems()).isEmpty();
        assertThat(read.sink().statements()).singleElement().satisfies(statement -> {
            assertThat(statement.start().from()).isNull();
            assertThat(statement.start().sequence()).isEmpty();
            assertThat(statement.lines()).hasSize(PendingStatement.HELD_LINES + 5);
        });
    }

    @Test
    void claimsReportsByTheirHeaderOnly() {
        GovUkPayFormat format = new GovUkPayFormat();

        assertThat(format.detect(sample(LEDGER_HEADER + "\n")).confidence().name()).isEqualTo("CERTAIN");
        assertThat(format.detect(sample("Reference,Amount,State\n")).claims()).isFalse();
        assertThat(format.detect(sample("note\n" + LEDGER_HEADER)).claims()).isFalse();
    }

    /** A ledger-layout row of £5.00 in the given state. */
    private static String row(String state) {
        return "R1,Desc,e@example.org,\"5.00\",Visa,N,1/27,1234," + state + ",true,,,p,id,,02 Apr 2025,10:00:00,"
                + "\"0.00\",\"5.00\",,credit,false,,\n";
    }

    private static FileSample sample(String text) {
        return new FileSample("report.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), text);
    }
}
