package org.coffer.plugins.cardacquirer;

import java.util.List;
import java.util.Locale;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;

/**
 * Turns one transaction row into a line. Amounts are unsigned: a {@code Sale} is a payment to the council and a
 * {@code Sales Refund} money given back, a reversal. The card holder gives no reference of their own; the acquirer
 * reference number, without the quotes the file puts round it, is the line's bank reference.
 */
final class MerchantRow {

    private final MerchantColumns columns;
    private final MerchantDate dates = new MerchantDate();
    private final MerchantDate processedDates = new MerchantDate();

    MerchantRow(MerchantColumns columns) {
        this.columns = columns;
    }

    StatementLine line(List<String> row, long line) throws InvalidFieldException {
        String type = row.get(columns.type).strip();
        boolean refund = isRefund(type);
        long pence = CardAmount.parsePence("Transaction amount", row.get(columns.amount));
        String processed = MerchantColumns.cell(row, columns.processedDate);
        String channel = MerchantColumns.cell(row, columns.channel).strip();
        return StatementLine.builder()
                .location(Location.line(line))
                .valueDate(dates.parse("Transaction date", row.get(columns.date)))
                .bookingDate(processed.isBlank() ? null : processedDates.parse("Processed date", processed))
                .amount(money(pence, row.get(columns.currency)))
                .direction(refund ? Direction.DEBIT : Direction.CREDIT)
                .kind(refund ? LineKind.REVERSAL : LineKind.PAYMENT)
                .channel(channel(channel))
                .narrative(String.join(" ", MerchantColumns.cell(row, columns.scheme).strip(),
                        MerchantColumns.cell(row, columns.cardType).strip(), channel,
                        MerchantColumns.cell(row, columns.cardNumber).strip()).strip())
                .bankReference(unquoted(MerchantColumns.cell(row, columns.acquirerReference)))
                .transactionCode(type)
                .build();
    }

    private static boolean isRefund(String type) throws InvalidFieldException {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "sale" -> false;
            case "sales refund", "refund" -> true;
            default -> throw new InvalidFieldException("Transaction type", CardAcquirerErrorCode.BARCLAYCARD_BAD_VALUE,
                    "'" + type + "' is not a transaction type read here (Sale or Sales Refund)");
        };
    }

    private static Money money(long pence, String currency) throws InvalidFieldException {
        try {
            return Money.of(pence, currency.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("Transaction currency", CardAcquirerErrorCode.BARCLAYCARD_BAD_VALUE,
                    "'" + currency + "' is not a three-letter ISO 4217 currency code");
        }
    }

    /** How the card was taken, from the acquirer's channel name. */
    static Channel channel(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("commerce") || lower.contains("internet") || lower.contains("online")) {
            return Channel.CARD_ONLINE;
        }
        if (lower.contains("mail") || lower.contains("telephone") || lower.contains("moto")) {
            return Channel.CARD_PHONE;
        }
        if (lower.contains("face") || lower.contains("chip") || lower.contains("contactless")
                || lower.contains("present")) {
            return Channel.CARD_COUNTER;
        }
        return Channel.UNKNOWN;
    }

    /** {@code '74579156163006076980289'} without its single quotes. */
    private static String unquoted(String cell) {
        String text = cell.strip();
        if (text.length() >= 2 && text.charAt(0) == '\'' && text.charAt(text.length() - 1) == '\'') {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
