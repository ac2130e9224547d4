package org.coffer.plugins.csvlayout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;
import org.junit.jupiter.api.Test;

/** The Lloyds Internet Banking download in the public fixtures, read with the shipped layout. */
class LloydsOnlineFixtureTest {

    private static final Path FIXTURE = Fixtures.file("uk-csv/lloyds-sosure.csv");
    private final InboundFormat format = ShippedFormats.byId("lloyds-online-csv");

    @Test
    void claimsTheDownloadByItsHeader() throws IOException {
        assertThat(format.detect(TestingFormatContext.sample(FIXTURE)).claims()).isTrue();
        assertThat(ShippedFormats.byId("lloyds-cbo-csv").detect(TestingFormatContext.sample(FIXTURE)).claims())
                .isFalse();
    }

    @Test
    void readsEveryLineToThePennyOfTheSourcesFigures() throws IOException {
        TestingFileSink sink = read();

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.statements()).singleElement()
                .satisfies(statement -> assertThat(statement.start().account()).isEqualTo("30-65-41 36346160"));
        List<StatementLine> lines = sink.lines();
        assertThat(lines).hasSize(8);
        assertThat(lines.stream().filter(line -> line.signedPence() > 0).mapToLong(StatementLine::signedPence).sum())
                .isEqualTo(52_887);
        assertThat(lines.stream().filter(line -> line.signedPence() < 0).mapToLong(StatementLine::signedPence).sum())
                .isEqualTo(-4_242);
    }

    @Test
    void keepsEachLinesDateTypeChannelAndDescription() throws IOException {
        StatementLine fasterPayment = read().lines().get(3);

        assertThat(fasterPayment.valueDate()).isEqualTo(LocalDate.of(2017, 4, 28));
        assertThat(fasterPayment.signedPence()).isEqualTo(42_553);
        assertThat(fasterPayment.channel()).isEqualTo(Channel.FASTER_PAYMENT);
        assertThat(fasterPayment.transactionCode()).isEqualTo("FPI");
        assertThat(fasterPayment.narrative()).startsWith("XXX LTD SILICON VALLEY BAN");
        assertThat(read().lines().get(6).channel()).as("a line with no type").isEqualTo(Channel.OTHER);
    }

    /** Every Balance in the published file is 0, so the balances it implies disagree with its lines, as SOURCES.md says. */
    @Test
    void givesTheBalancesTheRunningBalanceImpliesNewestFirst() throws IOException {
        ControlFigures figures = read().statements().get(0).figures();

        assertThat(figures.closingBalance()).hasValueSatisfying(money -> assertThat(money.pence()).isZero());
        // The oldest line (5 April, a 15.00 charge) was taken from a balance of 0: the opening was 15.00.
        assertThat(figures.openingBalance()).hasValueSatisfying(money -> assertThat(money.pence()).isEqualTo(1_500));
    }

    private TestingFileSink read() throws IOException {
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(FIXTURE)) {
            format.read(in, TestingFormatContext.of(FIXTURE), sink);
        }
        return sink;
    }
}
