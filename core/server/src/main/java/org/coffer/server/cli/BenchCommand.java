package org.coffer.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.sampledata.DemoCouncil;
import org.coffer.sampledata.DetailFiles;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.Coffer;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.enquiry.EnquiryQueries;
import org.coffer.server.enquiry.PaymentSearch;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.imports.ImportRequest;
import org.coffer.server.reconciliation.ReconciliationBenchmark;
import org.coffer.server.reports.PdfBenchmark;
import org.coffer.server.reports.ReportBenchmark;
import org.coffer.server.text.Amounts;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = "Measures import speed per format, the income summary's speed through the "
        + "API and as plain SQL, payment enquiries, summary reports to .pdf, a large report to .xlsx against plain "
        + "POI, on generated data in fresh databases, and settlement matching over a large council's year.")
final class BenchCommand implements Callable<Integer> {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 4, 1);
    private static final int DAYS = 730;
    private static final long SEED = 20261129L;
    /** The import reads, parses, allocates and stages on the thread that asks for it; DuckDB loads on others. */
    private static final ThreadMXBean READING_THREAD = ManagementFactory.getThreadMXBean();
    private static final List<String> BENCHED_FORMATS = List.of("mt940", "camt053", "lloyds-cbo-csv", "allpay");

    @Option(names = "--receipts", defaultValue = "1000000", description = "Receipts per imported file "
            + "(default ${DEFAULT-VALUE}).")
    int receipts;

    @Option(names = "--formats", split = ",", defaultValue = "mt940,camt053,lloyds-cbo-csv,allpay",
            description = "Formats whose import is timed, of ${DEFAULT-VALUE} (default all; none to skip).")
    List<String> formats;

    @Option(names = "--warm-up-receipts", defaultValue = "100000", description = "Receipts of a smaller file of the "
            + "same format read first, untimed, as a preview, so that the import is timed as a running server does it, "
            + "its code compiled (default ${DEFAULT-VALUE}; 0 to time a cold start).")
    int warmUpReceipts;

    @Option(names = "--summary-receipts", defaultValue = "10000000", description = "Postings the summary runs over "
            + "(default ${DEFAULT-VALUE}; 0 to skip).")
    long summaryReceipts;

    @Option(names = "--report-rows", defaultValue = "1000000", description = "Rows of the detail report written "
            + "to .xlsx, against plain POI writing the same cells (default ${DEFAULT-VALUE}; 0 to skip).")
    long reportRows;

    @Option(names = "--reconciliation-payments", defaultValue = "10000000", description = "Detail payments whose "
            + "settlements are matched (default ${DEFAULT-VALUE}; 0 to skip).")
    long reconciliationPayments;

    @Option(names = "--reconciliation-settlements", defaultValue = "250000", description = "Settlements, one per "
            + "detail batch, matched to them (default ${DEFAULT-VALUE}).")
    long reconciliationSettlements;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs of each summary; the median is shown.")
    int runs;

    @Option(names = "--dir", defaultValue = "coffer-data/bench", description = "Scratch folder, emptied first.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (String format : formats) {
            if (!format.equals("none") && !BENCHED_FORMATS.contains(format)) {
                throw new ParameterException(spec.commandLine(), "--formats: no benchmark for " + format
                        + "; expected some of " + String.join(", ", BENCHED_FORMATS) + ", or none");
            }
        }
        Scratch.empty(dir);
        Path council = dir.resolve("council");
        DemoCouncil.load().writeTo(council);
        CofferConfig base = Workspace.config().withPort(0).withCouncilDir(council);
        for (String format : formats) {
            if (!format.equals("none")) {
                benchImport(out, base, format);
            }
        }
        if (summaryReceipts > 0) {
            benchSummary(out, base.withDatabaseFile(dir.resolve("summary.duckdb")));
        }
        if (reportRows > 0) {
            ReportBenchmark.run(dir.resolve("report"), reportRows, runs, out);
        }
        if (reconciliationPayments > 0) {
            ReconciliationBenchmark.run(dir.resolve("reconciliation"), reconciliationPayments,
                    reconciliationSettlements, Clock.systemUTC(), out);
        }
        return 0;
    }

    /** A file of {@code lines} lines in the format: statements, a bank's CSV export, or a fixed-width file. */
    private GeneratedFile generate(String format, String name, long seed, int lines) throws IOException {
        StatementFiles statements = new StatementFiles(seed);
        return switch (format) {
            case "mt940" -> statements.mt940(dir.resolve(name + ".sta"), lines);
            case "camt053" -> statements.camt053(dir.resolve(name + ".xml"), lines);
            case "lloyds-cbo-csv" -> statements.lloydsCsv(dir.resolve(name + ".csv"), lines);
            case "allpay" -> new DetailFiles(seed).allpay(dir.resolve(name + ".allpay.txt"), lines);
            default -> throw new IllegalArgumentException("no benchmark for " + format);
        };
    }

    private void benchImport(PrintWriter out, CofferConfig base, String format) throws IOException {
        GeneratedFile file = generate(format, "bench", SEED, receipts);
        try (Coffer coffer = Workspace.open(base.withDatabaseFile(dir.resolve(format + ".duckdb")))) {
            if (warmUpReceipts > 0) {
                GeneratedFile warmUp = generate(format, "warm-up", SEED + 1, warmUpReceipts);
                coffer.imports().preview(ImportRequest.of(warmUp.path(), Workspace.actor()));
            }
            long cpuStart = StorageFloor.PROCESS.getProcessCpuTime();
            long readingStart = READING_THREAD.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ImportOutcome outcome = coffer.imports().importFile(ImportRequest.of(file.path(), Workspace.actor()));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (StorageFloor.PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
            double readingSeconds = (READING_THREAD.getCurrentThreadCpuTime() - readingStart) / 1e9;
            out.printf("import %-14s %s receipts (%,d MB) in %.2f s: %s receipts/s; CPU %.2f s on all threads (%.2f s "
                    + "reading, parsing, allocating and staging): %s receipts per CPU second%n", format,
                    Amounts.count(outcome.receipts()), fileSize(file.path()) >> 20, seconds,
                    Amounts.count(Math.round(outcome.receipts() / seconds)), cpuSeconds, readingSeconds,
                    Amounts.count(Math.round(outcome.receipts() / cpuSeconds)));
            printFloors(out, coffer, format, file.path(), outcome);
            out.flush();
        }
    }

    /**
     * What no import of the file can go below, in the same run: DuckDB storing the same rows, and the format's
     * plugin reading the file into nothing; their sum bounds the import's rate on one core.
     */
    private static void printFloors(PrintWriter out, Coffer coffer, String format, Path file, ImportOutcome outcome)
            throws IOException {
        StorageFloor.Copy floor = StorageFloor.measure(coffer.database());
        out.printf("  DuckDB alone copying its %s receipts and their postings table to table: %.2f s: %s receipts/s; "
                + "CPU %.2f s: %s receipts per CPU second%n", Amounts.count(floor.receipts()), floor.wall(),
                Amounts.count(Math.round(floor.receipts() / floor.wall())), floor.cpu(),
                Amounts.count(Math.round(floor.receipts() / floor.cpu())));
        InboundFormat reader = coffer.formats().stream().filter(f -> f.id().equals(outcome.formatId()))
                .findFirst().orElseThrow();
        ParsingFloor.Read parsed = ParsingFloor.measure(reader, file);
        out.printf("  the %s plugin alone reading the file into nothing: CPU %.2f s for %s lines%n", format,
                parsed.cpu(), Amounts.count(parsed.lines()));
        double least = parsed.cpu() + floor.cpu();
        out.printf("  least CPU any import of the file can take, reading plus storing: %.2f s, so at most %s "
                + "receipts/s on one core%n", least, Amounts.count(Math.round(outcome.receipts() / least)));
    }

    private void benchSummary(PrintWriter out, CofferConfig config) throws Exception {
        try (Coffer coffer = Workspace.open(config)) {
            SyntheticPostings.insertReceipts(coffer.database(), summaryReceipts, FIRST_DAY, DAYS);
            SyntheticPostings.insert(coffer.database(), summaryReceipts, FIRST_DAY, DAYS);
            LocalDate to = FIRST_DAY.plusDays(DAYS - 1);
            double sql = median(() -> coffer.income().summary(FIRST_DAY, to).rows().size());
            String token = coffer.users().issueToken(Workspace.actor(), "bench", Role.VIEWER, Set.of()).secret();
            try (WebServer server = WebServer.start(coffer)) {
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/summary?from=" + FIRST_DAY + "&to=" + to))
                        .header("Authorization", "Bearer " + token).build();
                double api = median(() -> summaryThroughApi(client, request));
                out.printf("summary over %s postings: SQL %.0f ms, API %.0f ms (%.2fx)%n",
                        Amounts.count(summaryReceipts), sql * 1000, api * 1000, api / sql);
            }
            benchEnquiry(out, coffer);
            PdfBenchmark.run(coffer.reports(), FIRST_DAY, to, runs, summaryReceipts, out);
        }
        out.flush();
    }

    private void benchEnquiry(PrintWriter out, Coffer coffer) throws Exception {
        EnquiryQueries enquiries = new EnquiryQueries(coffer.database());
        String reference = "REF" + (summaryReceipts * 3 / 4);
        double byReference = median(() -> enquiries.search(new PaymentSearch(reference, "", OptionalLong.empty(),
                Optional.empty(), Optional.empty(), "", PaymentSearch.DEFAULT_LIMIT), Set.of()));
        double byAmountAndDay = median(() -> enquiries.search(new PaymentSearch("", "", OptionalLong.of(12_345),
                Optional.of(FIRST_DAY.plusDays(100)), Optional.of(FIRST_DAY.plusDays(100)), "",
                PaymentSearch.DEFAULT_LIMIT), Set.of()));
        out.printf("enquiry over %s receipts: by reference %.0f ms, by amount and day %.0f ms%n",
                Amounts.count(summaryReceipts), byReference * 1000, byAmountAndDay * 1000);
    }

    private static int summaryThroughApi(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the summary API answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().length();
    }

    /** The median of {@link #runs} timed runs, after one untimed run to warm caches. */
    private double median(Timed timed) throws Exception {
        timed.run();
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            timed.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @FunctionalInterface
    private interface Timed {
        Object run() throws Exception;
    }
}
