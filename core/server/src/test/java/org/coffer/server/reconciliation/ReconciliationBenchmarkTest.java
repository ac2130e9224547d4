package org.coffer.server.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.coffer.server.users.TestingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconciliationBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void matchesEverySettlementOfTheGeneratedYearExactly() {
        StringWriter text = new StringWriter();

        ReconciliationBenchmark.run(dir, 40_000, 2_000, new TestingClock(Instant.parse("2026-04-10T09:00:00Z"), ZoneId.of("Europe/London")),
                new PrintWriter(text));

        assertThat(text.toString()).contains("40,000 payments in 2,000 batches", ": 2,000 exact, 0 proposed");
    }
}
