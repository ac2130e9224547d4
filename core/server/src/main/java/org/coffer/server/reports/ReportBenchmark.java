package org.coffer.server.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.coffer.server.config.Council;
import org.coffer.server.store.Database;

/**
 * The income detail report of a million postings written to .xlsx by the engine, against POI's SXSSF writing the
 * same cells from the same query by hand, in the same JVM, taking turns to go first. {@code coffer bench} runs it;
 * give the JVM the heap the target names ({@code COFFER_JAVA_OPTS=-Xmx256m}).
 */
public final class ReportBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final Map<String, String> WHOLE_YEAR = Map.of("from", "2025-04-01", "to", "2026-03-31");
    private static final String RAW_SQL = """
            SELECT p.effective_date, p.fund_code, p.account_reference, p.channel, p.bank_account,
                   coalesce(r.narrative, '') AS narrative, p.currency, p.amount_pence
            FROM postings p LEFT JOIN receipts r ON r.id = p.receipt_id
            WHERE p.effective_date BETWEEN ? AND ?
            ORDER BY p.effective_date, p.id""";

    private ReportBenchmark() {
    }

    /** Fills a fresh database in {@code dir}, then times both writers {@code runs} times each and prints medians. */
    public static void run(Path dir, long rows, int runs, PrintWriter out) throws IOException, SQLException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("bench.duckdb"));
        try (Database database = Database.open(dir.resolve("bench.duckdb"))) {
            fill(database, rows);
            ReportRunner runner = new ReportRunner(ReportCatalogue.of(ReportCatalogue.shipped()), database,
                    Council.unconfigured(), Clock.system(ZoneId.of("Europe/London")));
            double[] engine = new double[runs];
            double[] raw = new double[runs];
            Timed rawRun = () -> writeRaw(database, dir.resolve("raw.xlsx"));
            Timed engineRun = () -> {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(dir.resolve("report.xlsx")))) {
                    new XlsxReportWriter().write(runner.run("income-detail", WHOLE_YEAR), file);
                }
            };
            // Alternate which goes first, so that neither always meets warmer caches.
            for (int i = 0; i < runs; i++) {
                if (i % 2 == 0) {
                    raw[i] = time(rawRun);
                    engine[i] = time(engineRun);
                } else {
                    engine[i] = time(engineRun);
                    raw[i] = time(rawRun);
                }
            }
            double engineMedian = median(engine);
            double rawMedian = median(raw);
            out.printf("income-detail, %,d rows to .xlsx (max heap %d MiB): report engine %.2f s (%,.0f rows/s, "
                    + "%d MiB), raw SXSSF %.2f s (%d MiB): %.2fx; runs engine %s, raw %s%n", rows,
                    Runtime.getRuntime().maxMemory() >> 20, engineMedian, rows / engineMedian,
                    Files.size(dir.resolve("report.xlsx")) >> 20, rawMedian, Files.size(dir.resolve("raw.xlsx")) >> 20,
                    engineMedian / rawMedian, Arrays.toString(engine), Arrays.toString(raw));
        }
    }

    private static void fill(Database database, long rows) {
        database.jdbi().useHandle(handle -> {
            handle.createUpdate("""
                    INSERT INTO receipts
                    SELECT i, 1, 1, i, NULL, :first + CAST(i % 365 AS INTEGER), NULL, 1000 + (i * 7919) % 50000, 'GBP',
                           'PAYMENT', 'FASTER_PAYMENT', 'MAIN', 'REF' || i,
                           ['Council tax ', 'Rent week ', 'Parking PCN ', 'Business rates '][1 + i % 4] || i
                               || ' from resident', '', '', '', 'REF' || i
                    FROM range(:rows) t(i)""").bind("first", FIRST_DAY).bind("rows", rows).execute();
            handle.createUpdate("""
                    INSERT INTO postings
                    SELECT i, i, ['CTAX','NNDR','HRENT','PARK','SUND','SUSP'][1 + i % 6], 'REF' || i,
                           1000 + (i * 7919) % 50000, 'GBP', :first + CAST(i % 365 AS INTEGER), 2025, 1,
                           ['FASTER_PAYMENT','BACS_CREDIT','DIRECT_DEBIT','CHEQUE','CARD_ONLINE'][1 + i % 5],
                           ['MAIN','INCOME'][1 + i % 2], 'bench', TIMESTAMP '2026-01-01 00:00:00', 'benchmark', NULL
                    FROM range(:rows) t(i)""").bind("first", FIRST_DAY).bind("rows", rows).execute();
        });
    }

    /** The same cells as the engine writes (header, dates, text, £ amounts), with nothing else. */
    private static void writeRaw(Database database, Path file) throws IOException, SQLException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat(XlsxStyles.GBP_FORMAT));
            SXSSFSheet sheet = workbook.createSheet("Income detail");
            Row header = sheet.createRow(0);
            List<String> headings = List.of("Date", "Fund", "Account reference", "Channel", "Bank account",
                    "Narrative", "Currency", "Amount");
            for (int i = 0; i < headings.size(); i++) {
                header.createCell(i).setCellValue(headings.get(i));
            }
            database.jdbi().useHandle(handle -> {
                try (PreparedStatement query = handle.getConnection().prepareStatement(RAW_SQL)) {
                    query.setObject(1, FIRST_DAY);
                    query.setObject(2, FIRST_DAY.plusYears(1).minusDays(1));
                    try (ResultSet results = query.executeQuery()) {
                        int r = 1;
                        while (results.next()) {
                            Row row = sheet.createRow(r++);
                            Cell day = row.createCell(0);
                            day.setCellValue(results.getObject(1, LocalDate.class));
                            day.setCellStyle(date);
                            for (int c = 1; c <= 6; c++) {
                                row.createCell(c).setCellValue(results.getString(c + 1));
                            }
                            Cell amount = row.createCell(7);
                            amount.setCellValue(results.getLong(8) / 100.0);
                            amount.setCellStyle(money);
                        }
                    }
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static double time(Timed timed) throws IOException, SQLException {
        long start = System.nanoTime();
        timed.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws IOException, SQLException;
    }
}
