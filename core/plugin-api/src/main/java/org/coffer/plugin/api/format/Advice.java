package org.coffer.plugin.api.format;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.coffer.plugin.api.Location;

/**
 * A notice with no money in it, from a file whose role is {@link FileRole#ADVICE}: a Bacs ADDACS mandate amendment,
 * an AUDDIS lodgement result, a line of a Bacs Input Report. The application stores and reports it, and never counts
 * it as income.
 *
 * @param location      where the notice is in the file
 * @param kind          what the notice is, such as {@code ADDACS}, {@code AUDDIS} or {@code INPUT_REPORT}
 * @param reference     the payer's reference it concerns, or empty when it concerns a whole file
 * @param payerName     the payer's name as given, or empty
 * @param effectiveDate the date the notice takes effect or was produced
 * @param code          the reason or result code as the file gives it, such as {@code 1} or {@code 0128}, or empty
 * @param description   what happened, in words a person reads
 */
public record Advice(Location location, String kind, String reference, String payerName, LocalDate effectiveDate,
        String code, String description) {

    public Advice {
        requireNonNull(location, "location is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(effectiveDate, "effectiveDate is null");
        requireNonNull(description, "description is null");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("an advice must say what kind it is");
        }
        reference = reference == null ? "" : reference.strip();
        payerName = payerName == null ? "" : payerName.strip();
        code = code == null ? "" : code.strip();
    }
}
