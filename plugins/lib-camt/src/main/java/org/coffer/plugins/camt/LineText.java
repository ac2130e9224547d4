package org.coffer.plugins.camt;

import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.format.Direction;

/** The words of a line, chosen from the several places camt may give them. */
public final class LineText {

    /** What banks write in {@code EndToEndId} when the payer gave none. */
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private LineText() {
    }

    /**
     * The payer's reference: the unstructured remittance lines joined, else the structured creditor reference,
     * else the end-to-end id when the payer gave one.
     */
    public static String reference(DetailFields details) {
        String unstructured = join(details.unstructured);
        if (!unstructured.isEmpty()) {
            return unstructured;
        }
        if (hasText(details.creditorReference)) {
            return details.creditorReference;
        }
        if (hasText(details.endToEndId) && !NOT_PROVIDED.equals(details.endToEndId.strip())) {
            return details.endToEndId;
        }
        return "";
    }

    /** The references of all of an entry's details, for an entry kept as one line. */
    public static String reference(List<DetailFields> details) {
        List<String> references = new ArrayList<>(details.size());
        for (DetailFields detail : details) {
            references.add(reference(detail));
        }
        return join(references);
    }

    /** The other party: who paid a credit ({@code Dbtr}), or who was paid by a debit ({@code Cdtr}). */
    public static String counterparty(DetailFields details, Direction direction) {
        String name = direction == Direction.CREDIT ? details.debtorName : details.creditorName;
        return name == null ? "" : name;
    }

    public static String counterparty(List<DetailFields> details, Direction direction) {
        for (DetailFields detail : details) {
            String name = counterparty(detail, direction);
            if (hasText(name)) {
                return name;
            }
        }
        return "";
    }

    /** The entry's {@code AddtlNtryInf}, then each detail's {@code AddtlTxInf}. */
    public static String narrative(EntryFields entry, List<DetailFields> details) {
        List<String> parts = new ArrayList<>(details.size() + 1);
        parts.add(entry.additionalInfo);
        for (DetailFields detail : details) {
            parts.add(detail.additionalInfo);
        }
        return join(parts);
    }

    /** The first of the given references that the file fills in, or empty. */
    public static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (hasText(candidate)) {
                return candidate;
            }
        }
        return "";
    }

    /** The non-blank parts, each stripped, joined with single spaces. */
    public static String join(List<String> parts) {
        if (parts.size() == 1) {
            String only = parts.get(0);
            return hasText(only) ? only.strip() : "";
        }
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (hasText(part)) {
                joined.append(joined.length() > 0 ? " " : "").append(part.strip());
            }
        }
        return joined.toString();
    }

    public static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
