package org.coffer.server.ledger;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One export run: a file written for a finance system, with what it holds. A run is live until a later run
 * reverses it; its postings are then free to be exported again.
 *
 * @param number the run's number, from 1
 * @param target the council's export target, such as {@code backoffice}
 * @param exportId the plugin's export that wrote the file
 * @param detail {@code SUMMARY} or {@code DETAIL}
 * @param fromDate the first effective date taken, or {@code null} when everything up to {@code toDate} was
 * @param toDate the last effective date taken
 * @param bankAccounts the council's bank accounts with journals in the run
 * @param fileName the file in the exports folder
 * @param sha256 the file's SHA-256, in hex
 * @param postingCount how many postings the run exported; 0 for a reversal, which frees its original's
 * @param grossPence the postings' total: income, VAT and suspense together, as the money arrived
 * @param vatPence the VAT part of that total
 * @param debitPence the journals' debits, equal to their credits
 * @param reverses the run this one reverses, or {@code null}
 * @param reversedBy the run that reversed this one, or {@code null} while it is live
 */
public record ExportRun(long number, String target, String exportId, String detail, LocalDate fromDate,
        LocalDate toDate, List<String> bankAccounts, String fileName, String sha256, int journalCount,
        long lineCount, long postingCount, long grossPence, long vatPence, long debitPence, String currency,
        String madeBy, Instant madeAt, Long reverses, Long reversedBy) {

    public ExportRun {
        requireNonNull(target, "target is null");
        requireNonNull(exportId, "exportId is null");
        requireNonNull(detail, "detail is null");
        requireNonNull(toDate, "toDate is null");
        bankAccounts = List.copyOf(bankAccounts);
        requireNonNull(fileName, "fileName is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(madeBy, "madeBy is null");
        requireNonNull(madeAt, "madeAt is null");
    }

    public boolean isReversal() {
        return reverses != null;
    }

    public boolean isLive() {
        return reversedBy == null;
    }

    /** A run that can still be reversed: live, and not itself a reversal. */
    public boolean isReversible() {
        return isLive() && !isReversal();
    }
}
