package org.coffer.plugins.allpay;

import java.io.IOException;
import java.time.LocalDate;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.TextLines;

/**
 * Reads the payment lines of one Allpay file into its batch, then the trailer, and checks the trailer's total
 * against the lines. A bad line is reported and reading goes on; a file with no trailer is refused, since it was
 * cut short or is not an Allpay file.
 */
final class AllpayReader {

    private final FormatContext context;
    private final FileSink sink;
    private final Trailer trailer = new Trailer();
    private OpenBatch batch;
    private LocalDate lastDate;
    private boolean inTrailer;
    private boolean anyText;

    AllpayReader(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    void readAll(TextLines lines) throws IOException {
        for (String line = lines.next(); line != null; line = lines.next()) {
            try {
                read(line, lines.number());
            } catch (LineException e) {
                sink.problem(context.problem(Location.line(lines.number()), e.field(), e.code(), e.getMessage()));
            }
        }
        endOfFile(lines.number());
    }

    private void read(String line, long number) throws LineException {
        if (line.isBlank()) {
            // The blank line before the trailer; blank lines elsewhere carry nothing.
            inTrailer |= batch != null;
            return;
        }
        anyText = true;
        if (inTrailer || Trailer.isTrailerLine(line)) {
            inTrailer = true;
            trailer.read(line, number);
            return;
        }
        DetailLine detail = DetailLine.parse(line, lastDate);
        lastDate = detail.date();
        if (batch == null) {
            batch = new OpenBatch(detail.siteCode(), detail.date(), number);
        }
        ChannelLetter channel = ChannelLetter.of(detail.letter());
        boolean debit = detail.signedPence() < 0 || channel == ChannelLetter.RETURNED_CHEQUE;
        batch.add(StatementLine.builder()
                .location(Location.line(number))
                .valueDate(detail.date())
                .amount(Money.gbp(Math.abs(detail.signedPence())))
                .direction(debit ? Direction.DEBIT : Direction.CREDIT)
                .kind(channel.kind())
                .channel(channel.channel)
                .reference(detail.reference())
                .narrative(detail.siteCode())
                .transactionCode(String.valueOf(detail.letter()))
                .build(), sink);
    }

    private void endOfFile(long lastLine) {
        if (!anyText) {
            throw refusal(Location.wholeFile(), AllpayErrorCode.ALLPAY_EMPTY_FILE,
                    "the file is empty: expected Allpay payment lines and their trailer");
        }
        if (!trailer.complete()) {
            throw refusal(Location.line(Math.max(1, lastLine)), AllpayErrorCode.ALLPAY_MISSING_TRAILER,
                    "the file ends without '" + trailer.missing()
                            + "': expected a blank line and the two trailer lines (is the file cut short?)");
        }
        long net = batch == null ? 0 : batch.netPence();
        if (net != trailer.totalPence()) {
            sink.problem(context.problem(Location.line(trailer.totalLine()), "total amount",
                    AllpayErrorCode.ALLPAY_TOTAL_MISMATCH, "states " + Money.gbp(trailer.totalPence())
                            + " but the payments less returned cheques add up to " + Money.gbp(net)));
        }
        if (batch != null) {
            batch.end(sink, trailer);
        }
    }

    private ProblemException refusal(Location location, AllpayErrorCode code, String message) {
        return new ProblemException(context.problem(location, null, code, message));
    }
}
