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
import java.util.Locale;
import java.util.SplittableRandom;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;

/**
 * Writes the Bacs Standard 18 file in which the council collects its council tax direct debits on one processing
 * day: labels, one collection record (transaction code 17) a payer, the contra crediting the council's INCOME
 * account with the total, and the closing labels. Records are 100 characters, as a single-day file has them.
 */
public final class Standard18Writer {

    /** Fernley's Bacs service user number. */
    public static final String SERVICE_USER_NUMBER = AruddWriter.SERVICE_USER_NUMBER;
    private static final String COUNCIL_SORT_CODE = "309942";
    private static final String COUNCIL_ACCOUNT = "40718834";

    private final long seed;

    public Standard18Writer(long seed) {
        this.seed = seed;
    }

    /** Writes {@code collections} council tax collections processed on {@code day}, streaming. */
    public GeneratedFile write(Path file, int collections, LocalDate day) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Debtor> payers = new Debtors(random).councilTax();
        List<ExpectedLine> expected = new ArrayList<>();
        long total = 0;
        String julian = String.format(Locale.ROOT, " %02d%03d", day.getYear() % 100, day.getDayOfYear());
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.US_ASCII), 1 << 16)) {
            line(out, "VOL1000001                               " + SERVICE_USER_NUMBER);
            line(out, "HDR1A" + SERVICE_USER_NUMBER + "S  1" + SERVICE_USER_NUMBER + "00000100010001       "
                    + julian + julian + " 000000");
            line(out, "HDR2F0200000100");
            line(out, "UHL1" + julian + "999999    000000001 DAILY  001");
            for (int i = 0; i < collections; i++) {
                Debtor payer = payers.get(random.nextInt(payers.size()));
                long pence = random.nextLong(40_00, 320_01);
                total += pence;
                out.write(record(random, payer, pence) + "\r\n");
                if (collections <= GeneratedFile.ITEMISED_LIMIT) {
                    expected.add(new ExpectedLine(day, pence, "GBP", payer.reference(), "", Channel.DIRECT_DEBIT,
                            LineKind.PAYMENT, "CTAX", payer.reference()));
                }
            }
            out.write(COUNCIL_SORT_CODE + COUNCIL_ACCOUNT + "099" + COUNCIL_SORT_CODE + COUNCIL_ACCOUNT + "    "
                    + padded(total, 11) + pad("FERNLEY BC", 18) + pad("CONTRA", 18) + pad("FERNLEY BC INCOME", 18)
                    + "\r\n");
            line(out, "EOF1A" + SERVICE_USER_NUMBER + "S  1" + SERVICE_USER_NUMBER + "00000100010001       "
                    + julian + julian + " 000000");
            line(out, "EOF2F0200000100");
            line(out, "UTL1" + padded(total, 13) + padded(total, 13) + padded(collections, 7) + padded(1, 7));
        }
        return new GeneratedFile(file, "bacs-standard18", COUNCIL_SORT_CODE + " " + COUNCIL_ACCOUNT, 1, collections,
                total, 0, expected);
    }

    /** A collection from the payer's bank account into the council's, with the council tax reference. */
    private static String record(SplittableRandom random, Debtor payer, long pence) {
        String sortCode = "20" + (10 + random.nextInt(89)) + "17";
        String account = Long.toString(10_000_000L + random.nextInt(90_000_000));
        return sortCode + account + "017" + COUNCIL_SORT_CODE + COUNCIL_ACCOUNT + "    " + padded(pence, 11)
                + pad("FERNLEY BC", 18) + pad(payer.reference(), 18)
                + pad(payer.name().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 .&/-]", ""), 18);
    }

    private static void line(Writer out, String label) throws IOException {
        out.write(pad(label, 80) + "\r\n");
    }

    private static String pad(String text, int width) {
        String cut = text.length() > width ? text.substring(0, width) : text;
        return cut + " ".repeat(width - cut.length());
    }

    private static String padded(long value, int width) {
        return Decimals.appendPadded(new StringBuilder(width), value, width).toString();
    }
}
