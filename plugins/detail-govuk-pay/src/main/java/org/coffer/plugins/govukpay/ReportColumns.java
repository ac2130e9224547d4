package org.coffer.plugins.govukpay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each column is in a report's header. Columns are found by name, so both layouts read alike: the Stripe
 * layout with Fee and Net, and the other providers' layout without them. {@code <key> (metadata)} columns are the
 * service's own metadata, kept in the narrative.
 */
final class ReportColumns {

    static final String PAYMENT_ID = "GOV.UK Payment ID";
    private static final String METADATA_SUFFIX = " (metadata)";
    private static final List<String> REQUIRED = List.of("Reference", "Amount", "State", PAYMENT_ID, "Date Created");

    /** A metadata column: its key and where it is. */
    record Metadata(String key, int index) {
    }

    final int width;
    final int reference;
    final int amount;
    final int state;
    final int paymentId;
    final int dateCreated;
    final int totalAmount;
    final int fee;
    final int net;
    final int description;
    final int cardholder;
    final int moto;
    final List<Metadata> metadata;

    private ReportColumns(List<String> header) {
        width = header.size();
        reference = find(header, "Reference");
        amount = find(header, "Amount");
        state = find(header, "State");
        paymentId = find(header, PAYMENT_ID);
        dateCreated = find(header, "Date Created");
        totalAmount = find(header, "Total Amount");
        fee = find(header, "Fee");
        net = find(header, "Net");
        description = find(header, "Description");
        cardholder = find(header, "Cardholder Name");
        moto = find(header, "MOTO");
        List<Metadata> found = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.endsWith(METADATA_SUFFIX)) {
                found.add(new Metadata(name.substring(0, name.length() - METADATA_SUFFIX.length()), i));
            }
        }
        metadata = List.copyOf(found);
    }

    /** The columns of a header, or the names of the required ones it lacks. */
    static ReportColumns of(List<String> header) throws InvalidFieldException {
        List<String> missing = REQUIRED.stream().filter(name -> find(header, name) < 0).toList();
        if (!missing.isEmpty()) {
            throw new InvalidFieldException(String.join(", ", missing), GovUkPayErrorCode.GOVUK_PAY_MISSING_COLUMN,
                    "the header has no " + String.join(", ", missing) + " column; a GOV.UK Pay report has "
                            + String.join(", ", REQUIRED));
        }
        return new ReportColumns(header);
    }

    /** Whether a header line is a GOV.UK Pay report's. */
    static boolean isReportHeader(String line) {
        return line.contains(PAYMENT_ID) && line.contains("Date Created") && line.contains("State");
    }

    /** The cell of an optional column, empty when the report has no such column. */
    static String cell(List<String> row, int column) {
        return column < 0 ? "" : row.get(column);
    }

    private static int find(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
