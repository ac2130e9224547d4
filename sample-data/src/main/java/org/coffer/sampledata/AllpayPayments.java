package org.coffer.sampledata;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Draws the payments residents make at the Post Office, PayPoint and Payzone counters and by Allpay's phone and
 * online services, with a council's usual amounts per fund, plus the odd cash adjustment and returned cheque. The
 * reference is the account reference on the payer's bill or swipe card, so it is always clean.
 */
final class AllpayPayments {

    private final SplittableRandom random;
    private final Debtors debtors;
    private final String currency;
    private final String siteCode;

    /** Payments to the client whose site code heads each line, which readers give as the line's narrative. */
    AllpayPayments(SplittableRandom random, String currency, String siteCode) {
        this.random = random;
        this.debtors = new Debtors(random.split());
        this.currency = currency;
        this.siteCode = siteCode;
    }

    AllpayPayment next(LocalDate date) {
        AllpayChannel channel = AllpayChannel.forRoll(random.nextInt(100));
        Debtor debtor = debtors.pick(random);
        long pence = channel == AllpayChannel.CASH_ADJUSTMENT ? random.nextLong(1, 2_001) : amountFor(debtor);
        long signed = channel == AllpayChannel.RETURNED_CHEQUE ? -pence : pence;
        ExpectedLine line = new ExpectedLine(date, signed, currency, debtor.reference(), siteCode, channel.channel,
                channel.kind, debtor.fundCode(), debtor.reference());
        return new AllpayPayment(line, channel);
    }

    /** Counter payments are smaller than bank transfers: part instalments, a week's rent, a PCN. */
    private long amountFor(Debtor debtor) {
        return switch (debtor.fundCode()) {
            case "CTAX" -> random.nextLong(1_000, 20_001);
            case "NNDR" -> random.nextLong(5_000, 100_001);
            case "HRENT" -> random.nextLong(2_000, 16_001);
            case "PARK" -> new long[] {3_500, 7_000, 10_500}[random.nextInt(3)];
            default -> random.nextLong(1_000, 50_001);
        };
    }
}
