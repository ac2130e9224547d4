package org.coffer.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.sampledata.SettlementTruth.Shape;

/**
 * The MAIN account's lines in the settlement scenario: the settlers' lines as they are planned, a few residents' own
 * payments each banking day, and a direct debit collection with an unpaid direct debit taking part of it back.
 * Written as MT940, one statement per banking day and one file per week, balances carried over.
 */
final class ScenarioBankLines {

    static final LocalDate COLLECTION_DAY = LocalDate.of(2025, 4, 10);
    static final LocalDate UNPAID_DAY = LocalDate.of(2025, 4, 15);
    private static final long OPENING_PENCE = 500_000_00L;
    private static final int RESIDENT_PAYMENTS_A_DAY = 3;

    private final SplittableRandom random;
    private final Debtors debtors;
    private final TreeMap<LocalDate, List<StatementEntry>> byDay = new TreeMap<>();
    private long bankReferences;
    private long batches;

    ScenarioBankLines(long seed) {
        this.random = new SplittableRandom(seed);
        this.debtors = new Debtors(random.split());
    }

    /** Plans a settler's credit on a banking day and returns its truth. */
    SettlementTruth settle(String settler, LocalDate day, long pence, Shape shape, List<String> batchFiles) {
        String batch = Decimals.appendYymmdd(new StringBuilder(12), day).append(' ').append(++batches).toString();
        TransactionType type;
        String counterparty;
        String reference;
        switch (settler) {
            case "ALLPAY" -> {
                type = TransactionType.ALLPAY_SETTLEMENT;
                counterparty = "ALLPAY LTD";
                reference = "ALLPAY FERNLEY " + batch;
            }
            case "GOVUKPAY" -> {
                type = TransactionType.GOVUK_PAY_SETTLEMENT;
                counterparty = "GOV.UK PAY";
                reference = "GOVUK PAY PAYOUT " + batch;
            }
            case "CARD" -> {
                type = TransactionType.CARD_SETTLEMENT;
                counterparty = "BARCLAYCARD";
                reference = "BARCLAYCARD MERCHANT " + CardSettlementWriter.MERCHANT_ID + " " + batch;
            }
            default -> throw new IllegalArgumentException("settler '" + settler + "' is not one of the scenario's");
        }
        add(day, type, pence, counterparty, reference, type.channel);
        return new SettlementTruth(reference, day, pence, settler, shape, batchFiles, "");
    }

    /** A Bacs direct debit collection, which no detail file itemises, and an unpaid direct debit reversing part of it. */
    List<SettlementTruth> directDebits() {
        String batch = Decimals.appendYymmdd(new StringBuilder(12), COLLECTION_DAY).append(" 1").toString();
        String collection = "BACS DD COLLECTION " + batch;
        String unpaid = "BACS DD UNPAID " + batch;
        long collected = 18_456_20L;
        long returned = 112_00L;
        add(COLLECTION_DAY, TransactionType.DIRECT_DEBIT_COLLECTION, collected, "FERNLEY BC DD", collection,
                Channel.DIRECT_DEBIT);
        add(UNPAID_DAY, TransactionType.UNPAID_DIRECT_DEBIT, -returned, "FERNLEY BC DD", unpaid, Channel.DIRECT_DEBIT);
        return List.of(new SettlementTruth(collection, COLLECTION_DAY, collected, "BACSDD", Shape.NO_DETAIL, List.of(),
                ""), new SettlementTruth(unpaid, UNPAID_DAY, -returned, "BACSDD", Shape.REVERSAL, List.of(), collection));
    }

    /** Writes one MT940 file per week, {@code MAIN-settlements-<monday>.sta}, from the first day to the last line. */
    List<GeneratedFile> write(Path dir, String accountId) throws IOException {
        LocalDate last = byDay.isEmpty() ? SettlementScenario.FIRST_DAY : byDay.lastKey();
        List<GeneratedFile> files = new ArrayList<>();
        long balance = OPENING_PENCE;
        int sequence = 0;
        for (LocalDate monday = SettlementScenario.FIRST_DAY.with(DayOfWeek.MONDAY); !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            Path file = dir.resolve("MAIN-settlements-" + monday + ".sta");
            FileTally tally = new FileTally();
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8))) {
                Mt940Writer writer = new Mt940Writer(out, accountId, false);
                for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)) && !day.isAfter(last);
                        day = day.plusDays(1)) {
                    if (BankingDays.isBankingDay(day)) {
                        Statement statement = Statement.of(++sequence, day, "GBP", balance, dayLines(day));
                        writer.write(statement);
                        tally.add(statement);
                        balance = statement.closingPence();
                    }
                }
                writer.finish();
            }
            files.add(tally.toGeneratedFile(file, "mt940", accountId));
        }
        return files;
    }

    /** Residents' own payments first, then the settlers' lines in the order planned. */
    private List<StatementEntry> dayLines(LocalDate day) {
        List<StatementEntry> entries = new ArrayList<>();
        for (int i = 0; i < RESIDENT_PAYMENTS_A_DAY; i++) {
            Debtor debtor = debtors.pick(random);
            long pence = random.nextLong(20_00, 300_01);
            String narrative = TransactionType.FASTER_PAYMENT.narrativeLabel + " " + debtor.name();
            ExpectedLine line = new ExpectedLine(day, pence, "GBP", debtor.reference(), narrative,
                    Channel.FASTER_PAYMENT, LineKind.PAYMENT, debtor.fundCode(), debtor.reference());
            entries.add(new StatementEntry(line, TransactionType.FASTER_PAYMENT, debtor.name(), bankReference()));
        }
        entries.addAll(byDay.getOrDefault(day, List.of()));
        return entries;
    }

    private void add(LocalDate day, TransactionType type, long signedPence, String counterparty, String reference,
            Channel channel) {
        if (!BankingDays.isBankingDay(day)) {
            throw new IllegalArgumentException(day + " is not a banking day");
        }
        String narrative = type.narrativeLabel + " " + counterparty;
        ExpectedLine line = new ExpectedLine(day, signedPence, "GBP", reference, narrative, channel,
                LineKind.SETTLEMENT, "", "");
        byDay.computeIfAbsent(day, d -> new ArrayList<>())
                .add(new StatementEntry(line, type, counterparty, bankReference()));
    }

    private String bankReference() {
        return Decimals.appendPadded(new StringBuilder(12).append("SR"), ++bankReferences, 8).toString();
    }
}
