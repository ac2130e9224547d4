package org.coffer.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.SettlementScenario;
import org.coffer.sampledata.SettlementTruth;
import org.coffer.sampledata.SettlementTruth.Shape;
import org.coffer.server.reconciliation.MatchView;

/**
 * The generated settlement scenario, the orders its files may be imported in, and the matches its truth says a
 * reconciliation must find, each as the set of bank line references and the set of batch file names.
 */
final class SettlementScenarioFiles {

    /** A match by what it joins: bank line references (with a reversed collection) and batch file names. */
    record Key(Set<String> bankLines, Set<String> batches) {
    }

    final SettlementScenario.Written written;

    private SettlementScenarioFiles(SettlementScenario.Written written) {
        this.written = written;
    }

    static SettlementScenarioFiles write(Path dir) throws IOException {
        return new SettlementScenarioFiles(new SettlementScenario(8).write(dir));
    }

    /** The detail files that came on time, without the withheld one. */
    List<Path> detail() {
        return written.detailFiles().stream().map(GeneratedFile::path)
                .filter(p -> !p.getParent().getFileName().toString().equals(SettlementScenario.WITHHELD)).toList();
    }

    /** A file of the scenario by its name. */
    Path file(String name) {
        return dayByDay().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The files of the last week of April: a GOV.UK Pay batch paid short by more than the tolerance (which a person
     * matches by hand), an Allpay batch paid a few pence short (proposed), and the week's bank statement.
     */
    List<Path> lastWeekOfApril() {
        return List.of(file("govukpay-2025-04-24.csv"), file("allpay-2025-04-28.txt"),
                file("MAIN-settlements-2025-04-28.sta"));
    }

    Path withheld() {
        return written.detailFiles().get(written.detailFiles().size() - 1).path();
    }

    List<Path> bank() {
        return written.bankStatements().stream().map(GeneratedFile::path).toList();
    }

    /** Every file as it would arrive day by day: each day's detail, then each week's statement after its Friday. */
    List<Path> dayByDay() {
        List<Path> files = new ArrayList<>(detail());
        files.addAll(bank());
        files.sort(Comparator.comparing(SettlementScenarioFiles::arrival).thenComparing(Path::toString));
        return files;
    }

    private static LocalDate arrival(Path file) {
        String name = file.getFileName().toString();
        LocalDate day = LocalDate.parse(name.replaceAll(".*?(\\d{4}-\\d{2}-\\d{2}).*", "$1"));
        return name.startsWith("MAIN-") ? day.plusDays(7) : day.plusDays(1);
    }

    /** The matches the truth says are made at once, to the penny. */
    Set<Key> exactMatches() {
        Map<List<String>, Set<String>> byBatches = new LinkedHashMap<>();
        Set<Key> keys = new java.util.HashSet<>();
        for (SettlementTruth truth : written.truth()) {
            switch (truth.shape()) {
                case ONE_TO_ONE, MANY_TO_ONE -> keys.add(new Key(Set.of(truth.bankLine()), Set.copyOf(truth.batches())));
                case SPLIT -> byBatches.computeIfAbsent(truth.batches(), b -> new TreeSet<>()).add(truth.bankLine());
                case REVERSAL -> keys.add(new Key(Set.of(truth.bankLine(), truth.reverses()), Set.of()));
                default -> { }
            }
        }
        byBatches.forEach((batches, lines) -> keys.add(new Key(Set.copyOf(lines), Set.copyOf(batches))));
        return keys;
    }

    Set<Key> proposals() {
        return truths(Shape.WITHIN_TOLERANCE).stream()
                .map(t -> new Key(Set.of(t.bankLine()), Set.copyOf(t.batches()))).collect(Collectors.toSet());
    }

    List<SettlementTruth> truths(Shape shape) {
        return written.truth().stream().filter(t -> t.shape() == shape).toList();
    }

    /** A match in force as a key: references and file names without the ids the views add. */
    static Key key(MatchView match) {
        return new Key(match.bankLines().stream().map(SettlementScenarioFiles::withoutId).collect(Collectors.toSet()),
                match.batches().stream().map(SettlementScenarioFiles::withoutId).collect(Collectors.toSet()));
    }

    private static String withoutId(String text) {
        return text.replaceAll(" #\\d+$", "");
    }
}
