package org.coffer.server.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.coffer.server.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncomeQueriesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 4, 30);

    @TempDir
    Path dir;

    private final AtomicLong ids = new AtomicLong();
    private Database database;
    private IncomeQueries queries;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        queries = new IncomeQueries(database, "GBP");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void postingsFromTheFirstDayToTheLastAreAggregatedByDayFundAndChannel() {
        post("2025-03-31", "CTAX", "FASTER_PAYMENT", "GBP", 99_900);
        post("2025-04-01", "CTAX", "FASTER_PAYMENT", "GBP", 10_000);
        post("2025-04-01", "CTAX", "FASTER_PAYMENT", "GBP", 2_550);
        post("2025-04-01", "NNDR", "BACS_CREDIT", "GBP", 125_000);
        post("2025-04-30", "CTAX", "DIRECT_DEBIT", "GBP", 1_234);
        post("2025-04-30", "SUSP", "FASTER_PAYMENT", "EUR", 5_000);
        post("2025-05-01", "CTAX", "FASTER_PAYMENT", "GBP", 88_800);

        IncomeSummary summary = queries.summary(FROM, TO);

        assertThat(summary.rows()).containsExactly(
                new IncomeRow(LocalDate.parse("2025-04-01"), "CTAX", "FASTER_PAYMENT", "GBP", 2, 12_550),
                new IncomeRow(LocalDate.parse("2025-04-01"), "NNDR", "BACS_CREDIT", "GBP", 1, 125_000),
                new IncomeRow(LocalDate.parse("2025-04-30"), "CTAX", "DIRECT_DEBIT", "GBP", 1, 1_234),
                new IncomeRow(LocalDate.parse("2025-04-30"), "SUSP", "FASTER_PAYMENT", "EUR", 1, 5_000));
        assertThat(summary.total()).isEqualTo(new IncomeTotal("all", "GBP", 4, 138_784));
        assertThat(summary.otherCurrencies()).containsExactly(new IncomeTotal("EUR", "EUR", 1, 5_000));
        assertThat(summary.from()).isEqualTo(FROM);
        assertThat(summary.to()).isEqualTo(TO);
    }

    @Test
    void aReversalReducesIncomeOnTheDayItIsPosted() {
        post("2025-04-02", "CTAX", "DIRECT_DEBIT", "GBP", 15_000);
        post("2025-04-20", "CTAX", "DIRECT_DEBIT", "GBP", -15_000);

        IncomeSummary summary = queries.summary(FROM, TO);

        assertThat(summary.byDay()).extracting(IncomeTotal::key, IncomeTotal::pence)
                .containsExactly(tuple("2025-04-02", 15_000L),
                        tuple("2025-04-20", -15_000L));
        assertThat(summary.total().pence()).isZero();
    }

    @Test
    void aPeriodWithoutPostingsIsEmpty() {
        post("2025-03-31", "CTAX", "FASTER_PAYMENT", "GBP", 1_000);

        assertThat(queries.summary(FROM, TO).rows()).isEmpty();
    }

    @Test
    void thePostedRangeSpansTheFirstAndLastEffectiveDates() {
        assertThat(queries.postedRange()).isEmpty();

        post("2025-04-30", "CTAX", "FASTER_PAYMENT", "GBP", 1_000);
        post("2024-04-01", "CTAX", "FASTER_PAYMENT", "GBP", 1_000);

        assertThat(queries.postedRange()).contains(new DateRange(LocalDate.parse("2024-04-01"), TO));
    }

    private void post(String effectiveDate, String fund, String channel, String currency, long pence) {
        long id = ids.incrementAndGet();
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO postings (id, receipt_id, fund_code, account_reference, amount_pence, currency,
                            effective_date, financial_year, period, channel, bank_account, made_by, made_at, reason)
                        VALUES (:id, :id, :fund, '', :pence, :currency, CAST(:date AS DATE), 2025, 1, :channel,
                            'MAIN', 'test', :at, 'test posting')""")
                .bind("id", id).bind("fund", fund).bind("pence", pence).bind("currency", currency)
                .bind("date", effectiveDate).bind("channel", channel)
                .bind("at", Instant.parse("2025-05-01T10:00:00Z"))
                .execute());
    }
}
