package org.coffer.plugins.govukpay;

import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;

/**
 * Turns one report row into its money lines: the payment (or refund or lost dispute, negative) when money moved,
 * then the provider's fee as a line of its own, kind {@code FEE}, with the same GOV.UK Payment ID as bank
 * reference. A fee is a line even on a declined payment, since the provider kept it.
 */
final class ReportRow {

    private final ReportColumns columns;
    private final ReportDate dates = new ReportDate();

    ReportRow(ReportColumns columns) {
        this.columns = columns;
    }

    /** The row's lines, in the order payment then fee; empty when it moved no money. */
    List<StatementLine> lines(List<String> row, long line) throws InvalidFieldException {
        boolean moved = PaymentState.movedMoney("State", row.get(columns.state));
        long amount = PoundsAmount.parse("Amount", row.get(columns.amount));
        String totalCell = ReportColumns.cell(row, columns.totalAmount);
        long total = totalCell.isBlank() ? amount : PoundsAmount.parse("Total Amount", totalCell);
        String feeCell = ReportColumns.cell(row, columns.fee);
        long fee = feeCell.isBlank() ? 0 : PoundsAmount.parse("Fee", feeCell);
        checkNet(row, total, fee);
        if (!moved && fee == 0) {
            return List.of();
        }
        StatementLine.Builder shared = StatementLine.builder()
                .location(Location.line(line))
                .valueDate(dates.parse("Date Created", row.get(columns.dateCreated)))
                .channel(isMoto(row) ? Channel.CARD_PHONE : Channel.GOVUK_PAY)
                .reference(CellText.unguarded(row.get(columns.reference)))
                .counterparty(CellText.unguarded(ReportColumns.cell(row, columns.cardholder)))
                .bankReference(row.get(columns.paymentId))
                .transactionCode(row.get(columns.state));
        String narrative = narrative(row);
        StatementLine payment = moved && total != 0 ? shared.signedAmount(Money.gbp(total))
                .kind(total < 0 ? LineKind.REVERSAL : LineKind.PAYMENT).narrative(narrative).build() : null;
        StatementLine feeLine = fee != 0 ? shared.signedAmount(Money.gbp(-fee)).kind(LineKind.FEE)
                .narrative(narrative.isEmpty() ? "Fee" : "Fee: " + narrative).build() : null;
        if (payment == null) {
            return feeLine == null ? List.of() : List.of(feeLine);
        }
        return feeLine == null ? List.of(payment) : List.of(payment, feeLine);
    }

    /** Net is what the provider paid out for the row: the total less the fee. */
    private void checkNet(List<String> row, long total, long fee) throws InvalidFieldException {
        String netCell = ReportColumns.cell(row, columns.net);
        if (netCell.isBlank()) {
            return;
        }
        long net = PoundsAmount.parse("Net", netCell);
        if (net != total - fee) {
            throw new InvalidFieldException("Net", GovUkPayErrorCode.GOVUK_PAY_NET_MISMATCH, "Net is "
                    + Money.gbp(net) + " but the amount less the fee is " + Money.gbp(total) + " - " + Money.gbp(fee)
                    + " = " + Money.gbp(total - fee));
        }
    }

    private boolean isMoto(List<String> row) {
        return ReportColumns.cell(row, columns.moto).strip().equalsIgnoreCase("true");
    }

    /** The description, then each metadata value as {@code key: value}. */
    private String narrative(List<String> row) {
        String description = CellText.unguarded(ReportColumns.cell(row, columns.description)).strip();
        if (columns.metadata.isEmpty()) {
            return description;
        }
        StringBuilder text = new StringBuilder(description);
        for (ReportColumns.Metadata metadata : columns.metadata) {
            String value = CellText.unguarded(row.get(metadata.index())).strip();
            if (!value.isEmpty()) {
                text.append(text.length() > 0 ? "; " : "").append(metadata.key()).append(": ").append(value);
            }
        }
        return text.toString();
    }
}
