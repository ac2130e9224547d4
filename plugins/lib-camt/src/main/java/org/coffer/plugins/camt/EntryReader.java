package org.coffer.plugins.camt;

import java.io.IOException;

/** Reads one {@code Ntry} element, with its transaction details, into {@link EntryFields}. */
public final class EntryReader {

    private final XmlCursor cursor;

    public EntryReader(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads the entry the cursor stands on, up to its end. */
    public EntryFields read(String path) throws IOException {
        EntryFields entry = new EntryFields(path, cursor.line());
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Amt" -> {
                    entry.currency = cursor.attribute("Ccy");
                    entry.amount = cursor.text();
                }
                case "CdtDbtInd" -> entry.creditDebit = cursor.text();
                case "RvslInd" -> entry.reversal = cursor.text();
                case "Sts" -> entry.status = cursor.textOrCode();
                case "BookgDt" -> entry.bookingDate = cursor.childText("Dt", "DtTm");
                case "ValDt" -> entry.valueDate = cursor.childText("Dt", "DtTm");
                case "AcctSvcrRef" -> entry.accountServicerReference = cursor.text();
                case "NtryRef" -> entry.entryReference = cursor.text();
                case "BkTxCd" -> entry.code = readCode();
                case "NtryDtls" -> readEntryDetails(entry);
                case "AddtlNtryInf" -> entry.additionalInfo = cursor.text();
                default -> cursor.skip();
            }
        }
        return entry;
    }

    private BankTransactionCode readCode() throws IOException {
        BankTransactionCode code = BankTransactionCode.NONE;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Domn" -> code = readDomain(code);
                case "Prtry" -> code = code.withProprietary(cursor.childText("Cd"));
                default -> cursor.skip();
            }
        }
        return code;
    }

    private BankTransactionCode readDomain(BankTransactionCode code) throws IOException {
        BankTransactionCode read = code;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Cd" -> read = read.withDomain(cursor.text());
                case "Fmly" -> read = readFamily(read);
                default -> cursor.skip();
            }
        }
        return read;
    }

    private BankTransactionCode readFamily(BankTransactionCode code) throws IOException {
        BankTransactionCode read = code;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Cd" -> read = read.withFamily(cursor.text());
                case "SubFmlyCd" -> read = read.withSubFamily(cursor.text());
                default -> cursor.skip();
            }
        }
        return read;
    }

    private void readEntryDetails(EntryFields entry) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Btch" -> {
                    entry.batch = true;
                    cursor.skip();
                }
                case "TxDtls" -> {
                    int number = entry.details.size() + 1;
                    cursor.number(number);
                    entry.details.add(readDetails(new DetailFields(number, cursor.line())));
                }
                default -> cursor.skip();
            }
        }
    }

    private DetailFields readDetails(DetailFields details) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Refs" -> readReferences(details);
                case "Amt" -> {
                    details.currency = cursor.attribute("Ccy");
                    details.amount = cursor.text();
                }
                case "AmtDtls" -> readAmountDetails(details);
                case "CdtDbtInd" -> details.creditDebit = cursor.text();
                case "BkTxCd" -> details.code = readCode();
                case "RltdPties" -> readParties(details);
                case "RmtInf" -> readRemittance(details);
                case "AddtlTxInf" -> details.additionalInfo = cursor.text();
                default -> cursor.skip();
            }
        }
        return details;
    }

    /**
     * {@code AmtDtls/TxAmt/Amt}: the amount of the transaction as booked, which version 2 gives only here. The
     * schema puts {@code TxDtls/Amt} first, so when it is there it has been read already and wins.
     */
    private void readAmountDetails(DetailFields details) throws IOException {
        while (cursor.nextChild()) {
            if ("TxAmt".equals(cursor.localName())) {
                while (cursor.nextChild()) {
                    if ("Amt".equals(cursor.localName()) && details.amount == null) {
                        details.currency = cursor.attribute("Ccy");
                        details.amount = cursor.text();
                    } else {
                        cursor.skip();
                    }
                }
            } else {
                cursor.skip();
            }
        }
    }

    private void readReferences(DetailFields details) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "EndToEndId" -> details.endToEndId = cursor.text();
                case "AcctSvcrRef" -> details.accountServicerReference = cursor.text();
                default -> cursor.skip();
            }
        }
    }

    private void readParties(DetailFields details) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Dbtr" -> details.debtorName = partyName();
                case "Cdtr" -> details.creditorName = partyName();
                default -> cursor.skip();
            }
        }
    }

    /** {@code Nm} directly (versions 2 to 7) or inside {@code Pty} (version 8). */
    private String partyName() throws IOException {
        String name = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Nm" -> name = cursor.text();
                case "Pty" -> name = partyName();
                default -> cursor.skip();
            }
        }
        return name;
    }

    private void readRemittance(DetailFields details) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Ustrd" -> details.unstructured.add(cursor.text());
                case "Strd" -> {
                    while (cursor.nextChild()) {
                        if ("CdtrRefInf".equals(cursor.localName()) && details.creditorReference == null) {
                            details.creditorReference = cursor.childText("Ref");
                        } else {
                            cursor.skip();
                        }
                    }
                }
                default -> cursor.skip();
            }
        }
    }
}
