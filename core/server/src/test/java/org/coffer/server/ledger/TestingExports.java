package org.coffer.server.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.coffer.server.Coffer;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.config.TestingCouncil;
import org.coffer.server.plugins.TestingPluginFolders;

/**
 * A Coffer of the demo council whose plugins folder holds the testing exports, with targets {@code gl} (summary),
 * {@code gl-detail} and {@code broken}; postings are written straight into its database, as allocations make them.
 */
final class TestingExports implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), ZoneId.of("Europe/London"));
    static final String ACTOR = "cli:tester";

    private final Coffer coffer;
    private long nextId = 1;

    private TestingExports(Coffer coffer) {
        this.coffer = coffer;
    }

    static TestingExports open(Path folder) {
        Path council = TestingCouncil.writeFernley(folder.resolve("council"));
        try {
            Files.writeString(council.resolve("ledger-targets.csv"), """
                    gl,testing-journal,SUMMARY,
                    gl-detail,testing-journal,DETAIL,batch=GL1
                    broken,testing-failing,SUMMARY,
                    """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path plugins = folder.resolve("plugins");
        TestingPluginFolders.write(plugins, "testing-journal", TestingJournalExport.class);
        TestingPluginFolders.write(plugins, "testing-failing", TestingFailingExport.class);
        return new TestingExports(Coffer.open(new CofferConfig(folder.resolve("data/coffer.duckdb"), plugins,
                Optional.of(council), "127.0.0.1", 0), CLOCK));
    }

    Coffer coffer() {
        return coffer;
    }

    ExportService exports() {
        return coffer.exports();
    }

    /** A receipt on the bank account and its posting to the fund; returns the receipt's id. */
    long receipt(String bank, String fund, long pence, LocalDate date) {
        long receipt = nextId++;
        posting(receipt, bank, fund, pence, date, null);
        return receipt;
    }

    /** A further posting of an existing receipt, such as moving it off suspense; returns the posting's id. */
    long posting(long receipt, String bank, String fund, long pence, LocalDate date, Long reverses) {
        long id = nextId++;
        FinancialPeriod period = FinancialPeriod.of(date);
        coffer.database().jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO postings VALUES (:id, :receipt, :fund, 'REF' || :receipt, :pence, 'GBP', :date,
                            :year, :period, 'FASTER_PAYMENT', :bank, 'test', TIMESTAMP '2026-01-01 00:00:00', 'test',
                            :reverses)""")
                .bind("id", id).bind("receipt", receipt).bind("fund", fund).bind("pence", pence).bind("date", date)
                .bind("year", period.year()).bind("period", period.period()).bind("bank", bank)
                .bind("reverses", reverses).execute());
        return id;
    }

    long count(String sql) {
        return coffer.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    ExportRun export(String target, LocalDate to) {
        return exports().export(ACTOR, target, Optional.empty(), to);
    }

    Path file(ExportRun run) {
        return exports().file(run);
    }

    @Override
    public void close() {
        coffer.close();
    }
}
