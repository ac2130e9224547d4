package org.coffer.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.sampledata.ExpectedLine;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.SettlementScenario;
import org.coffer.sampledata.SettlementTruth;
import org.coffer.sampledata.SettlementTruth.Shape;

/**
 * What the reconciliation reports must show for the settlement scenario, worked out from the files as the generator
 * wrote them (the statements' own balances read from their MT940 text) and its truth, never from the database.
 */
final class ScenarioFigures {

    /** Shapes the matcher settles at once; a proposal waits for a person, and the rest have no partner. */
    private static final Set<Shape> MATCHED = Set.of(Shape.ONE_TO_ONE, Shape.SPLIT, Shape.MANY_TO_ONE, Shape.REVERSAL);
    private static final Pattern BALANCE = Pattern.compile(":6([02])F:([CD])(\\d{6})GBP([0-9]+),([0-9]{2})");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final SettlementScenarioFiles scenario;
    private final Map<String, Shape> bankLineShapes = new HashMap<>();
    private final Map<String, Shape> batchShapes = new HashMap<>();

    ScenarioFigures(SettlementScenarioFiles scenario) {
        this.scenario = scenario;
        for (SettlementTruth truth : scenario.written.truth()) {
            bankLineShapes.put(truth.bankLine(), truth.shape());
            truth.batches().forEach(batch -> batchShapes.put(batch, truth.shape()));
        }
    }

    /**
     * Per statement day: opening balance, payments, settlements matched, settlements not matched (count and pence),
     * fees and other lines, closing balance, and the difference of closing from the rest.
     */
    Map<LocalDate, List<Long>> reconciledDays() {
        Map<LocalDate, List<Long>> days = new TreeMap<>();
        balances().forEach((day, balance) -> {
            long payments = 0;
            long matched = 0;
            long unmatchedCount = 0;
            long unmatched = 0;
            long other = 0;
            for (ExpectedLine line : bankLines(day)) {
                if (line.kind() == LineKind.PAYMENT || line.kind() == LineKind.REVERSAL) {
                    payments += line.signedPence();
                } else if (line.kind() == LineKind.SETTLEMENT && MATCHED.contains(shape(line))) {
                    matched += line.signedPence();
                } else if (line.kind() == LineKind.SETTLEMENT) {
                    unmatchedCount++;
                    unmatched += line.signedPence();
                } else {
                    other += line.signedPence();
                }
            }
            long difference = balance[1] - (balance[0] + payments + matched + unmatched + other);
            days.put(day, List.of(balance[0], payments, matched, unmatchedCount, unmatched, other, balance[1],
                    difference));
        });
        return days;
    }

    Map<LocalDate, Long> creditsByDay() {
        Map<LocalDate, Long> credits = new TreeMap<>();
        scenario.written.bankStatements().forEach(file -> file.expected().stream().filter(l -> l.signedPence() > 0)
                .forEach(line -> credits.merge(line.valueDate(), line.signedPence(), Long::sum)));
        return credits;
    }

    /** Per imported file: its settlement lines (a statement) or its batch (a detail file) matched, proposed, not. */
    Map<String, List<Long>> matchingByFile() {
        Map<String, List<Long>> files = new TreeMap<>();
        for (GeneratedFile file : scenario.written.bankStatements()) {
            files.put(name(file), tally(file.expected().stream().filter(l -> l.kind() == LineKind.SETTLEMENT)
                    .map(this::shape).toList()));
        }
        for (GeneratedFile file : detailImported()) {
            files.put(name(file), tally(List.of(batchShapes.getOrDefault(name(file), Shape.NOT_PAID))));
        }
        return files;
    }

    /**
     * Fees by "Month Channel" ({@code April 2025 GOVUK_PAY}): the fee lines of the GOV.UK Pay reports settled, and the
     * acquirer's fee of each card day settled, shared by channel in proportion to its sales, rounded down with the
     * pennies left to the channel that sold most.
     */
    Map<String, Long> feesByMonthAndChannel() {
        Map<String, Long> fees = new TreeMap<>();
        for (GeneratedFile file : settled("govuk-pay")) {
            file.expected().stream().filter(l -> l.kind() == LineKind.FEE).forEach(line -> fees.merge(
                    MONTH.format(line.valueDate()) + " " + line.channel(), -line.signedPence(), Long::sum));
        }
        for (GeneratedFile file : settled("barclaycard-merchant")) {
            Map<Channel, Long> sales = new TreeMap<>(Comparator.comparing(Channel::name));
            file.expected().stream().filter(l -> l.signedPence() > 0)
                    .forEach(line -> sales.merge(line.channel(), line.signedPence(), Long::sum));
            long fee = SettlementScenario.cardFee(file.creditPence());
            Channel most = sales.entrySet().stream().max(Map.Entry.<Channel, Long>comparingByValue()
                    .thenComparing(e -> e.getKey().name(), Comparator.reverseOrder())).orElseThrow().getKey();
            long shared = 0;
            String month = MONTH.format(file.expected().get(0).valueDate()) + " ";
            for (Map.Entry<Channel, Long> entry : sales.entrySet()) {
                long share = fee * entry.getValue() / file.creditPence();
                shared += share;
                fees.merge(month + entry.getKey(), share, Long::sum);
            }
            fees.merge(month + most, fee - shared, Long::sum);
        }
        fees.values().removeIf(pence -> pence == 0);
        return fees;
    }

    long govukPayFees() {
        return settled("govuk-pay").stream().flatMap(f -> f.expected().stream()).filter(l -> l.kind() == LineKind.FEE)
                .mapToLong(l -> -l.signedPence()).sum();
    }

    long cardFees() {
        return settled("barclaycard-merchant").stream().mapToLong(f -> SettlementScenario.cardFee(f.creditPence()))
                .sum();
    }

    private List<GeneratedFile> settled(String formatId) {
        return detailImported().stream().filter(f -> f.formatId().equals(formatId))
                .filter(f -> MATCHED.contains(batchShapes.get(name(f)))).toList();
    }

    private List<GeneratedFile> detailImported() {
        List<GeneratedFile> files = new ArrayList<>(scenario.written.detailFiles());
        files.remove(files.size() - 1);
        return files;
    }

    private Shape shape(ExpectedLine settlement) {
        return bankLineShapes.get(settlement.reference());
    }

    private List<ExpectedLine> bankLines(LocalDate day) {
        return scenario.written.bankStatements().stream().flatMap(f -> f.expected().stream())
                .filter(line -> line.valueDate().equals(day)).toList();
    }

    /** Each statement's opening and closing balance by its day, read from the MT940 text as the bank wrote it. */
    private Map<LocalDate, long[]> balances() {
        Map<LocalDate, long[]> balances = new TreeMap<>();
        for (GeneratedFile file : scenario.written.bankStatements()) {
            try {
                Matcher m = BALANCE.matcher(Files.readString(file.path(), StandardCharsets.UTF_8));
                while (m.find()) {
                    long pence = (m.group(2).equals("D") ? -1 : 1)
                            * (Long.parseLong(m.group(4)) * 100 + Long.parseLong(m.group(5)));
                    balances.computeIfAbsent(LocalDate.parse(m.group(3), YYMMDD), d -> new long[2])
                            [m.group(1).equals("0") ? 0 : 1] = pence;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return balances;
    }

    private static List<Long> tally(List<Shape> shapes) {
        long matched = shapes.stream().filter(MATCHED::contains).count();
        long proposed = shapes.stream().filter(s -> s == Shape.WITHIN_TOLERANCE).count();
        return List.of(matched, proposed, shapes.size() - matched - proposed);
    }

    private static String name(GeneratedFile file) {
        return file.path().getFileName().toString();
    }
}
