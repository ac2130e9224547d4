package org.coffer.sampledata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Draws the lines a council's income account sees: residents' own payments (about 8% of them unidentifiable),
 * settlements from payment channels, a few unpaid direct debits and returned cheques, and a monthly bank charge.
 * Each instance is one stream: the same seed gives the same lines in the same order.
 */
final class IncomeLines {

    private static final String[] MONTH_NAMES = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};

    private final SplittableRandom random;
    private final Debtors debtors;
    private final TextRules text;
    private final String currency;
    private final String bankReferencePrefix;
    private long bankReferences;
    private long settlementBatches;
    private YearMonth chargedMonth;

    IncomeLines(SplittableRandom random, TextRules text, String currency, String bankReferencePrefix) {
        this.random = random;
        this.debtors = new Debtors(random.split());
        this.text = text;
        this.currency = currency;
        this.bankReferencePrefix = bankReferencePrefix;
    }

    /** The next line booked on {@code date}; the first line booked in a month is the bank's charge for the last. */
    StatementEntry next(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        if (!month.equals(chargedMonth)) {
            chargedMonth = month;
            return bankCharges(date);
        }
        int roll = random.nextInt(1000);
        if (roll < 930) {
            return residentPayment(date);
        }
        if (roll < 955) {
            return debtorLine(date, TransactionType.CHEQUE_PAID_IN, debtors.pick(random));
        }
        if (roll < 995) {
            return settlement(date);
        }
        return reversal(date);
    }

    private StatementEntry residentPayment(LocalDate date) {
        int roll = random.nextInt(100);
        TransactionType type = roll < 50 ? TransactionType.FASTER_PAYMENT
                : roll < 75 ? TransactionType.BACS_CREDIT : TransactionType.STANDING_ORDER;
        if (random.nextInt(100) < 9) {
            String payer = text.apply(Debtors.personName(random));
            return entry(date, type, between(500, 50_000), payer, MessyReferences.unidentifiable(random), "", "");
        }
        return debtorLine(date, type, debtors.pick(random));
    }

    private StatementEntry debtorLine(LocalDate date, TransactionType type, Debtor debtor) {
        return entry(date, type, amountFor(debtor.fundCode()), text.apply(debtor.name()),
                MessyReferences.write(debtor, random), debtor.fundCode(), debtor.reference());
    }

    private StatementEntry settlement(LocalDate date) {
        String batch = Decimals.appendYymmdd(new StringBuilder(12), date).append(' ')
                .append(++settlementBatches).toString();
        return switch (random.nextInt(9)) {
            case 0, 1 -> entry(date, TransactionType.ALLPAY_SETTLEMENT, between(200_000, 2_500_000), "ALLPAY LTD",
                    "ALLPAY FERNLEY " + batch, "", "");
            case 2, 3 -> entry(date, TransactionType.PAYPOINT_SETTLEMENT, between(100_000, 1_500_000), "PAYPOINT",
                    "PAYPOINT CLIENT 80231 " + batch, "", "");
            case 4, 5 -> entry(date, TransactionType.GOVUK_PAY_SETTLEMENT, between(300_000, 4_000_000), "GOV.UK PAY",
                    "GOVUK PAY PAYOUT " + batch, "", "");
            case 6, 7 -> entry(date, TransactionType.CARD_SETTLEMENT, between(100_000, 2_000_000), "WORLDPAY",
                    "WORLDPAY 4471882 " + batch, "", "");
            default -> entry(date, TransactionType.DIRECT_DEBIT_COLLECTION, between(15_000_000, 90_000_000),
                    "FERNLEY BC DD", "BACS DD COLLECTION " + batch, "", "");
        };
    }

    private StatementEntry reversal(LocalDate date) {
        Debtor debtor = debtors.pick(random);
        boolean cheque = debtor.fundCode().equals("PARK") || random.nextInt(10) < 3;
        TransactionType type = cheque ? TransactionType.RETURNED_CHEQUE : TransactionType.UNPAID_DIRECT_DEBIT;
        return entry(date, type, amountFor(debtor.fundCode()), text.apply(debtor.name()), debtor.reference(),
                debtor.fundCode(), debtor.reference());
    }

    private StatementEntry bankCharges(LocalDate date) {
        YearMonth charged = YearMonth.from(date).minusMonths(1);
        String reference = "ACCOUNT CHARGES " + MONTH_NAMES[charged.getMonthValue() - 1] + " " + charged.getYear();
        return entry(date, TransactionType.BANK_CHARGES, between(4_500, 40_000), "", reference, "", "");
    }

    /** Realistic amounts per fund: instalments for council tax, weeks of rent, the three PCN charge levels. */
    private long amountFor(String fundCode) {
        return switch (fundCode) {
            case "CTAX" -> between(8_000, 25_000);
            case "NNDR" -> between(30_000, 600_000);
            case "HRENT" -> between(9_000, 16_000) * new int[] {1, 1, 1, 2, 4}[random.nextInt(5)];
            case "PARK" -> new long[] {3_500, 7_000, 10_500}[random.nextInt(3)];
            default -> between(2_000, 200_000);
        };
    }

    private long between(long lowPence, long highPence) {
        return random.nextLong(lowPence, highPence + 1);
    }

    private StatementEntry entry(LocalDate date, TransactionType type, long pence, String counterparty,
            String reference, String trueFundCode, String trueReference) {
        String narrative = counterparty.isEmpty() ? type.narrativeLabel : type.narrativeLabel + " " + counterparty;
        long signed = pence * type.direction.sign();
        ExpectedLine line = new ExpectedLine(date, signed, currency, reference, narrative, type.channel, type.kind,
                trueFundCode, trueReference);
        String bankReference = Decimals.appendPadded(new StringBuilder(16).append(bankReferencePrefix),
                ++bankReferences, 10).toString();
        return new StatementEntry(line, type, counterparty, bankReference);
    }
}
