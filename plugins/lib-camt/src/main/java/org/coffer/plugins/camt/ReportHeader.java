package org.coffer.plugins.camt;

import java.time.LocalDate;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.StatementStart;

/**
 * The checked opening of a report: which account, which statement or notification, which days. It is taken when
 * the first entry is reached, by which point the schema has given every element it is made from.
 */
final class ReportHeader {

    private final ReportFields fields;
    private final String account;
    private final String sequence;
    private final LocalDate from;
    private final LocalDate to;

    private ReportHeader(ReportFields fields, String account, String sequence, LocalDate from, LocalDate to) {
        this.fields = fields;
        this.account = account;
        this.sequence = sequence;
        this.from = from;
        this.to = to;
    }

    /**
     * The header of the report read so far. Its days are {@code FrToDt}, else the dates of the opening and closing
     * balances when it has them (a notification has none).
     *
     * @param noun what a person calls the report, for messages
     */
    static ReportHeader of(ReportFields fields, String noun) throws InvalidFieldException {
        String account = LineText.firstOf(fields.iban, fields.otherAccountId);
        if (account.isEmpty()) {
            throw InvalidFieldException.missing("Acct/Id");
        }
        String sequence = LineText.firstOf(fields.electronicSequence, fields.legalSequence, fields.id);
        LocalDate from = CamtDate.parse("FrToDt/FrDtTm", fields.fromDateTime);
        LocalDate to = CamtDate.parse("FrToDt/ToDtTm", fields.toDateTime);
        if (from == null && fields.openingBalance() != null) {
            from = CamtDate.parse("Bal/Dt", fields.openingBalance().date);
        }
        if (to == null && fields.closing != null) {
            to = CamtDate.parse("Bal/Dt", fields.closing.date);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("FrToDt", InvalidFieldException.Fault.BAD_VALUE,
                    "the " + noun + " ends (" + to + ") before it starts (" + from + ")");
        }
        return new ReportHeader(fields, account.strip(), sequence.strip(), from, to);
    }

    /** The report's last day, for entries that give no date of their own; {@code null} when unknown. */
    LocalDate lastDay() {
        return to;
    }

    /**
     * @param fallbackCurrency the currency to use when neither the account nor a balance gives one: the first
     *     line's, or the first entry's when the report has no lines; {@code null} when it has no entries either
     */
    StatementStart start(String fallbackCurrency) throws InvalidFieldException {
        String currency = LineText.firstOf(fields.accountCurrency, currencyOf(fields.openingBalance()),
                currencyOf(fields.closing), fallbackCurrency);
        if (currency.isEmpty()) {
            throw InvalidFieldException.missing("Acct/Ccy");
        }
        return new StatementStart(new Location(fields.line, fields.path), account, sequence, currency.strip(), from,
                to);
    }

    private static String currencyOf(ReportFields.Balance balance) {
        return balance == null ? null : balance.currency;
    }
}
