package org.coffer.plugins.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.plugin.testing.TestingFileSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Mt940ReadingTest {

    private static String statement(String... body) {
        return String.join("\n", ":20:STMT1", ":25:20-00-00/12345678", ":28C:7/1", ":60F:C250331GBP1000,00",
                String.join("\n", body), ":62F:C250401GBP1000,00", "-") + "\n";
    }

    @Test
    void readsAMessageInsideTheSwiftEnvelopeWithCrlfEndings() throws IOException {
        String text = String.join("\r\n", "{1:F01BARCGB22AXXX0000000000}{2:O9401200250401BARCGB22AXXX}{3:}{4:",
                ":20:STMT1", ":25:BARCGB22/20000012345678", ":28C:12/1", ":60F:C250331GBP100,00",
                ":61:2504010401C25,50NTRFNONREF", ":86:BGC J SMITH HB123456", ":62F:C250401GBP125,50",
                "-}{5:{CHK:123456789ABC}}", "");

        TestingFileSink sink = TestingMt940.read("barclays.sta", text);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.statements()).hasSize(1);
        StatementStart start = sink.statements().get(0).start();
        assertThat(start).isEqualTo(new StatementStart(start.location(), "BARCGB22/20000012345678", "12/1", "GBP",
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1)));
        StatementLine line = sink.lines().get(0);
        assertThat(line.amount()).isEqualTo(Money.gbp(2550));
        assertThat(line.channel()).isEqualTo(Channel.BACS_CREDIT);
        assertThat(line.reference()).isEqualTo("BGC J SMITH HB123456");
        assertThat(line.location().line()).isEqualTo(6);
        assertThat(sink.statements().get(0).figures().closingBalance()).hasValue(Money.gbp(12550));
    }

    @Test
    void takesThePayerAndReferenceFromTheTwoLinesOfAUkNarrative() throws IOException {
        TestingFileSink sink = TestingMt940.read("uk.sta",
                statement(":61:2504010401C90,95NTRFNONREF//FB0000000002", ":86:FPI DR D THOMPSON", "HR 374614595"));

        StatementLine line = sink.lines().get(0);
        assertThat(line.channel()).isEqualTo(Channel.FASTER_PAYMENT);
        assertThat(line.counterparty()).isEqualTo("DR D THOMPSON");
        assertThat(line.reference()).isEqualTo("HR 374614595");
        assertThat(line.narrative()).isEqualTo("FPI DR D THOMPSON HR 374614595");
        assertThat(line.bankReference()).isEqualTo("FB0000000002");
    }

    @Test
    void keepsTheAccountOwnersOwnReferenceOverTheNarrative() throws IOException {
        TestingFileSink sink = TestingMt940.read("own.sta",
                statement(":61:250401C5,00NTRFINV-2025-001//B1", ":86:BGC ACME LTD", "SOMETHING ELSE"));

        assertThat(sink.lines().get(0).reference()).isEqualTo("INV-2025-001");
    }

    @Test
    void readsSeveralStatementsWithDebitBalancesSigned() throws IOException {
        String text = statement(":61:250401C1,NTRFREF1") + String.join("\n", ":20:STMT2", ":25:20-00-00/12345678",
                ":28C:8/1", ":60M:D250401GBP40,10", ":61:250402D,5NMSCREF2", ":62M:D250402GBP40,60", "-");

        TestingFileSink sink = TestingMt940.read("two.sta", text);

        assertThat(sink.statements()).extracting(s -> s.start().sequence()).containsExactly("7/1", "8/1");
        assertThat(sink.statements().get(1).figures().openingBalance()).hasValue(Money.gbp(-4010));
        assertThat(sink.statements().get(1).figures().closingBalance()).hasValue(Money.gbp(-4060));
        assertThat(sink.lines()).extracting(StatementLine::signedPence).containsExactly(100L, -50L);
        assertThat(sink.lines()).extracting(StatementLine::reference).containsExactly("REF1", "REF2");
    }

    @Test
    void takesBackTheMoneyOfReversals() throws IOException {
        TestingFileSink sink = TestingMt940.read("reversals.sta",
                statement(":61:250401RC10,00NTRFNONREF", ":61:250401RD2,00NDDTNONREF"));

        assertThat(sink.lines()).extracting(StatementLine::direction)
                .containsExactly(Direction.DEBIT, Direction.CREDIT);
        assertThat(sink.lines()).extracting(StatementLine::kind).containsOnly(LineKind.REVERSAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NTRF with BGC,     NTRF, 'BGC A PAYER 4000123456',   BACS_CREDIT,     PAYMENT",
        "NTRF with FPI,     NTRF, 'FPI A PAYER REF 1234',     FASTER_PAYMENT,  PAYMENT",
        "NTRF with FP,      NTRF, 'FP A PAYER',               FASTER_PAYMENT,  PAYMENT",
        "NSTO,              NSTO, 'RENT',                     STANDING_ORDER,  PAYMENT",
        "STO in :86:,       NMSC, 'STO A PAYER',              STANDING_ORDER,  PAYMENT",
        "NCHK,              NCHK, '000123',                   CHEQUE,          PAYMENT",
        "CHQ in :86:,       NMSC, 'CHQ 000123',               CHEQUE,          PAYMENT",
        "NDDT,              NDDT, 'COUNCIL TAX',              DIRECT_DEBIT,    PAYMENT",
        "DD in :86:,        NMSC, 'DD COUNCIL TAX',           DIRECT_DEBIT,    PAYMENT",
        "NCHG,              NCHG, 'ACCOUNT FEES',             BANK_CHARGE,     FEE",
        "NCOM,              NCOM, 'COMMISSION',               BANK_CHARGE,     FEE",
        "CHG in :86:,       NMSC, 'CHG SERVICE CHARGE',       BANK_CHARGE,     FEE",
        "plain transfer,    NTRF, 'A PAYER',                  UNKNOWN,         PAYMENT"
    })
    void findsTheUkChannelFromTheTypeOrTheNarrativeCode(String name, String type, String information,
            Channel channel, LineKind kind) throws IOException {
        TestingFileSink sink = TestingMt940.read("uk.sta",
                statement(":61:250401C10,00" + type + "NONREF", ":86:" + information));

        assertThat(sink.lines().get(0).channel()).isEqualTo(channel);
        assertThat(sink.lines().get(0).kind()).isEqualTo(kind);
        assertThat(sink.lines().get(0).transactionCode()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} is {1} pence")
    @CsvSource({"'1234,56', 123456", "'12,', 1200", "',5', 50", "'0,07', 7", "'000000000001,1', 110"})
    void readsAmountsWithACommaDecimalExactly(String amount, long pence) throws IOException {
        TestingFileSink sink = TestingMt940.read("amounts.sta", statement(":61:250401C" + amount + "NTRFNONREF"));

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.lines().get(0).amount()).isEqualTo(Money.gbp(pence));
    }

    @Test
    void dealsTheEntryDateIntoTheYearNearestItsValueDate() throws IOException {
        TestingFileSink sink = TestingMt940.read("year-end.sta",
                statement(":61:2412310102C1,00NTRFNONREF", ":61:2501021231C1,00NTRFNONREF"));

        assertThat(sink.lines()).extracting(line -> line.bookingDate().orElseThrow())
                .containsExactly(LocalDate.of(2025, 1, 2), LocalDate.of(2024, 12, 31));
    }

    @Test
    void readsTwoDigitYearsBefore80AsThisCenturyAndTheRestAsTheLast() throws IOException {
        TestingFileSink sink = TestingMt940.read("years.sta",
                statement(":61:791231C1,00NTRFNONREF", ":61:800101C1,00NTRFNONREF"));

        assertThat(sink.lines()).extracting(StatementLine::valueDate)
                .containsExactly(LocalDate.of(2079, 12, 31), LocalDate.of(1980, 1, 1));
    }

    @Test
    void reportsABadAmountWithItsLineAndGoesOn() throws IOException {
        TestingFileSink sink = TestingMt940.read("bad-amount.sta",
                statement(":61:250401C12.34xNTRFNONREF", ":61:250401C1,00NTRFNONREF"));

        assertThat(sink.problems()).extracting(Problem::toString).containsExactly("bad-amount.sta, line 5, field"
                + " :61: amount: '12.34x': expected digits with a comma decimal [MT940_BAD_AMOUNT]");
        assertThat(sink.lines()).hasSize(1);
        assertThat(sink.statements().get(0).figures().lineCount()).hasValue(2);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() throws IOException {
        TestingFileSink sink = TestingMt940.read("decimals.sta", statement(":61:250401C1,234NTRFNONREF"));

        assertThat(sink.problems()).extracting(Problem::message)
                .containsExactly("'1,234': expected at most 2 decimals for GBP");
    }

    @Test
    void holdsCurrenciesWithoutMinorUnitsToTheirWholeUnits() throws IOException {
        String text = String.join("\n", ":20:JP", ":25:JPACCOUNT", ":60F:C250331JPY1000,",
                ":61:250401C500,NTRFNONREF", ":61:250401C1,5NTRFNONREF", ":62F:C250401JPY1500,", "-");

        TestingFileSink sink = TestingMt940.read("yen.sta", text);

        assertThat(sink.lines()).extracting(StatementLine::amount).containsExactly(Money.of(50000, "JPY"));
        assertThat(sink.problems()).extracting(Problem::message)
                .containsExactly("'1,5': expected at most 0 decimals for JPY");
    }

    @Test
    void reportsABadDateWithItsLine() throws IOException {
        TestingFileSink sink = TestingMt940.read("bad-date.sta", statement(":61:250231C1,00NTRFNONREF"));

        assertThat(sink.problems()).extracting(Problem::toString).containsExactly("bad-date.sta, line 5, field"
                + " :61: value date: '250231': expected a real date as YYMMDD [MT940_BAD_DATE]");
    }

    @Test
    void reportsALineBeforeTheOpeningBalance() throws IOException {
        String text = String.join("\n", ":20:STMT1", ":25:12345678", ":61:250401C1,00NTRFNONREF",
                ":60F:C250331GBP1,00", ":62F:C250401GBP1,00", "-");

        TestingFileSink sink = TestingMt940.read("early.sta", text);

        assertThat(sink.problems()).extracting(Problem::toString).containsExactly("early.sta, line 3, field :61:"
                + " statement line: comes before the opening balance: expected :60F: or :60M: first"
                + " [MT940_LINE_BEFORE_OPENING_BALANCE]");
    }

    @Test
    void refusesAFileThatEndsInsideAStatement() {
        String text = String.join("\n", ":20:STMT1", ":25:12345678", ":60F:C250331GBP1,00",
                ":61:250401C1,00NTRFNONREF", ":86:BGC A PAYER");

        ProblemException refusal = TestingMt940.refusal("cut.sta", text);

        assertThat(refusal.getMessage()).isEqualTo("cut.sta, line 5, field :62F: closing balance: the file ends"
                + " inside the statement that starts at line 1: expected :62F: or :62M: (is the file cut short?)"
                + " [MT940_MISSING_CLOSING_BALANCE]");
    }

    @Test
    void refusesAnEmptyFileAndTextWithoutStatements() {
        assertThat(TestingMt940.refusal("empty.sta", "").problems().get(0).code())
                .isEqualTo(Mt940ErrorCode.MT940_EMPTY_FILE);
        assertThat(TestingMt940.refusal("letter.txt", "Dear Sir,\nPlease find my payment.\n").getMessage())
                .isEqualTo("letter.txt, field :20: transaction reference: no MT940 statement found: expected a :20: tag followed by :25:,"
                        + " :60F:, :61: and :62F: [MT940_NO_STATEMENT]");
    }

    @Test
    void refusesBytesThatAreNotText() {
        byte[] bytes = (":20:STMT1\n:25:1\n:86:\u0000").getBytes(StandardCharsets.ISO_8859_1);
        bytes[bytes.length - 1] = (byte) 0x81;

        ProblemException refusal = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> TestingMt940.read("binary.sta", bytes));

        assertThat(refusal.problems().get(0).code()).isEqualTo(Mt940ErrorCode.MT940_UNREADABLE_TEXT);
        assertThat(refusal.getMessage()).startsWith("binary.sta, line ");
    }

    @Test
    void streamsAStatementTooLongToHoldWithoutItsLastDay() throws IOException {
        String[] lines = new String[OpenStatement.HELD_LINES + 1];
        java.util.Arrays.fill(lines, ":61:250401C1,00NTRFNONREF");

        List<TestingFileSink.ReadStatement> statements = TestingMt940.read("long.sta", statement(lines))
                .statements();

        assertThat(statements.get(0).start().to()).isNull();
        assertThat(statements.get(0).lines()).hasSize(OpenStatement.HELD_LINES + 1);
    }
}
