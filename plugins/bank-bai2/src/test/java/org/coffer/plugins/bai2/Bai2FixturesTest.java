package org.coffer.plugins.bai2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.testing.TestingFileSink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins what each public BAI2 fixture yields, so a change in reading them shows up as a failing figure. */
class Bai2FixturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            moj-natwest-gbp.bai2,     1,  5,       89,    2765
            moov-sample1-cad.txt,     2, 17,   320000,  320000
            moov-sample2-spec.txt,    5,  4, 30950000,       0
            moov-sample3-packed.txt, 15, 26,    39713,   59418
            """)
    void readsEachFixturesAccountsLinesAndTotalsWithoutProblems(String fixture, int statements, int lines,
            long creditPence, long debitPence) throws IOException {
        TestingFileSink sink = TestingBai2.readFixture(fixture);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.complete()).isTrue();
        assertThat(sink.statements()).hasSize(statements);
        assertThat(sink.lines()).hasSize(lines);
        assertThat(total(sink.lines(), Direction.CREDIT)).isEqualTo(creditPence);
        assertThat(total(sink.lines(), Direction.DEBIT)).isEqualTo(debitPence);
    }

    private static long total(List<StatementLine> lines, Direction direction) {
        return lines.stream().filter(line -> line.direction() == direction).mapToLong(l -> l.amount().pence()).sum();
    }
}
