package org.coffer.plugins.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFileSink.ReadStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins what each public MT940 fixture yields, so a change in reading them shows up as a failing figure. */
class Mt940FixturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            abn-amro-4stmts.sta,   4,   5,   2511108,    125786,   1736999,   32103376
            asn-swift-blocks.sta,  7,   3,         0,    208178,   1329034,    1120856
            betterplace-sepa.sta, 26,  97, 518847494, 1445761084, -123471836,     5005
            bunq.sta,              1, 111,     76166,     78833,      3233,        566
            citi-usd.sta,          1,   5,         0,    114275,   1737667,    1623392
            commerzbank.sta,       1,   1,         0,      1235,         0,          0
            danske-dk.sta,        15,  89, 391088635, 253843358, 247892670,  385137947
            """)
    void readsEachFixturesStatementsLinesTotalsAndBalances(String fixture, int statements, int lines,
            long creditPence, long debitPence, long firstOpening, long lastClosing) throws IOException {
        TestingFileSink sink = TestingMt940.readFixture(fixture);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.complete()).isTrue();
        assertThat(sink.statements()).hasSize(statements);
        assertThat(sink.lines()).hasSize(lines);
        assertThat(total(sink.lines(), Direction.CREDIT)).isEqualTo(creditPence);
        assertThat(total(sink.lines(), Direction.DEBIT)).isEqualTo(debitPence);
        assertThat(sink.statements().get(0).figures().openingBalance().map(Money::pence)).hasValue(firstOpening);
        assertThat(sink.statements().get(statements - 1).figures().closingBalance().map(Money::pence))
                .hasValue(lastClosing);
        for (ReadStatement statement : sink.statements()) {
            assertThat(statement.figures().lineCount()).hasValue(statement.lines().size());
        }
    }

    @Test
    void reportsTheFiguresOfAStatementWhoseBalancesDoNotAgree() throws IOException {
        ReadStatement statement = TestingMt940.readFixture("commerzbank.sta").statements().get(0);

        assertThat(statement.start()).isEqualTo(new StatementStart(statement.start().location(),
                "25040066/0123456789", "00143/1", "EUR", LocalDate.of(2020, 6, 5), LocalDate.of(2020, 6, 8)));
        assertThat(statement.figures().openingBalance()).hasValue(Money.of(0, "EUR"));
        assertThat(statement.figures().closingBalance()).hasValue(Money.of(0, "EUR"));
        StatementLine line = statement.lines().get(0);
        assertThat(line.signedPence()).isEqualTo(-1235);
        assertThat(line.counterparty()).isEqualTo("TESTEREL");
        assertThat(line.reference()).startsWith("SONSTIGE GRUENDE ENDABRECHNUNG NR. 500106875");
        assertThat(line.bankReference()).isEqualTo("2016021783252833");
        assertThat(line.transactionCode()).isEqualTo("NRTI");
    }

    @Test
    void decodesTheAccentsOfAnIso88591FileAndReportsItsImpossibleClosingDate() throws IOException {
        TestingFileSink sink = TestingMt940.readFixture("cmxl-iso8859-1.sta");

        assertThat(sink.problems()).extracting(Problem::toString).containsExactly("cmxl-iso8859-1.sta, line 15,"
                + " field :62F: date: '021131': expected a real date as YYMMDD [MT940_BAD_DATE]");
        ReadStatement statement = sink.statements().get(0);
        assertThat(statement.figures().openingBalance()).hasValue(Money.of(218795, "EUR"));
        assertThat(statement.figures().closingBalance()).isEmpty();
        assertThat(statement.lines()).extracting(StatementLine::signedPence).containsExactly(-80000L, 300000L);
        StatementLine transfer = statement.lines().get(1);
        assertThat(transfer.counterparty()).isEqualTo("MÜLLER");
        assertThat(transfer.narrative()).isEqualTo("ÜBERWEISUNG Gehalt OktoberFirmaMüstermannGmbH");
        StatementLine standingOrder = statement.lines().get(0);
        assertThat(standingOrder.channel()).isEqualTo(Channel.STANDING_ORDER);
        assertThat(standingOrder.reference()).isEqualTo("Miete November");
        assertThat(standingOrder.bookingDate()).hasValue(LocalDate.of(2002, 11, 2));
    }

    @Test
    void readsEveryMessageOfASwiftEnvelopeFile() throws IOException {
        TestingFileSink sink = TestingMt940.readFixture("asn-swift-blocks.sta");

        assertThat(sink.statements()).extracting(s -> s.start().sequence())
                .containsExactly("2/1", "3/1", "4/1", "5/1", "6/1", "7/1", "8/1");
        StatementLine card = sink.statements().get(6).lines().get(0);
        assertThat(card.counterparty()).isEqualTo("MULTI TANK CARD BV");
        assertThat(card.narrative()).isEqualTo("Relatienummer 1755481/Factuurnr.7903792-07-01-2020/B.t.w. bedrag"
                + " 10.73/Inzake geleverde diensten");
        assertThat(card.reference()).isEqualTo("NL44ABNA0548041814");
    }

    @Test
    void readsReversalsAndOverdrawnBalances() throws IOException {
        TestingFileSink sink = TestingMt940.readFixture("betterplace-sepa.sta");

        ReadStatement first = sink.statements().get(0);
        assertThat(first.figures().openingBalance()).hasValue(Money.of(-123471836, "EUR"));
        assertThat(first.figures().closingBalance()).hasValue(Money.of(-123762823, "EUR"));
        StatementLine reversal = first.lines().get(5);
        assertThat(reversal.kind()).isEqualTo(LineKind.REVERSAL);
        assertThat(reversal.signedPence()).isEqualTo(-20488);
        assertThat(sink.lines()).filteredOn(line -> line.kind() == LineKind.REVERSAL)
                .extracting(StatementLine::signedPence).containsExactly(-20488L, -20488L);
    }

    @Test
    void takesTheSlashCodedNameAndRemittanceOfDutchLines() throws IOException {
        List<StatementLine> lines = TestingMt940.readFixture("bunq.sta").lines();

        StatementLine gift = lines.get(3);
        assertThat(gift.signedPence()).isEqualTo(7500);
        assertThat(gift.counterparty()).isEqualTo("SRMF WILLEMS");
        assertThat(gift.reference()).isEqualTo("Proficiat");
    }

    @Test
    void keepsStatementsThatFollowEachOtherWithoutSeparatorsApart() throws IOException {
        TestingFileSink sink = TestingMt940.readFixture("danske-dk.sta");

        ControlFigures second = sink.statements().get(1).figures();
        assertThat(second.openingBalance()).hasValue(Money.of(165409516, "DKK"));
        assertThat(second.closingBalance()).hasValue(Money.of(157932350, "DKK"));
        StatementLine charge = sink.statements().get(0).lines().get(1);
        assertThat(charge.channel()).isEqualTo(Channel.BANK_CHARGE);
        assertThat(charge.kind()).isEqualTo(LineKind.FEE);
        assertThat(charge.valueDate()).isEqualTo(LocalDate.of(2009, 10, 1));
        assertThat(charge.bookingDate()).hasValue(LocalDate.of(2009, 9, 30));
    }

    private static long total(List<StatementLine> lines, Direction direction) {
        return lines.stream().filter(line -> line.direction() == direction).mapToLong(l -> l.amount().pence()).sum();
    }
}
