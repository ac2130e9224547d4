package org.coffer.plugins.camt053;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.plugin.testing.TestingFileSink.ReadStatement;
import org.junit.jupiter.api.Test;

/** Exactly what each public camt.053 fixture yields; the figures are those listed in the fixtures' SOURCES.md. */
class Camt053FixturesTest {

    @Test
    void readsBothStatementsOfTheVersion2File() throws IOException {
        List<ReadStatement> statements = read("camt053/genkgo-v2-multi-statement.xml");

        assertThat(statements).hasSize(2);
        ReadStatement first = statements.get(0);
        assertThat(first.start().account()).isEqualTo("NL26VAYB8060476890");
        assertThat(first.start().sequence()).isEqualTo("12312");
        assertThat(first.start().currency()).isEqualTo("EUR");
        assertThat(first.start().from()).isEqualTo(LocalDate.of(2007, 10, 18));
        assertThat(first.start().to()).isEqualTo(LocalDate.of(2007, 10, 18));
        assertThat(first.start().location().element()).isEqualTo("Stmt[1]");
        assertFigures(first.figures(), Money.of(1815, "EUR"), Money.of(2700, "EUR"));
        assertThat(first.lines()).hasSize(1);

        StatementLine line = first.lines().get(0);
        assertThat(line.location().element()).isEqualTo("Stmt[1]/Ntry[1]");
        assertThat(line.location().line()).isEqualTo(66);
        assertThat(line.valueDate()).isEqualTo(LocalDate.of(2015, 1, 2));
        assertThat(line.bookingDate()).contains(LocalDate.of(2014, 12, 31));
        assertThat(line.signedPence()).isEqualTo(885);
        assertThat(line.amount().currency()).isEqualTo("EUR");
        assertThat(line.kind()).isEqualTo(LineKind.PAYMENT);
        assertThat(line.channel()).isEqualTo(Channel.UNKNOWN);
        assertThat(line.transactionCode()).isEqualTo("544");
        assertThat(line.reference()).isEqualTo("Transaction Description 1");
        assertThat(line.counterparty()).as("a credit's counterparty is its debtor, which this file omits").isEmpty();

        ReadStatement second = statements.get(1);
        assertThat(second.start().sequence()).as("no sequence numbers: the statement Id")
                .isEqualTo("254EURNL26VAYB8060476890");
        assertThat(second.start().from()).as("no FrToDt: the opening balance's date")
                .isEqualTo(LocalDate.of(2014, 12, 30));
        assertThat(second.start().to()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertFigures(second.figures(), Money.of(2700, "EUR"), Money.of(2000, "EUR"));
        assertThat(second.lines()).singleElement().satisfies(debit -> {
            assertThat(debit.signedPence()).isEqualTo(-700);
            assertThat(debit.counterparty()).isEqualTo("Company Name 2");
            assertThat(debit.location().element()).isEqualTo("Stmt[2]/Ntry[1]");
        });
    }

    @Test
    void reportsTheVersion4FilesOverdrawnClosingBalanceAsWritten() throws IOException {
        List<ReadStatement> statements = read("camt053/genkgo-v4.xml");

        assertThat(statements).hasSize(1);
        ReadStatement statement = statements.get(0);
        assertThat(statement.start().account()).as("Othr/Id when there is no IBAN").isEqualTo("NL26VAYB8060476890");
        assertThat(statement.start().currency()).as("no Acct/Ccy: the opening balance's").isEqualTo("EUR");
        assertFigures(statement.figures(), Money.of(1815, "EUR"), Money.of(-2700, "SEK"));

        StatementLine line = statement.lines().get(0);
        assertThat(statement.lines()).hasSize(1);
        assertThat(line.signedPence()).as("one detail and no batch: the entry's own amount").isEqualTo(885);
        assertThat(line.reference()).as("structured creditor reference").isEqualTo("4654654654654654");
        assertThat(line.counterparty()).isEqualTo("NAME NAME");
        assertThat(line.bankReference()).isEqualTo("AAAASESS-FP-CN_98765/01");
        assertThat(line.transactionCode()).isEqualTo("PAYM/0001/0005");
    }

    @Test
    void splitsTheVersion8BatchEntriesIntoTheirDetails() throws IOException {
        List<ReadStatement> statements = read("camt053/subite-v8-two-stmts-oneline.xml");

        assertThat(statements).hasSize(2);
        ReadStatement first = statements.get(0);
        assertThat(first.start().account()).isEqualTo("LT625883379695428516");
        assertThat(first.start().sequence()).isEqualTo("MSG66141212-AUHHDI");
        assertFigures(first.figures(), Money.of(2108122258L, "EUR"), Money.of(2190396039L, "EUR"));
        assertThat(first.lines()).extracting(StatementLine::signedPence).containsExactly(82853198L, -20L, -579397L);
        assertThat(first.lines().stream().filter(l -> l.direction() == Direction.CREDIT)
                .mapToLong(l -> l.amount().pence()).sum()).isEqualTo(82853198L);
        assertThat(first.lines().stream().filter(l -> l.direction() == Direction.DEBIT)
                .mapToLong(l -> l.amount().pence()).sum()).isEqualTo(579417L);
        assertThat(first.figures().lineCount()).as("details are lines, so no entry count is a line count")
                .isEmpty();

        StatementLine line = first.lines().get(0);
        assertThat(line.location().element()).isEqualTo("Stmt[1]/Ntry[1]/TxDtls[1]");
        assertThat(line.valueDate()).as("no dates on the entry: the statement's last day")
                .isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(line.bookingDate()).isEmpty();
        assertThat(line.bankReference()).isEqualTo("REF000000025239");
        assertThat(line.transactionCode()).isEqualTo("ATSISK");

        ReadStatement second = statements.get(1);
        assertThat(second.start().account()).isEqualTo("LT414319056143772570");
        assertThat(second.lines()).isEmpty();
        assertFigures(second.figures(), Money.of(480155, "EUR"), Money.of(480155, "EUR"));
    }

    private static void assertFigures(ControlFigures figures, Money opening, Money closing) {
        assertThat(figures.openingBalance()).contains(opening);
        assertThat(figures.closingBalance()).contains(closing);
        assertThat(figures.creditTotal()).as("no TxsSummry").isEmpty();
        assertThat(figures.debitTotal()).isEmpty();
    }

    private static List<ReadStatement> read(String fixture) throws IOException {
        TestingCamt053.Read read = TestingCamt053.read(Fixtures.file(fixture));
        assertThat(read.refusal()).isNull();
        assertThat(read.sink().problems()).isEmpty();
        return read.sink().statements();
    }
}
