package org.coffer.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;

/**
 * Writes GOV.UK Pay transaction reports as a service downloads them from the admin tool: one CSV row per payment,
 * refund or dispute, newest day last, with the awkward parts of the real files: negative refunds, declined payments,
 * the {@code '} guard before text that starts like a formula, separate date and time columns, and, in the Stripe
 * layout, a fee and net amount on each row. The same seed always gives the same bytes. Each money line the reader
 * must give back is counted: a payment or refund is one line, and a fee is a line of its own.
 */
public final class GovUkPayWriter {

    /** The two column layouts of the report. */
    public enum Layout {
        /** Stripe accounts: amounts as {@code 100} or {@code 3.17}, with Fee, Net and the fee breakdown columns. */
        STRIPE,
        /** Other providers: amounts as {@code "1,234.50"}, no fee columns, and two metadata columns. */
        LEDGER
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final int ROWS_PER_DAY = 40;
    private static final String STRIPE_HEADER = "Reference,Description,Email,Amount,Card Brand,Cardholder Name,"
            + "Card Expiry Date,Card Number,State,Finished,Error Code,Error Message,Provider ID,GOV.UK Payment ID,"
            + "Issued By,Date Created,Time Created,Corporate Card Surcharge,Total Amount,Wallet Type,Fee,Net,"
            + "Fee (transaction),Fee (3DS),Fee (fraud protection),Card Type,MOTO,Payment Provider,3-D Secure Required";
    private static final String LEDGER_HEADER = "Reference,Description,Email,Amount,Card Brand,Cardholder Name,"
            + "Card Expiry Date,Card Number,State,Finished,Error Code,Error Message,Provider ID,GOV.UK Payment ID,"
            + "Issued By,Date Created,Time Created,Corporate Card Surcharge,Total Amount,Wallet Type,Card Type,MOTO,"
            + "fund_code (metadata),ledger_code (metadata)";
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[] BRANDS = {"Visa", "Visa", "Mastercard", "Mastercard", "American Express"};
    private static final long DISPUTE_FEE_PENCE = 15_00;

    private final long seed;

    public GovUkPayWriter(long seed) {
        this.seed = seed;
    }

    /** Writes a report in the given layout holding exactly {@code lines} money lines. */
    public GeneratedFile write(Path file, int lines, Layout layout) throws IOException {
        return write(file, lines, layout, FIRST_DAY);
    }

    /** Writes a report as {@link #write(Path, int, Layout)} does, its rows from {@code firstDay}. */
    public GeneratedFile write(Path file, int lines, Layout layout, LocalDate firstDay) throws IOException {
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, was " + lines);
        }
        Report report = new Report(new SplittableRandom(seed), layout);
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.append(layout == Layout.STRIPE ? STRIPE_HEADER : LEDGER_HEADER).append('\n');
            LocalDate day = firstDay;
            for (int row = 0; report.lines < lines; row++) {
                if (row > 0 && row % ROWS_PER_DAY == 0) {
                    day = day.plusDays(1);
                }
                out.append(report.row(day, row, lines - report.lines));
            }
        }
        return new GeneratedFile(file, "govuk-pay", "GOV.UK Pay", 1, report.lines, report.creditPence,
                report.debitPence, report.lines <= GeneratedFile.ITEMISED_LIMIT ? report.expected : List.of());
    }

    /** The rows of one report, drawn from one random stream, and the money lines they hold. */
    private static final class Report {
        private final SplittableRandom random;
        private final Layout layout;
        private final Debtors debtors;
        private final StringBuilder text = new StringBuilder(512);
        private final List<ExpectedLine> expected = new ArrayList<>();
        private long lines;
        private long creditPence;
        private long debitPence;

        Report(SplittableRandom random, Layout layout) {
            this.random = random;
            this.layout = layout;
            this.debtors = new Debtors(random.split());
        }

        /** One row; {@code linesLeft} keeps the file to its exact number of money lines. */
        CharSequence row(LocalDate day, int number, long linesLeft) {
            text.setLength(0);
            Debtor debtor = debtors.pick(random);
            long pence = amountFor(debtor.fundCode());
            String reference = random.nextInt(50) == 0 ? "-" + debtor.reference()
                    : MessyReferences.write(debtor, random);
            int roll = random.nextInt(100);
            boolean stripe = layout == Layout.STRIPE;
            if (linesLeft == 1 || roll < 5) {
                appendRow(day, number, debtor, reference, -pence, -pence, 0, "Refund success");
            } else if (roll < 9) {
                appendRow(day, number, debtor, reference, pence, 0, stripe ? 1 : 0, "Declined");
            } else if (roll < 11) {
                appendRow(day, number, debtor, reference, pence, 0, 0, "Timed out");
            } else if (roll < 12 && linesLeft >= 2) {
                appendRow(day, number, debtor, reference, -pence, -pence, stripe ? DISPUTE_FEE_PENCE : 0,
                        "Dispute lost to customer");
            } else {
                long surcharge = random.nextInt(25) == 0 ? 1_50 : 0;
                long fee = stripe ? Math.max(1, (pence + surcharge) * 14 / 1000 + 20) : 0;
                appendRow(day, number, debtor, reference, pence, pence + surcharge, fee, "Success");
            }
            return text;
        }

        /**
         * @param totalPence the money that moved: the amount with any surcharge, zero when nothing was taken
         * @param feePence the provider's fee, a money line of its own when not zero
         */
        private void appendRow(LocalDate day, int number, Debtor debtor, String reference, long amountPence,
                long totalPence, long feePence, String state) {
            boolean moto = random.nextInt(30) == 0;
            appendPayerCells(debtor, reference, amountPence);
            appendStateCells(day, number, state);
            if (!state.startsWith("Dispute")) {
                amount(Math.max(0, totalPence - amountPence)).append(',');
                amount(totalPence);
            } else {
                text.append(',');
            }
            text.append(',').append(random.nextInt(20) == 0 ? "Apple Pay" : "").append(',');
            if (layout == Layout.STRIPE) {
                appendFees(feePence, totalPence);
            }
            text.append(random.nextBoolean() ? "credit" : "debit").append(',').append(moto);
            if (layout == Layout.STRIPE) {
                text.append(",stripe,").append(random.nextBoolean());
            } else {
                text.append(',').append(debtor.fundCode()).append(",LC-").append(debtor.fundCode());
            }
            text.append('\n');
            Channel channel = moto ? Channel.CARD_PHONE : Channel.GOVUK_PAY;
            if (totalPence != 0) {
                expect(day, totalPence, reference, totalPence < 0 ? LineKind.REVERSAL : LineKind.PAYMENT, channel,
                        debtor);
            }
            if (feePence != 0) {
                expect(day, -feePence, reference, LineKind.FEE, channel, debtor);
            }
        }

        /** The cells from Reference to Card Number. */
        private void appendPayerCells(Debtor debtor, String reference, long amountPence) {
            text(reference).append(',');
            text(description(debtor.fundCode())).append(',');
            text(emailOf(debtor)).append(',');
            amount(amountPence).append(',');
            text.append(BRANDS[random.nextInt(BRANDS.length)]).append(',');
            text(debtor.name()).append(',');
            text.append(1 + random.nextInt(12)).append('/').append(26 + random.nextInt(5)).append(',');
            Decimals.appendPadded(text, random.nextInt(10_000), 4).append(',');
        }

        /** The cells from State to Time Created. */
        private void appendStateCells(LocalDate day, int number, String state) {
            text.append(state).append(",true,");
            text.append(state.equals("Declined") ? "P0010,Payment method rejected" : state.equals("Timed out")
                    ? "P0020,Payment expired" : ",").append(',');
            text.append(state.startsWith("Dispute") ? "dp_" : "pi_").append(id(24)).append(',').append(id(26))
                    .append(',');
            text.append(state.startsWith("Refund") ? "income.team@fernley.gov.uk" : "").append(',');
            text.append(day.getDayOfMonth() < 10 ? "0" : "").append(day.getDayOfMonth()).append(' ')
                    .append(MONTHS[day.getMonthValue() - 1]).append(' ').append(day.getYear()).append(',');
            Decimals.appendTwoDigits(text, 8 + number % 12).append(':');
            Decimals.appendTwoDigits(text, number % 60).append(":00,");
        }

        private void appendFees(long feePence, long totalPence) {
            if (feePence == 0) {
                text.append(",,,,,");
                return;
            }
            amount(feePence).append(',');
            amount(totalPence - feePence).append(',');
            amount(feePence).append(",,,");
        }

        private void expect(LocalDate day, long signedPence, String reference, LineKind kind, Channel channel,
                Debtor debtor) {
            lines++;
            if (signedPence >= 0) {
                creditPence += signedPence;
            } else {
                debitPence -= signedPence;
            }
            if (lines <= GeneratedFile.ITEMISED_LIMIT) {
                String fund = kind == LineKind.FEE ? "" : debtor.fundCode();
                String trueReference = kind == LineKind.FEE ? "" : debtor.reference();
                expected.add(new ExpectedLine(day, signedPence, "GBP", reference, description(debtor.fundCode()),
                        channel, kind, fund, trueReference));
            }
        }

        /** Stripe's style ({@code 100}, {@code 3.17}) or the ledger's ({@code "1,234.50"}). */
        private StringBuilder amount(long pence) {
            if (layout == Layout.STRIPE) {
                if (pence < 0) {
                    text.append('-');
                }
                long unsigned = Math.abs(pence);
                text.append(unsigned / 100);
                return unsigned % 100 == 0 ? text : Decimals.appendTwoDigits(text.append('.'), (int) (unsigned % 100));
            }
            text.append('"').append(pence < 0 ? "-" : "");
            String pounds = Long.toString(Math.abs(pence) / 100);
            for (int i = 0; i < pounds.length(); i++) {
                if (i > 0 && (pounds.length() - i) % 3 == 0) {
                    text.append(',');
                }
                text.append(pounds.charAt(i));
            }
            return Decimals.appendTwoDigits(text.append('.'), (int) (Math.abs(pence) % 100)).append('"');
        }

        /** Payer text as the report writes it: a formula-like start guarded by {@code '}, quoted when needed. */
        private StringBuilder text(String value) {
            String guarded = !value.isEmpty() && "=@+-".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
            if (guarded.indexOf(',') < 0 && guarded.indexOf('"') < 0) {
                return text.append(guarded);
            }
            return text.append('"').append(guarded.replace("\"", "\"\"")).append('"');
        }

        private String id(int length) {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                int n = random.nextInt(36);
                chars[i] = (char) (n < 10 ? '0' + n : 'a' + n - 10);
            }
            return new String(chars);
        }

        private long amountFor(String fundCode) {
            return switch (fundCode) {
                case "CTAX" -> random.nextLong(8_000, 25_001);
                case "NNDR" -> random.nextLong(30_000, 600_001);
                case "HRENT" -> random.nextLong(9_000, 16_001);
                case "PARK" -> new long[] {3_500, 7_000, 10_500}[random.nextInt(3)];
                default -> random.nextLong(2_000, 200_001);
            };
        }

        private static String emailOf(Debtor debtor) {
            return debtor.reference().toLowerCase(Locale.ROOT) + "@example.org";
        }

        private static String description(String fundCode) {
            return switch (fundCode) {
                case "CTAX" -> "Pay your council tax";
                case "NNDR" -> "Pay your business rates";
                case "HRENT" -> "Pay your rent";
                case "PARK" -> "Pay a parking fine";
                default -> "Pay an invoice";
            };
        }
    }
}
