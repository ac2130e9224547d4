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
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;

/**
 * Writes a Barclaycard merchant services transaction file for the demo council's card outlet, shaped like the
 * public sample: a {@code Transaction Date 01 Jun 2016 - 30 Jun 2016} line before the header, a header that ends
 * with a comma its rows lack, amounts unsigned with a refund told only by its type, masked card numbers and the
 * acquirer reference number in single quotes. Every row is a money line. The same seed always gives the same bytes.
 */
public final class CardSettlementWriter {

    /** The demo council's Barclaycard merchant id, which is also its single outlet. */
    public static final String MERCHANT_ID = "4471882";

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final int ROWS_PER_DAY = 200;
    private static final String HEADER = "Transaction date,Processed date,Transaction amount,Transaction currency,"
            + "Card number,Transaction type,Card type,Card scheme,Channel,Acquirer reference number,Merchant ID,"
            + "Group Number,Chain Number,Outlet Number,";
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[][] CARDS = {{"Debit (Delta)", "Visa"}, {"Credit", "Visa"}, {"Debit", "Mastercard"},
        {"Credit", "Mastercard"}, {"Commercial Credit", "Visa"}};

    private final long seed;

    public CardSettlementWriter(long seed) {
        this.seed = seed;
    }

    /** Writes a file of exactly {@code lines} transactions, {@value #ROWS_PER_DAY} a day from 1 April 2025. */
    public GeneratedFile write(Path file, int lines) throws IOException {
        return write(file, lines, FIRST_DAY);
    }

    /** Writes a file as {@link #write(Path, int)} does, with its transactions from {@code firstDay}. */
    public GeneratedFile write(Path file, int lines, LocalDate firstDay) throws IOException {
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, was " + lines);
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate lastDay = firstDay.plusDays((lines - 1) / ROWS_PER_DAY);
        List<ExpectedLine> expected = new ArrayList<>();
        long creditPence = 0;
        long debitPence = 0;
        StringBuilder row = new StringBuilder(256);
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            row.append("Transaction Date ");
            appendDate(row, firstDay).append(" - ");
            appendDate(row, lastDay).append("\r\n").append(HEADER).append("\r\n");
            for (int i = 0; i < lines; i++) {
                LocalDate day = firstDay.plusDays(i / ROWS_PER_DAY);
                ExpectedLine line = appendRow(row, random, day);
                if (line.signedPence() >= 0) {
                    creditPence += line.signedPence();
                } else {
                    debitPence -= line.signedPence();
                }
                if (lines <= GeneratedFile.ITEMISED_LIMIT) {
                    expected.add(line);
                }
                out.append(row);
                row.setLength(0);
            }
        }
        return new GeneratedFile(file, "barclaycard-merchant", MERCHANT_ID, 1, lines, creditPence, debitPence,
                expected);
    }

    private static ExpectedLine appendRow(StringBuilder row, SplittableRandom random, LocalDate day) {
        boolean refund = random.nextInt(40) == 0;
        long pence = random.nextInt(10) == 0 ? random.nextLong(100_00, 2_500_01) : random.nextLong(1, 150_01);
        String[] card = CARDS[random.nextInt(CARDS.length)];
        int channelRoll = random.nextInt(20);
        String channel = channelRoll < 17 ? "E-commerce" : channelRoll < 19 ? "Mail Order/Telephone Order"
                : "Face to Face";
        appendDate(row, day).append(',');
        appendDate(row, day.plusDays(1)).append(',');
        Decimals.appendPence(row, pence, '.').append(",GBP,");
        row.append(card[1].equals("Visa") ? "4" : "5").append("00000******");
        Decimals.appendPadded(row, random.nextInt(10_000), 4).append(',');
        row.append(refund ? "Sales Refund" : "Sale").append(',').append(card[0]).append(',').append(card[1])
                .append(',').append(channel).append(",'7457915");
        Decimals.appendPadded(row, random.nextLong(10_000_000_000_000L), 16).append("',");
        row.append(MERCHANT_ID).append(",,,").append(MERCHANT_ID).append("\r\n");
        String narrative = card[1] + " " + card[0] + " " + channel;
        Channel lineChannel = channelRoll < 17 ? Channel.CARD_ONLINE : channelRoll < 19 ? Channel.CARD_PHONE
                : Channel.CARD_COUNTER;
        return new ExpectedLine(day, refund ? -pence : pence, "GBP", "", narrative, lineChannel,
                refund ? LineKind.REVERSAL : LineKind.PAYMENT, "", "");
    }

    /** {@code 01 Jun 2016}. */
    private static StringBuilder appendDate(StringBuilder out, LocalDate date) {
        Decimals.appendTwoDigits(out, date.getDayOfMonth()).append(' ').append(MONTHS[date.getMonthValue() - 1]);
        return out.append(' ').append(date.getYear());
    }
}
