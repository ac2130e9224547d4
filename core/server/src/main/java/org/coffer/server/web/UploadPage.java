package org.coffer.server.web;

import java.util.List;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.imports.StatementOutcome;
import org.coffer.server.text.Amounts;

/** The upload form, and the outcome of the import it sent: what was stored, or why nothing was. */
public record UploadPage(List<String> formats, Stored stored, Refused refused) {

    /** A stored import, statement by statement. */
    public record Stored(long importId, String fileName, String format, String receipts, String acceptedReason,
            List<Statement> statements) {
    }

    /** One statement of a stored import. */
    public record Statement(int position, String account, String sequence, String period, String receipts,
            String credits, String debits, String opening, String closing, boolean reconciles) {
    }

    /** A refused import: the message and every problem found. */
    public record Refused(String message, List<String> problems) {
    }

    static UploadPage empty(List<String> formats) {
        return new UploadPage(formats, null, null);
    }

    static UploadPage stored(List<String> formats, ImportOutcome outcome) {
        return new UploadPage(formats, new Stored(outcome.importId(), outcome.fileName(), outcome.formatId(),
                Amounts.count(outcome.receipts()), outcome.acceptedReason(),
                outcome.statements().stream().map(UploadPage::statement).toList()), null);
    }

    static UploadPage refused(List<String> formats, String message, List<String> problems) {
        return new UploadPage(formats, null, new Refused(message, problems));
    }

    static Statement statement(StatementOutcome s) {
        String period = s.from() == null ? "" : s.from() + (s.to() == null || s.to().equals(s.from()) ? "" : " to " + s.to());
        return new Statement(s.position(), s.account(), s.sequence(), period, Amounts.count(s.receipts()),
                Amounts.format(s.credits().pence(), s.credits().currency()),
                Amounts.format(s.debits().pence(), s.debits().currency()),
                s.opening() == null ? "" : Amounts.format(s.opening().pence(), s.opening().currency()),
                s.closing() == null ? "" : Amounts.format(s.closing().pence(), s.closing().currency()),
                s.reconciles());
    }
}
