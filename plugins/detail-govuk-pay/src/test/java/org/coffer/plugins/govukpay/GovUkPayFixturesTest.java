package org.coffer.plugins.govukpay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.plugin.testing.TestingFileSink.ReadStatement;
import org.junit.jupiter.api.Test;

/** Exactly what the public GOV.UK Pay report yields; its rows are described in the fixtures' SOURCES.md. */
class GovUkPayFixturesTest {

    @Test
    void readsThePaymentsTheLostDisputeAndEveryFeeButNotTheDeclinedPayment() throws IOException {
        TestingGovUkPay.Read read = TestingGovUkPay.read(Fixtures.file("uk-csv/govukpay-payout-2025.csv"));

        assertThat(read.refusal()).isNull();
        assertThat(read.sink().problems()).isEmpty();
        List<ReadStatement> statements = read.sink().statements();
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).start().account()).isEqualTo("GOV.UK Pay");
        assertThat(statements.get(0).start().sequence()).isEqualTo("2020-08-14/2020-08-16");
        assertThat(statements.get(0).start().from()).isEqualTo(LocalDate.of(2020, 8, 14));
        assertThat(statements.get(0).start().to()).isEqualTo(LocalDate.of(2020, 8, 16));

        List<StatementLine> lines = read.sink().lines();
        assertThat(lines).extracting(StatementLine::signedPence).containsExactly(10000L, -317L, 10000L, -317L,
                -10000L, -1000L, -1L);
        assertThat(lines).extracting(StatementLine::kind).containsExactly(LineKind.PAYMENT, LineKind.FEE,
                LineKind.PAYMENT, LineKind.FEE, LineKind.REVERSAL, LineKind.FEE, LineKind.FEE);
        assertThat(lines).extracting(line -> line.location().line()).containsExactly(2L, 2L, 3L, 3L, 4L, 4L, 5L);
        assertThat(lines).extracting(StatementLine::channel).containsOnly(Channel.GOVUK_PAY);

        StatementLine first = lines.get(0);
        assertThat(first.reference()).isEqualTo("4S8AKS1FN2");
        assertThat(first.narrative()).isEqualTo("Test Payment 1");
        assertThat(first.counterparty()).isEqualTo("John Smith");
        assertThat(first.bankReference()).isEqualTo("3abc88o2gt7atngu9m7i78en6a");
        assertThat(first.transactionCode()).isEqualTo("Success");
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2020, 8, 14));
        assertThat(lines.get(1).bankReference()).as("the fee is linked to its payment").isEqualTo(first.bankReference());
        assertThat(lines.get(6).transactionCode()).as("the provider kept a fee on the declined payment")
                .isEqualTo("Declined");
    }
}
