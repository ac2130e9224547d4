package org.coffer.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a payment channel's detail files of an exact number of lines, for format tests and benchmarks. The same
 * seed always gives the same bytes. A file is one batch; its payments are dated over consecutive banking days from
 * 1 April 2025, {@code lines / 200} to a day (at least 25, at most 5,000), so that a large file spans many days.
 */
public final class DetailFiles {

    /** Fernley's client code with Allpay, which heads every line of its files. */
    public static final String ALLPAY_SITE_CODE = "412067";

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final int BUFFER_CHARS = 1 << 16;

    private final long seed;
    private final DemoCouncil council = DemoCouncil.load();

    public DetailFiles(long seed) {
        this.seed = seed;
    }

    /** Writes an Allpay transaction file of exactly {@code lines} payments, with its trailer. */
    public GeneratedFile allpay(Path file, int lines) throws IOException {
        return allpay(file, lines, FIRST_DAY);
    }

    /** Writes an Allpay transaction file as {@link #allpay(Path, int)} does, its payments from {@code firstDay}. */
    public GeneratedFile allpay(Path file, int lines, LocalDate firstDay) throws IOException {
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, was " + lines);
        }
        AllpayPayments payments = new AllpayPayments(new SplittableRandom(seed), council.currency(),
                ALLPAY_SITE_CODE);
        Tally tally = new Tally();
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.US_ASCII), BUFFER_CHARS)) {
            AllpayWriter writer = new AllpayWriter(out, ALLPAY_SITE_CODE);
            int perDay = Math.max(25, Math.min(5_000, lines / 200));
            LocalDate day = BankingDays.onOrAfter(firstDay);
            for (int written = 0; written < lines; written++) {
                if (written > 0 && written % perDay == 0) {
                    day = BankingDays.onOrAfter(day.plusDays(1));
                }
                AllpayPayment payment = payments.next(day);
                writer.write(payment);
                tally.add(payment.line());
            }
            writer.finish();
        }
        return new GeneratedFile(file, "allpay", ALLPAY_SITE_CODE, 1, tally.lines, tally.creditPence,
                tally.debitPence, tally.expected);
    }

    /** Counts what went into a file, keeping the lines only while the file is small enough to itemise. */
    private static final class Tally {
        private final List<ExpectedLine> expected = new ArrayList<>();
        private long lines;
        private long creditPence;
        private long debitPence;

        void add(ExpectedLine line) {
            lines++;
            if (line.signedPence() >= 0) {
                creditPence += line.signedPence();
            } else {
                debitPence -= line.signedPence();
            }
            if (lines > GeneratedFile.ITEMISED_LIMIT) {
                expected.clear();
            } else {
                expected.add(line);
            }
        }
    }
}
