package org.coffer.plugins.allpay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFileSink.ReadStatement;
import org.coffer.plugin.testing.TestingFormatContext;
import org.coffer.sampledata.DetailFiles;
import org.coffer.sampledata.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllpayReadingTest {

    private static final String PAYPOINT = " 3356107000669297          60.00T30/06/2022";
    private static final String POST_OFFICE = " 335610" + "HR1234567       " + "     12.5" + "P" + "01/07/2022";

    @TempDir
    Path temp;

    @Test
    void readsTheFileAsOneBatchOfTheClientsSiteWithItsTrailerAsControlFigures() throws IOException {
        TestingFileSink sink = TestingAllpay.read("be220701.txt", TestingAllpay.file("72.50", "2", PAYPOINT,
                POST_OFFICE));

        assertThat(sink.problems()).isEmpty();
        ReadStatement batch = sink.statements().get(0);
        assertThat(batch.start()).isEqualTo(new StatementStart(batch.start().location(), "335610", "2022-06-30",
                "GBP", LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1)));
        assertThat(batch.figures().creditTotal()).hasValue(Money.gbp(7250));
        assertThat(batch.figures().lineCount()).hasValue(2);
        assertThat(batch.figures().openingBalance()).isEmpty();

        StatementLine payPoint = batch.lines().get(0);
        assertThat(payPoint.reference()).isEqualTo("7000669297");
        assertThat(payPoint.amount()).isEqualTo(Money.gbp(6000));
        assertThat(payPoint.direction()).isEqualTo(Direction.CREDIT);
        assertThat(payPoint.kind()).isEqualTo(LineKind.PAYMENT);
        assertThat(payPoint.channel()).isEqualTo(Channel.PAYPOINT);
        assertThat(payPoint.valueDate()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(payPoint.narrative()).isEqualTo("335610");
        assertThat(payPoint.transactionCode()).isEqualTo("T");
        assertThat(batch.lines().get(1).amount()).as("one decimal is tenths of a pound").isEqualTo(Money.gbp(1250));
        assertThat(batch.lines().get(1).location().line()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            P, POST_OFFICE, PAYMENT
            T, PAYPOINT,    PAYMENT
            Z, PAYZONE,     PAYMENT
            N, CARD_PHONE,  PAYMENT
            B, CARD_ONLINE, PAYMENT
            C, CASH,        PAYMENT
            X, ALLPAY,      PAYMENT
            """)
    void takesTheChannelFromTheLetter(char letter, Channel channel, LineKind kind) throws IOException {
        String line = PAYPOINT.replace('T', letter);

        StatementLine read = TestingAllpay.read("one.txt", TestingAllpay.file("60.00", "1", line)).lines().get(0);

        assertThat(read.channel()).isEqualTo(channel);
        assertThat(read.kind()).isEqualTo(kind);
    }

    @Test
    void readsAReturnedChequeAsADebitReversalNettedOffTheTotal() throws IOException {
        String returned = " 335610" + "7000669297      " + "   -60.00" + "Q" + "01/07/2022";

        TestingFileSink sink = TestingAllpay.read("be.txt", TestingAllpay.file("12.50", "3", PAYPOINT, returned,
                POST_OFFICE));

        assertThat(sink.problems()).isEmpty();
        StatementLine cheque = sink.lines().get(1);
        assertThat(cheque.kind()).isEqualTo(LineKind.REVERSAL);
        assertThat(cheque.channel()).isEqualTo(Channel.CHEQUE);
        assertThat(cheque.signedPence()).isEqualTo(-6000);
        assertThat(sink.statements().get(0).figures().creditTotal()).as("the total is net, not the credits")
                .isEmpty();
    }

    @Test
    void reportsATotalThatDisagreesWithThePaymentsNamingBothFigures() throws IOException {
        TestingFileSink sink = TestingAllpay.read("be.txt", TestingAllpay.file("419.00", "4", PAYPOINT));

        assertThat(sink.problems()).extracting(Problem::toString).containsExactly("be.txt, line 3, field total"
                + " amount: states GBP 419.00 but the payments less returned cheques add up to GBP 60.00"
                + " [ALLPAY_TOTAL_MISMATCH]");
        assertThat(sink.statements().get(0).figures().lineCount()).as("the count is left to the application")
                .hasValue(4);
    }

    @Test
    void reportsEachBadLineAndGoesOn() throws IOException {
        TestingFileSink sink = TestingAllpay.read("bad.txt", TestingAllpay.file("60.00", "1", PAYPOINT,
                PAYPOINT.replace("30/06", "31/06"), PAYPOINT.replace("   60.00", "  a60.00"), "A line of data",
                PAYPOINT.replace("7000669297", "          ")));

        assertThat(sink.problems()).extracting(Problem::toString).containsExactly(
                "bad.txt, line 2, field date (columns 34-43): '31/06/2022': expected a real date as dd/MM/yyyy"
                        + " [ALLPAY_BAD_DATE]",
                "bad.txt, line 3, field amount (columns 24-32): 'a60.00': expected pounds and pence such as 60.00"
                        + " [ALLPAY_BAD_AMOUNT]",
                "bad.txt, line 4, field line: is 14 characters: expected 43 (site code, reference, amount, channel"
                        + " letter, date) [ALLPAY_BAD_LINE_LENGTH]",
                "bad.txt, line 5, field reference (columns 8-23): blank: expected the payer's account reference"
                        + " [ALLPAY_MISSING_FIELD]");
        assertThat(sink.lines()).hasSize(1);
    }

    @Test
    void refusesAFileWithoutItsTrailerAsCutShort() {
        String cut = TestingAllpay.file("60.00", "1", PAYPOINT);
        cut = cut.substring(0, cut.indexOf(TestingAllpay.TOTAL_COUNT));

        assertThat(TestingAllpay.refusal("cut.txt", cut).getMessage()).isEqualTo("cut.txt, line 3: the file ends"
                + " without 'Total Transactions updated onto System:': expected a blank line and the two trailer"
                + " lines (is the file cut short?) [ALLPAY_MISSING_TRAILER]");
    }

    @Test
    void reportsAnUnreadableTrailerValue() throws IOException {
        String text = TestingAllpay.file("60.00", "1", PAYPOINT).replace("60.00\r\nTotal", "\r\nTotal");

        assertThat(TestingAllpay.refusal("blank-total.txt", text).problems()).extracting(p -> p.code().name())
                .containsExactly("ALLPAY_MISSING_TRAILER");
        TestingFileSink sink = TestingAllpay.read("odd.txt", TestingAllpay.file("60.00", "1", PAYPOINT)
                + "Printed by Fernley\r\n");
        assertThat(sink.problems()).extracting(p -> p.code().name()).containsExactly("ALLPAY_BAD_TRAILER");
    }

    @Test
    void readsAFileOfNoPaymentsAsNoBatch() throws IOException {
        TestingFileSink sink = TestingAllpay.read("none.txt", "\r\n" + TestingAllpay.file("0.00", "0", "")
                .substring(2));

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.statements()).isEmpty();
    }

    @Test
    void streamsABatchTooLongToHoldWithoutItsDays() throws IOException {
        GeneratedFile generated = new DetailFiles(4).allpay(temp.resolve("long.txt"), 10_001);
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(generated.path())) {
            new AllpayFormat().read(in, TestingFormatContext.of(generated.path()), sink);
        }

        StatementStart start = sink.statements().get(0).start();
        assertThat(start.account()).isEqualTo(DetailFiles.ALLPAY_SITE_CODE);
        assertThat(start.sequence()).isEqualTo("2025-04-01");
        assertThat(start.from()).isNull();
        assertThat(sink.lines()).hasSize(10_001);
        assertThat(sink.problems()).isEmpty();
    }
}
