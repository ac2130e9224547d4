package org.coffer.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffer.sampledata.SettlementTruth.Shape;

/**
 * Writes four weeks of the demo council's channel detail files (Allpay on banking days; GOV.UK Pay and card payments
 * every day) and the MAIN account's statements whose settlement lines pay them, with the truth of which line pays
 * which batch in {@value #TRUTH_FILE}. Settlers pay a set number of banking days after a batch, skipping weekends and
 * bank holidays (Easter 2025 and the early May holiday fall in the span); GOV.UK Pay pays net of the fees its report
 * carries and the card acquirer net of a fee its file does not carry ({@value #CARD_FEE_BASIS_POINTS} basis points
 * of the day's sales, as the council's {@code settlers.csv} says). Among the ordinary days: one batch paid in two
 * lines, one line paying two days' batches, one line a few pence short, one line short by a dispute fee the report
 * does not show (more than the settler's tolerance, so a person matches it), one line whose detail file never came (it is
 * written into {@value #WITHHELD} instead, to arrive late), one batch never paid, and a direct debit collection
 * partly taken back by an unpaid direct debit. The same seed always gives the same bytes.
 */
public final class SettlementScenario {

    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 7);
    public static final int DAYS = 28;
    public static final String TRUTH_FILE = "settlement-truth.csv";
    /** The folder, inside the scenario's, of the detail file that did not come with the others. */
    public static final String WITHHELD = "withheld";
    public static final long CARD_FEE_BASIS_POINTS = 50;

    static final LocalDate SPLIT_DAY = LocalDate.of(2025, 4, 12);
    static final LocalDate MISSING_DAY = LocalDate.of(2025, 4, 10);
    static final LocalDate JOINED_FIRST_DAY = LocalDate.of(2025, 4, 15);
    static final LocalDate UNPAID_DAY = LocalDate.of(2025, 4, 23);
    static final LocalDate SHORT_DAY = LocalDate.of(2025, 4, 28);
    static final long SHORT_PENCE = 37;
    static final LocalDate DISPUTED_DAY = LocalDate.of(2025, 4, 24);
    static final long DISPUTE_FEE_PENCE = 15_00;

    private final long seed;

    public SettlementScenario(long seed) {
        this.seed = seed;
    }

    /** What was written: the detail files (the withheld one last), the bank statements and the truth. */
    public record Written(List<GeneratedFile> detailFiles, List<GeneratedFile> bankStatements,
            List<SettlementTruth> truth) {

        public Written {
            detailFiles = List.copyOf(detailFiles);
            bankStatements = List.copyOf(bankStatements);
            truth = List.copyOf(truth);
        }
    }

    public Written write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve(WITHHELD));
        List<GeneratedFile> details = new ArrayList<>();
        ScenarioBankLines bank = new ScenarioBankLines(seed);
        List<SettlementTruth> truth = new ArrayList<>();
        GeneratedFile withheld = null;
        GeneratedFile joinedFirst = null;
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = FIRST_DAY.plusDays(i);
            if (BankingDays.isBankingDay(day)) {
                boolean missing = day.equals(MISSING_DAY);
                Path folder = missing ? dir.resolve(WITHHELD) : dir;
                GeneratedFile allpay = new DetailFiles(seed ^ salt(day, 1))
                        .allpay(folder.resolve("allpay-" + day + ".txt"), 20, day);
                if (missing) {
                    withheld = allpay;
                } else {
                    details.add(allpay);
                }
                if (day.equals(JOINED_FIRST_DAY)) {
                    joinedFirst = allpay;
                } else if (day.equals(JOINED_FIRST_DAY.plusDays(1))) {
                    truth.add(bank.settle("ALLPAY", BankingDays.after(day, 1), net(joinedFirst) + net(allpay),
                            Shape.MANY_TO_ONE, List.of(name(joinedFirst), name(allpay))));
                } else {
                    long pence = net(allpay) - (day.equals(SHORT_DAY) ? SHORT_PENCE : 0);
                    Shape shape = missing ? Shape.NO_DETAIL : day.equals(SHORT_DAY) ? Shape.WITHIN_TOLERANCE
                            : Shape.ONE_TO_ONE;
                    truth.add(bank.settle("ALLPAY", BankingDays.after(day, 1), pence, shape,
                            missing ? List.of() : List.of(name(allpay))));
                }
            }
            GeneratedFile govukPay = new GovUkPayWriter(seed ^ salt(day, 2))
                    .write(dir.resolve("govukpay-" + day + ".csv"), 24, GovUkPayWriter.Layout.STRIPE, day);
            details.add(govukPay);
            LocalDate payout = BankingDays.after(day, 2);
            if (day.equals(SPLIT_DAY)) {
                long first = net(govukPay) * 3 / 5;
                truth.add(bank.settle("GOVUKPAY", payout, first, Shape.SPLIT, List.of(name(govukPay))));
                truth.add(bank.settle("GOVUKPAY", payout, net(govukPay) - first, Shape.SPLIT,
                        List.of(name(govukPay))));
            } else if (day.equals(DISPUTED_DAY)) {
                truth.add(bank.settle("GOVUKPAY", payout, net(govukPay) - DISPUTE_FEE_PENCE, Shape.BEYOND_TOLERANCE,
                        List.of(name(govukPay))));
            } else {
                truth.add(bank.settle("GOVUKPAY", payout, net(govukPay), Shape.ONE_TO_ONE, List.of(name(govukPay))));
            }
            GeneratedFile card = new CardSettlementWriter(seed ^ salt(day, 3))
                    .write(dir.resolve("card-" + day + ".csv"), 30, day);
            details.add(card);
            long cardPence = net(card) - cardFee(card.creditPence());
            if (day.equals(UNPAID_DAY)) {
                truth.add(new SettlementTruth("", day, cardPence, "CARD", Shape.NOT_PAID, List.of(name(card)), ""));
            } else {
                truth.add(bank.settle("CARD", BankingDays.after(day, 1), cardPence, Shape.ONE_TO_ONE,
                        List.of(name(card))));
            }
        }
        truth.addAll(bank.directDebits());
        details.add(withheld);
        List<GeneratedFile> statements = bank.write(dir, DemoCouncil.load().account("MAIN")
                .sortCodeAndAccountNumber());
        writeTruth(dir.resolve(TRUTH_FILE), truth);
        return new Written(details, statements, truth);
    }

    /** The fee the card acquirer keeps of a day's sales, rounded half up to the penny. */
    public static long cardFee(long salesPence) {
        return (salesPence * CARD_FEE_BASIS_POINTS + 5_000) / 10_000;
    }

    private static long net(GeneratedFile file) {
        return file.creditPence() - file.debitPence();
    }

    private static String name(GeneratedFile file) {
        return file.path().getFileName().toString();
    }

    private static long salt(LocalDate day, int channel) {
        return day.toEpochDay() * 31 + channel;
    }

    private static void writeTruth(Path file, List<SettlementTruth> truth) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(SettlementTruth.CSV_HEADER);
        truth.forEach(t -> lines.add(t.csv()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
