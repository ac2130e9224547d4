package org.coffer.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;
import org.junit.jupiter.api.Test;

/** A statement's own figures are checked against what was read, and each disagreement names both figures. */
class ControlFigureCheckTest {

    private static final ImportContext FILE = new ImportContext("fernley-main.sta", StandardCharsets.UTF_8);
    private static final Location START = Location.line(3);

    /** Credits £250.00 and £0.55, a debit of £12.00: net +£238.55 over three lines. */
    private final StatementTally tally = tally("GBP", "250.00", "-12.00", "0.55");

    @Test
    void figuresThatAgreeGiveNoProblem() {
        ControlFigures figures = ControlFigures.builder()
                .openingBalance(gbp("1000.00"))
                .closingBalance(gbp("1238.55"))
                .creditTotal(gbp("250.55"))
                .debitTotal(gbp("12.00"))
                .lineCount(3)
                .build();

        assertThat(ControlFigureCheck.check(FILE, tally, figures)).isEmpty();
    }

    @Test
    void aStatementWithoutFiguresGivesNoProblem() {
        assertThat(ControlFigureCheck.check(FILE, tally, ControlFigures.none())).isEmpty();
    }

    @Test
    void aClosingBalanceOnePennyOutStatesEveryFigureAndTheDifference() {
        ControlFigures figures = ControlFigures.builder()
                .openingBalance(gbp("1000.00"))
                .closingBalance(gbp("1238.56"))
                .build();

        List<Problem> problems = ControlFigureCheck.check(FILE, tally, figures);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ImportErrorCode.IMPORT_BALANCE_MISMATCH);
            assertThat(problem.file()).isEqualTo("fernley-main.sta");
            assertThat(problem.location()).isEqualTo(START);
            assertThat(problem.field()).isEqualTo("closing balance");
            assertThat(problem.message()).isEqualTo("statement 1 (account 30994240718826, sequence 00042): "
                    + "opening balance GBP 1000.00 + credits GBP 250.55 - debits GBP 12.00 = GBP 1238.55, "
                    + "but the closing balance is GBP 1238.56 (a difference of GBP 0.01)");
        });
    }

    @Test
    void aLineCountThatDisagreesIsAProblem() {
        ControlFigures figures = ControlFigures.builder().lineCount(4).build();

        assertThat(ControlFigureCheck.check(FILE, tally, figures)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ImportErrorCode.IMPORT_COUNT_MISMATCH);
            assertThat(problem.field()).isEqualTo("line count");
            assertThat(problem.message()).endsWith("the file says it holds 4 lines, but 3 were read");
        });
    }

    @Test
    void aCreditTotalThatDisagreesNamesBothTotals() {
        ControlFigures figures = ControlFigures.builder().creditTotal(gbp("250.00")).debitTotal(gbp("12.00")).build();

        assertThat(ControlFigureCheck.check(FILE, tally, figures)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ImportErrorCode.IMPORT_TOTAL_MISMATCH);
            assertThat(problem.field()).isEqualTo("credit total");
            assertThat(problem.message()).endsWith(
                    "the file states a credit total of GBP 250.00, but its lines add up to GBP 250.55");
        });
    }

    @Test
    void everyDisagreementIsReportedNotJustTheFirst() {
        ControlFigures figures = ControlFigures.builder()
                .openingBalance(gbp("0.00"))
                .closingBalance(gbp("0.00"))
                .lineCount(2)
                .debitTotal(gbp("1.00"))
                .build();

        assertThat(ControlFigureCheck.check(FILE, tally, figures)).extracting(Problem::code).containsExactly(
                ImportErrorCode.IMPORT_BALANCE_MISMATCH, ImportErrorCode.IMPORT_COUNT_MISMATCH,
                ImportErrorCode.IMPORT_TOTAL_MISMATCH);
    }

    @Test
    void aFigureInAnotherCurrencyIsAProblemNamingBothCurrencies() {
        ControlFigures figures = ControlFigures.builder()
                .openingBalance(gbp("1000.00"))
                .closingBalance(Money.parse("1238.55", "EUR"))
                .build();

        assertThat(ControlFigureCheck.check(FILE, tally, figures)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ImportErrorCode.IMPORT_CURRENCY_MISMATCH);
            assertThat(problem.field()).isEqualTo("currency");
            assertThat(problem.message()).isEqualTo("statement 1 (account 30994240718826, sequence 00042): "
                    + "the file states a figure of EUR 1238.55 for an account in GBP");
        });
    }

    private static StatementTally tally(String currency, String... signedAmounts) {
        StatementStart start = new StatementStart(START, "30994240718826", "00042", currency,
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1));
        StatementTally tally = new StatementTally(1, 1L, start, "MAIN");
        long line = START.line();
        for (String amount : signedAmounts) {
            tally.add(StatementLine.builder()
                    .location(Location.line(++line))
                    .valueDate(LocalDate.of(2025, 4, 1))
                    .signedAmount(Money.parse(amount, currency))
                    .reference("312345678")
                    .build());
        }
        return tally;
    }

    private static Money gbp(String amount) {
        return Money.parse(amount, "GBP");
    }
}
