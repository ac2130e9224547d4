package org.coffer.plugins.bai2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFileSink.ReadStatement;
import org.junit.jupiter.api.Test;

class Bai2ReadingTest {

    /** A day of a council's income account; the trailers' totals and counts agree with it. */
    private static final String DAY = String.join("\n",
            "01,LOYDGB2L,FERNLEYBC,250402,0600,42,,,2/",
            "02,FERNLEYBC,LOYDGB2L,1,250401,2400,GBP,2/",
            "03,30994240718826,GBP,010,100000,,,015,106550,,/",
            "16,195,2550,Z,FB1,HR1234567,FPI J SMITH/",
            "16,142,10000,V,250331,,FB2,,BGC MRS A JONES 312 345 678/",
            "16,555,6000,Z,FB3,312345678,DD UNPAID MRS A JONES/",
            "49,225100,5/",
            "98,225100,1,7/",
            "99,225100,1,9/", "");

    @Test
    void readsAnAccountsDayWithItsBalancesAndLines() throws IOException {
        TestingFileSink sink = TestingBai2.read("day.bai", DAY);

        assertThat(sink.problems()).isEmpty();
        ReadStatement statement = sink.statements().get(0);
        assertThat(statement.start()).isEqualTo(new StatementStart(statement.start().location(), "30994240718826",
                "42", "GBP", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1)));
        assertThat(statement.figures().openingBalance()).hasValue(Money.gbp(100000));
        assertThat(statement.figures().closingBalance()).hasValue(Money.gbp(106550));
        assertThat(statement.figures().lineCount()).hasValue(3);
        assertThat(statement.lines()).extracting(StatementLine::signedPence).containsExactly(2550L, 10000L, -6000L);

        StatementLine fasterPayment = statement.lines().get(0);
        assertThat(fasterPayment.channel()).isEqualTo(Channel.FASTER_PAYMENT);
        assertThat(fasterPayment.reference()).isEqualTo("HR1234567");
        assertThat(fasterPayment.narrative()).isEqualTo("FPI J SMITH");
        assertThat(fasterPayment.bankReference()).isEqualTo("FB1");
        assertThat(fasterPayment.transactionCode()).isEqualTo("195");
        assertThat(fasterPayment.location().line()).isEqualTo(4);

        StatementLine bacs = statement.lines().get(1);
        assertThat(bacs.channel()).isEqualTo(Channel.BACS_CREDIT);
        assertThat(bacs.valueDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(bacs.bookingDate()).hasValue(LocalDate.of(2025, 4, 1));
        assertThat(bacs.reference()).as("the text, when there is no customer reference")
                .isEqualTo("BGC MRS A JONES 312 345 678");

        StatementLine unpaid = statement.lines().get(2);
        assertThat(unpaid.kind()).isEqualTo(LineKind.REVERSAL);
        assertThat(unpaid.channel()).isEqualTo(Channel.DIRECT_DEBIT);
    }

    @Test
    void reportsEachTrailerWhoseFiguresDisagreeNamingTheRecordAndBothFigures() throws IOException {
        String wrong = DAY.replace("49,225100,5/", "49,225000,5/").replace("99,225100,1,9/", "99,225100,1,10/");

        TestingFileSink sink = TestingBai2.read("wrong.bai", wrong);

        assertThat(sink.problems()).extracting(Problem::toString).containsExactly(
                "wrong.bai, line 7, field 49 account control total: states 225000 but the account's amounts add up"
                        + " to 225100 [BAI2_CONTROL_TOTAL_MISMATCH]",
                "wrong.bai, line 8, field 98 group control total: states 225100 but the account trailers' totals"
                        + " add up to 225000 [BAI2_CONTROL_TOTAL_MISMATCH]",
                "wrong.bai, line 9, field 99 number of records: states 10 but there are 9 records in the file"
                        + " [BAI2_RECORD_COUNT_MISMATCH]");
    }

    @Test
    void joinsContinuationTextWithASpaceUnlessTheRecordBeforeFilledItsEightyCharacters() throws IOException {
        TestingFileSink sink = TestingBai2.readFixture("moj-natwest-gbp.bai2");

        ReadStatement statement = sink.statements().get(0);
        assertThat(statement.start().account()).isEqualTo("88888888 600004");
        assertThat(statement.start().sequence()).isEqualTo("2215");
        assertThat(statement.figures().openingBalance()).hasValue(Money.gbp(36521));
        assertThat(statement.figures().closingBalance()).hasValue(Money.gbp(33845));
        assertThat(statement.lines().get(4).narrative()).isEqualTo("TFR XBANKGO24007680SJ CAT JPY 2 GBPXBANKGO"
                + "24007680BGC INTERNATIONAL-5373 CLIENT SECCY AC TFR");
        assertThat(statement.lines().get(4).signedPence()).isEqualTo(89);
    }

    @Test
    void keepsSlashesInTextAndJoinsSeparateContinuationLinesWithSpaces() throws IOException {
        String text = String.join("\r\n",
                "01,00000000,000000000,250402,0916,7,,,2/",
                "02,,00000000,1,250401,0916,USD,2/",
                "03,301763-10918360,GBP,015,1133,,Z,045,583,,Z/",
                "16,169,110,Z,,ANDY,F/FLOW ANDY",
                "88,TRNID=00000000022-4",
                "88,TRNIDDATE=20250401",
                "49,1826,5/",
                "98,1826,1,7/",
                "99,1826,1,9/");

        TestingFileSink sink = TestingBai2.read("lloyds.bai", text);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.statements().get(0).start().currency()).as("the account's currency over the group's")
                .isEqualTo("GBP");
        StatementLine line = sink.lines().get(0);
        assertThat(line.reference()).isEqualTo("ANDY");
        assertThat(line.narrative()).isEqualTo("F/FLOW ANDY TRNID=00000000022-4 TRNIDDATE=20250401");
        assertThat(sink.statements().get(0).figures().openingBalance()).isEmpty();
        assertThat(sink.statements().get(0).figures().closingBalance()).hasValue(Money.gbp(1133));
    }

    @Test
    void readsRecordsPackedOnOneLineAndARecordWrappedOntoTheNext() throws IOException {
        TestingFileSink sink = TestingBai2.readFixture("moov-sample3-packed.txt");

        ReadStatement first = sink.statements().get(0);
        assertThat(first.figures().openingBalance()).hasValue(Money.of(-3500, "USD"));
        assertThat(first.figures().closingBalance()).hasValue(Money.of(-3600, "USD"));
        assertThat(first.lines()).extracting(StatementLine::signedPence)
                .containsExactly(2500L, 500L, 100L, -2500L, -600L, -100L);
        assertThat(first.lines().get(1).narrative()).isEqualTo("TRANSFER   MSPBNA BANK        PPD");
        StatementLine wrapped = sink.statements().get(7).lines().get(0);
        assertThat(wrapped.narrative()).isEqualTo("111111     ACH_SETL           1111111111111111111111111        "
                + "       1111111111");
    }

    @Test
    void takesValueDatesFromFundsTypeVAndSkipsTheFieldsOfOtherFundsTypes() throws IOException {
        TestingFileSink sink = TestingBai2.readFixture("moov-sample2-spec.txt");

        assertThat(sink.statements()).extracting(s -> s.start().currency()).as("BAI2's default currency")
                .containsOnly("USD");
        StatementLine lockBox = sink.statements().get(1).lines().get(0);
        assertThat(lockBox.narrative()).isEqualTo("LOCK BOX NO.68751");
        assertThat(lockBox.signedPence()).isEqualTo(500000);
        StatementLine letterOfCredit = sink.statements().get(2).lines().get(0);
        assertThat(letterOfCredit.valueDate()).isEqualTo(LocalDate.of(2004, 6, 22));
        assertThat(letterOfCredit.bookingDate()).hasValue(LocalDate.of(2004, 6, 20));
        assertThat(letterOfCredit.bankReference()).isEqualTo("SP4738");
        assertThat(letterOfCredit.reference()).isEqualTo("YRC065321");
        assertThat(letterOfCredit.narrative()).isEqualTo("PROCEEDS OF LETTER OF CREDIT FROM THE ARAMCO OIL CO");
    }

    @Test
    void scalesAmountsByTheCurrencysDecimals() throws IOException {
        String text = String.join("\n", "01,A,B,250402,0600,1,,,2/", "02,B,A,1,250401,,JPY,2/",
                "03,123,,010,1000,,/", "16,195,1500,Z,,,YEN/", "49,2500,3/", "98,2500,1,5/", "99,2500,1,7/");

        TestingFileSink sink = TestingBai2.read("yen.bai", text);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.lines().get(0).amount()).isEqualTo(Money.of(150000, "JPY"));
        assertThat(sink.statements().get(0).figures().openingBalance()).hasValue(Money.of(100000, "JPY"));
    }

    @Test
    void reportsABadLineAndGoesOnReadingTheRest() throws IOException {
        String text = DAY.replace("16,195,2550,", "16,195,25x0,").replace("16,555,", "16,010,");

        TestingFileSink sink = TestingBai2.read("bad.bai", text);

        assertThat(sink.problems()).extracting(Problem::toString).contains(
                "bad.bai, line 4, field 16 amount: '25x0': expected a whole number of the currency's smallest unit"
                        + " (implied decimals) [BAI2_BAD_AMOUNT]",
                "bad.bai, line 6, field 16 type code: '10' is not a transaction: expected 100-399 or 920-959 for a"
                        + " credit, 400-699 or 960-999 for a debit [BAI2_BAD_TYPE_CODE]");
        assertThat(sink.lines()).hasSize(1);
        assertThat(sink.complete()).isTrue();
    }

    @Test
    void refusesAFileCutShortOrNotStartingWithAFileHeader() {
        String cut = DAY.substring(0, DAY.indexOf("98,"));

        ProblemException refusal = TestingBai2.refusal("cut.bai", cut);
        assertThat(refusal.problems()).extracting(Problem::toString).containsExactly("cut.bai, line 7: the file ends"
                + " inside a group (98): expected the trailers up to 99 (is the file cut short?) [BAI2_MISSING_TRAILER]");

        ProblemException headless = TestingBai2.refusal("headless.bai", DAY.substring(DAY.indexOf("02,")));
        assertThat(headless.getMessage()).isEqualTo("headless.bai, line 1: expected a BAI2 file header record (01)"
                + " first [BAI2_NOT_A_RECORD]");
    }

    @Test
    void reportsAnotherVersionAnUnknownRecordAndRecordsOutOfOrder() throws IOException {
        String text = DAY.replace(",,,2/", ",,,1/").replace("49,225100,5/", "17,1/\n49,225100,5/")
                .replace("99,225100,1,9/", "99,225100,1,9/\n16,195,1,Z/");

        TestingFileSink sink = TestingBai2.read("odd.bai", text);

        assertThat(sink.problems()).extracting(p -> p.code().name()).containsExactly("BAI2_UNSUPPORTED_VERSION",
                "BAI2_UNKNOWN_RECORD", "BAI2_OUT_OF_ORDER");
        assertThat(sink.problems().get(2).toString()).isEqualTo("odd.bai, line 11, field 16 record: after the file"
                + " trailer (99): expected nothing more [BAI2_OUT_OF_ORDER]");
    }
}
