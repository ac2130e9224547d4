package org.coffer.server.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of a file {@link TestingJournalExport} wrote, read back. */
record JournalFileRow(long run, int journal, String bank, String date, int year, int period, boolean reversal,
        long line, String role, String ledger, String costCentre, long debit, long credit, String vatCode,
        String fund, String reference, String receipt, long receipts, String effective, String service) {

    static List<JournalFileRow> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.get(0).equals(TestingJournalExport.HEADER)) {
                throw new IllegalStateException(file + " does not start with the testing export's header");
            }
            return lines.stream().skip(1).map(JournalFileRow::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JournalFileRow parse(String text) {
        String[] f = text.split(",", -1);
        return new JournalFileRow(Long.parseLong(f[0]), Integer.parseInt(f[1]), f[2], f[3], Integer.parseInt(f[4]),
                Integer.parseInt(f[5]), Boolean.parseBoolean(f[6]), Long.parseLong(f[7]), f[8], f[9], f[10],
                Long.parseLong(f[11]), Long.parseLong(f[12]), f[13], f[14], f[15], f[16], Long.parseLong(f[17]),
                f[18], f[19]);
    }

    /** Credits less debits: what the line adds to income, VAT or suspense. */
    long creditLessDebit() {
        return credit - debit;
    }
}
