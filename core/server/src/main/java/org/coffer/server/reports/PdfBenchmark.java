package org.coffer.server.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The summary reports rendered to PDF over a large ledger: the query, the layout and the export together, as a
 * download costs, and the query alone beside it, so that what the PDF adds shows on a busy machine too. The first run
 * in the JVM (JasperReports starting, fonts loading) is shown apart from the median of the warm runs.
 * {@code coffer bench} runs it over its ten million postings.
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    /** Times each summary report over the postings from {@code first} to {@code last}. */
    public static void run(ReportRunner runner, LocalDate first, LocalDate last, int runs, long postings,
            PrintWriter out) throws IOException {
        Map<String, Map<String, String>> reports = new LinkedHashMap<>();
        reports.put("income-by-fund", Map.of("period", YearMonth.from(last).toString()));
        reports.put("channels", Map.of("from", first.toString(), "to", last.toString()));
        reports.put("value-for-money", Map.of("from", first.toString(), "to", last.toString()));
        for (Map.Entry<String, Map<String, String>> report : reports.entrySet()) {
            int[] size = {0};
            double[] pdf = times(runs, () -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new PdfReportWriter().write(runner.run(report.getKey(), report.getValue()), bytes);
                size[0] = bytes.size();
            });
            double[] query = times(runs, () -> runner.run(report.getKey(), report.getValue())
                    .firstRows(Integer.MAX_VALUE));
            out.printf("%s to .pdf over %,d postings (%,d KB): first %.0f ms, then median %.0f ms of %d; its query "
                    + "alone %.0f ms%n", report.getKey(), postings, size[0] >> 10, pdf[0] * 1000, median(pdf) * 1000,
                    runs, median(query) * 1000);
            out.flush();
        }
    }

    /** The first run's seconds, then {@code runs} more. */
    private static double[] times(int runs, Timed timed) throws IOException {
        double[] seconds = new double[runs + 1];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            timed.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return seconds;
    }

    /** The median of the runs after the first. */
    private static double median(double[] seconds) {
        double[] warm = Arrays.copyOfRange(seconds, 1, seconds.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws IOException;
    }
}
