package org.coffer.plugins.standard18;

import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/**
 * Groups a file's records into batches, one for each originating account and processing day, as Bacs processes
 * them: collections are payments into the council's account, credits to others are money out, and each batch's
 * contra (the record crediting, or debiting, the council's own account) is the control figure its records must
 * add up to.
 */
final class CollectionBatches {

    private final FileSink sink;
    private final String sequence;
    private String openKey;
    private ControlFigures.Builder figures;

    CollectionBatches(FileSink sink, String sequence) {
        this.sink = sink;
        this.sequence = sequence;
    }

    void add(DataRecord record, Location location) {
        String key = record.originator() + " " + record.processingDay();
        if (!key.equals(openKey)) {
            finish();
            sink.startStatement(new StatementStart(location, record.originator(), sequence, Money.GBP,
                    record.processingDay(), record.processingDay()));
            openKey = key;
            figures = ControlFigures.builder();
        }
        if (record.isContra()) {
            // The contra credits the council with its collections' total, or debits it with its credits' total.
            if (record.transactionCode().equals(DataRecord.CREDIT)) {
                figures.creditTotal(Money.gbp(record.pence()));
            } else {
                figures.debitTotal(Money.gbp(record.pence()));
            }
            return;
        }
        boolean collection = DataRecord.COLLECTIONS.contains(record.transactionCode());
        sink.line(StatementLine.builder()
                .location(location)
                .valueDate(record.processingDay())
                .amount(Money.gbp(record.pence()))
                .direction(collection ? Direction.CREDIT : Direction.DEBIT)
                .kind(collection ? LineKind.PAYMENT : LineKind.OTHER)
                .channel(collection ? Channel.DIRECT_DEBIT : Channel.BACS_CREDIT)
                .reference(record.reference())
                .counterparty(record.destinationName())
                .transactionCode(record.transactionCode())
                .build());
    }

    void finish() {
        if (openKey != null) {
            sink.endStatement(figures.build());
            openKey = null;
        }
    }
}
