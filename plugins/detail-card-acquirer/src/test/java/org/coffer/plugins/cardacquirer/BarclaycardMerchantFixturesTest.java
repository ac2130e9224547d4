package org.coffer.plugins.cardacquirer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.plugin.testing.TestingFileSink.ReadStatement;
import org.junit.jupiter.api.Test;

/** Exactly what the public Barclaycard merchant file yields; its rows are described in the fixtures' SOURCES.md. */
class BarclaycardMerchantFixturesTest {

    @Test
    void readsTwoSalesAndARefundAsOneStatementOfTheMerchantForThePeriod() throws IOException {
        TestingMerchantFile.Read read = TestingMerchantFile.read(
                Fixtures.file("uk-csv/barclaycard-merchant-sosure.csv"));

        assertThat(read.refusal()).isNull();
        assertThat(read.sink().problems()).isEmpty();
        ReadStatement statement = read.sink().statements().get(0);
        assertThat(read.sink().statements()).hasSize(1);
        assertThat(statement.start().account()).isEqualTo("8008566");
        assertThat(statement.start().sequence()).isEqualTo("2016-06-01/2016-06-30");
        assertThat(statement.start().from()).isEqualTo(LocalDate.of(2016, 6, 1));
        assertThat(statement.start().to()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(statement.start().currency()).isEqualTo("GBP");
        assertThat(statement.start().location().line()).isEqualTo(3);

        assertThat(statement.lines()).extracting(StatementLine::signedPence).containsExactly(1L, 864L, -5L);
        assertThat(statement.lines()).extracting(StatementLine::kind).containsExactly(LineKind.PAYMENT,
                LineKind.PAYMENT, LineKind.REVERSAL);
        StatementLine first = statement.lines().get(0);
        assertThat(first.location().line()).isEqualTo(3);
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2016, 6, 10));
        assertThat(first.bookingDate()).contains(LocalDate.of(2016, 6, 11));
        assertThat(first.channel()).isEqualTo(Channel.CARD_ONLINE);
        assertThat(first.bankReference()).isEqualTo("74579156163006076980289");
        assertThat(first.narrative()).isEqualTo("Visa Debit (Delta) E-commerce 000000******1234");
        assertThat(first.transactionCode()).isEqualTo("Sale");
        assertThat(first.reference()).as("a card payer gives no reference").isEmpty();
        assertThat(statement.lines().get(2).transactionCode()).isEqualTo("Sales Refund");
    }
}
