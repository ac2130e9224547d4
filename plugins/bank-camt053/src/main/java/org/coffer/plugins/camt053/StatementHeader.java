package org.coffer.plugins.camt053;

import java.time.LocalDate;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.plugins.camt.CamtDate;
import org.coffer.plugins.camt.InvalidFieldException;
import org.coffer.plugins.camt.LineText;

/**
 * The checked opening of a statement: which account, which statement, which days. It is taken when the first
 * entry is reached, by which point the schema has given every element it is made from.
 */
final class StatementHeader {

    private final StatementFields fields;
    private final String account;
    private final String sequence;
    private final LocalDate from;
    private final LocalDate to;

    private StatementHeader(StatementFields fields, String account, String sequence, LocalDate from, LocalDate to) {
        this.fields = fields;
        this.account = account;
        this.sequence = sequence;
        this.from = from;
        this.to = to;
    }

    /**
     * The header of the statement read so far. Its days are {@code FrToDt}, else the dates of the opening and
     * closing balances.
     */
    static StatementHeader of(StatementFields fields) throws InvalidFieldException {
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
                    "the statement ends (" + to + ") before it starts (" + from + ")");
        }
        return new StatementHeader(fields, account.strip(), sequence.strip(), from, to);
    }

    /** The statement's last day, for entries that give no date of their own; {@code null} when unknown. */
    LocalDate lastDay() {
        return to;
    }

    /**
     * @param firstLineCurrency the currency of the statement's first line, used when neither the account nor a
     *     balance gives one; {@code null} when the statement has no lines
     */
    StatementStart start(String firstLineCurrency) throws InvalidFieldException {
        String currency = LineText.firstOf(fields.accountCurrency, currencyOf(fields.openingBalance()),
                currencyOf(fields.closing), firstLineCurrency);
        if (currency.isEmpty()) {
            throw InvalidFieldException.missing("Acct/Ccy");
        }
        return new StatementStart(new Location(fields.line, fields.path), account, sequence, currency.strip(), from,
                to);
    }

    private static String currencyOf(StatementFields.Balance balance) {
        return balance == null ? null : balance.currency;
    }
}
