package org.coffer.plugins.layout;

import java.math.BigDecimal;
import org.coffer.plugin.api.ledger.JournalHeader;
import org.coffer.plugin.api.ledger.JournalLine;

/** The text of a named field on one journal line, in the layout's date, amount and sign conventions. */
final class LineValues {

    private final Layout layout;

    LineValues(Layout layout) {
        this.layout = layout;
    }

    String of(String field, JournalHeader header, JournalLine line) {
        if (field.startsWith(Fields.CONSTANT)) {
            return field.substring(Fields.CONSTANT.length());
        }
        if (field.startsWith(Fields.DIMENSION)) {
            return line.dimensions().getOrDefault(field.substring(Fields.DIMENSION.length()), "");
        }
        return switch (field) {
            case "runNumber" -> Long.toString(header.runNumber());
            case "journalNumber" -> Integer.toString(header.journalNumber());
            case "bankAccount" -> header.bankAccount();
            case "journalDate" -> layout.dates().format(header.journalDate());
            case "financialYear" -> Integer.toString(header.financialYear());
            case "period" -> Integer.toString(header.period());
            case "currency" -> header.currency();
            case "description" -> header.description();
            case "reversal" -> header.reversal() ? "Y" : "N";
            case "lineNumber" -> Long.toString(line.number());
            case "role" -> line.role().name();
            case "ledgerCode" -> line.ledgerCode();
            case "costCentre" -> line.costCentre();
            case "vatCode" -> line.vatCode();
            case "narrative" -> line.narrative();
            case "fund" -> line.fundCode();
            case "accountReference" -> line.accountReference();
            case "effectiveDate" -> layout.dates().format(line.effectiveDate());
            case "receiptCount" -> Long.toString(line.receiptCount());
            case "receiptId" -> line.receiptId().isPresent() ? Long.toString(line.receiptId().getAsLong()) : "";
            case "amount" -> amount(layout.sign() == Layout.Sign.SIGNED ? line.signedPence()
                    : line.debitPence() + line.creditPence());
            case "debit" -> sideAmount(line.debitPence());
            case "credit" -> sideAmount(line.creditPence());
            case "dc" -> line.isDebit() ? layout.debitFlag() : layout.creditFlag();
            default -> throw new IllegalStateException("the layout checked its fields, but not " + field);
        };
    }

    /** A debit or credit column: the amount, or blank or zero on a line of the other kind. */
    private String sideAmount(long pence) {
        return pence == 0 && !layout.zeroForEmptyAmount() ? "" : amount(pence);
    }

    private String amount(long pence) {
        return layout.pence() ? Long.toString(pence) : BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
