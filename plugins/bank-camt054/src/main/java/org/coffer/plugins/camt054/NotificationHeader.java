package org.coffer.plugins.camt054;

import java.time.LocalDate;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.plugins.camt.CamtDate;
import org.coffer.plugins.camt.InvalidFieldException;
import org.coffer.plugins.camt.LineText;

/**
 * The checked opening of a notification: which account, which notification, which days. It is taken when the
 * first entry is reached, by which point the schema has given every element it is made from. A notification has
 * no balances, so its days are only those of {@code FrToDt}, when it has one.
 */
final class NotificationHeader {

    private final NotificationFields fields;
    private final String account;
    private final String sequence;
    private final LocalDate from;
    private final LocalDate to;

    private NotificationHeader(NotificationFields fields, String account, String sequence, LocalDate from,
            LocalDate to) {
        this.fields = fields;
        this.account = account;
        this.sequence = sequence;
        this.from = from;
        this.to = to;
    }

    static NotificationHeader of(NotificationFields fields) throws InvalidFieldException {
        String account = LineText.firstOf(fields.iban, fields.otherAccountId);
        if (account.isEmpty()) {
            throw InvalidFieldException.missing("Acct/Id");
        }
        String sequence = LineText.firstOf(fields.electronicSequence, fields.legalSequence, fields.id);
        LocalDate from = CamtDate.parse("FrToDt/FrDtTm", fields.fromDateTime);
        LocalDate to = CamtDate.parse("FrToDt/ToDtTm", fields.toDateTime);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("FrToDt", InvalidFieldException.Fault.BAD_VALUE,
                    "the notification ends (" + to + ") before it starts (" + from + ")");
        }
        return new NotificationHeader(fields, account.strip(), sequence.strip(), from, to);
    }

    /** The notification's last day, for entries that give no date of their own; {@code null} when unknown. */
    LocalDate lastDay() {
        return to;
    }

    /**
     * @param fallbackCurrency the currency to use when the account names none: the first line's, or the first
     *     entry's when the notification has no lines; {@code null} when it has no entries either
     */
    StatementStart start(String fallbackCurrency) throws InvalidFieldException {
        String currency = LineText.firstOf(fields.accountCurrency, fallbackCurrency);
        if (currency.isEmpty()) {
            throw InvalidFieldException.missing("Acct/Ccy");
        }
        return new StatementStart(new Location(fields.line, fields.path), account, sequence, currency.strip(), from,
                to);
    }
}
