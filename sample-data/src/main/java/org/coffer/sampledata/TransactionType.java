package org.coffer.sampledata;

import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.LineKind;

/**
 * How a UK bank books one kind of money movement: the MT940 transaction type, the narrative prefix UK banks print
 * (BGC, FPI, ...) and the ISO 20022 bank transaction code written in camt.053.
 */
enum TransactionType {
    FASTER_PAYMENT(Channel.FASTER_PAYMENT, LineKind.PAYMENT, Direction.CREDIT, "NTRF", "FPI", "FPI",
            "PMNT", "RCDT", "DMCT"),
    BACS_CREDIT(Channel.BACS_CREDIT, LineKind.PAYMENT, Direction.CREDIT, "NTRF", "BGC", "BGC", "PMNT", "RCDT", "ATXN"),
    STANDING_ORDER(Channel.STANDING_ORDER, LineKind.PAYMENT, Direction.CREDIT, "NSTO", "STO", "STO",
            "PMNT", "RCDT", "STDO"),
    CHEQUE_PAID_IN(Channel.CHEQUE, LineKind.PAYMENT, Direction.CREDIT, "NCHK", "CHQ", "CHQ", "PMNT", "RCHQ", "CCHQ"),
    ALLPAY_SETTLEMENT(Channel.ALLPAY, LineKind.SETTLEMENT, Direction.CREDIT, "NTRF", "BGC", "BGC",
            "PMNT", "RCDT", "ATXN"),
    PAYPOINT_SETTLEMENT(Channel.PAYPOINT, LineKind.SETTLEMENT, Direction.CREDIT, "NTRF", "BGC", "BGC",
            "PMNT", "RCDT", "ATXN"),
    GOVUK_PAY_SETTLEMENT(Channel.GOVUK_PAY, LineKind.SETTLEMENT, Direction.CREDIT, "NMSC", "BGC", "BGC",
            "PMNT", "MCRD", "POSP"),
    CARD_SETTLEMENT(Channel.CARD_ONLINE, LineKind.SETTLEMENT, Direction.CREDIT, "NMSC", "BGC", "BGC",
            "PMNT", "MCRD", "POSP"),
    DIRECT_DEBIT_COLLECTION(Channel.DIRECT_DEBIT, LineKind.SETTLEMENT, Direction.CREDIT, "NDDT", "BGC", "BGC",
            "PMNT", "IDDT", "PMDD"),
    UNPAID_DIRECT_DEBIT(Channel.DIRECT_DEBIT, LineKind.REVERSAL, Direction.DEBIT, "NDDT", "DD", "DD UNPAID",
            "PMNT", "IDDT", "UPDD"),
    RETURNED_CHEQUE(Channel.CHEQUE, LineKind.REVERSAL, Direction.DEBIT, "NCHK", "CHQ", "CHQ RETURNED UNPAID",
            "PMNT", "RCHQ", "URCQ"),
    BANK_CHARGES(Channel.BANK_CHARGE, LineKind.FEE, Direction.DEBIT, "NCHG", "CHG", "CHG SERVICE CHARGES",
            "ACMT", "MDOP", "CHRG");

    final Channel channel;
    final LineKind kind;
    final Direction direction;
    /** The MT940 {@code :61:} transaction type identification. */
    final String mt940Type;
    /** The UK bank's own code, written as the camt.053 proprietary bank transaction code. */
    final String ukCode;
    /** How the narrative starts: the UK code, sometimes with the bank's wording. */
    final String narrativeLabel;
    final String camtDomain;
    final String camtFamily;
    final String camtSubFamily;

    TransactionType(Channel channel, LineKind kind, Direction direction, String mt940Type, String ukCode,
            String narrativeLabel, String camtDomain, String camtFamily, String camtSubFamily) {
        this.channel = channel;
        this.kind = kind;
        this.direction = direction;
        this.mt940Type = mt940Type;
        this.ukCode = ukCode;
        this.narrativeLabel = narrativeLabel;
        this.camtDomain = camtDomain;
        this.camtFamily = camtFamily;
        this.camtSubFamily = camtSubFamily;
    }
}
