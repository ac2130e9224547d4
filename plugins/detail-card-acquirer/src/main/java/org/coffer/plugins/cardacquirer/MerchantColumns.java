package org.coffer.plugins.cardacquirer;

import java.util.List;
import java.util.Locale;

/**
 * Where each column is in a merchant file's header, found by name. The header ends with a comma that its rows
 * lack, so a row may be one field short of the header when the header's last name is empty.
 */
final class MerchantColumns {

    private static final List<String> REQUIRED = List.of("Transaction date", "Transaction amount",
            "Transaction currency", "Transaction type", "Merchant ID");

    final int width;
    final boolean lastNameEmpty;
    final int date;
    final int processedDate;
    final int amount;
    final int currency;
    final int cardNumber;
    final int type;
    final int cardType;
    final int scheme;
    final int channel;
    final int acquirerReference;
    final int merchantId;

    private MerchantColumns(List<String> header) {
        width = header.size();
        lastNameEmpty = header.get(header.size() - 1).isBlank();
        date = find(header, "Transaction date");
        processedDate = find(header, "Processed date");
        amount = find(header, "Transaction amount");
        currency = find(header, "Transaction currency");
        cardNumber = find(header, "Card number");
        type = find(header, "Transaction type");
        cardType = find(header, "Card type");
        scheme = find(header, "Card scheme");
        channel = find(header, "Channel");
        acquirerReference = find(header, "Acquirer reference number");
        merchantId = find(header, "Merchant ID");
    }

    static MerchantColumns of(List<String> header) throws InvalidFieldException {
        List<String> missing = REQUIRED.stream().filter(name -> find(header, name) < 0).toList();
        if (!missing.isEmpty()) {
            throw new InvalidFieldException(String.join(", ", missing),
                    CardAcquirerErrorCode.BARCLAYCARD_MISSING_COLUMN, "the header has no " + String.join(", ", missing)
                            + " column; a Barclaycard merchant file has " + String.join(", ", REQUIRED));
        }
        return new MerchantColumns(header);
    }

    /** Whether a line is a merchant file's header. */
    static boolean isHeader(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("acquirer reference number") && lower.contains("merchant id")
                && lower.contains("transaction type");
    }

    /** Whether a row has the header's width, or is one short of a header that ends with a comma. */
    boolean fits(List<String> row) {
        return row.size() == width || (lastNameEmpty && row.size() == width - 1);
    }

    /** The cell of an optional column, empty when the file has no such column. */
    static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column);
    }

    private static int find(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
