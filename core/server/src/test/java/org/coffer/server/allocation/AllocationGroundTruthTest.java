package org.coffer.server.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.sampledata.DemoCouncil;
import org.coffer.sampledata.DemoCouncilGenerator;
import org.coffer.sampledata.ExpectedLine;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.server.config.Fund;
import org.coffer.server.config.TestingCouncil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matcher measured against the generator's ground truth: two years of the demo council's statements, each line
 * allocated from its reference and narrative as the format plugins deliver them, and compared with the fund and
 * account the generator knows the payment belongs to.
 */
class AllocationGroundTruthTest {

    private static final int LINES_PER_BANKING_DAY = 12;

    private record Outcome(ExpectedLine line, Allocation allocation) {

        boolean posted() {
            return line.kind() == LineKind.PAYMENT || line.kind() == LineKind.REVERSAL;
        }

        /** The payer wrote their true reference somewhere in the line, in whatever spacing and case. */
        boolean validAsWritten() {
            return !line.trueReference().isEmpty() && compact(line.reference() + " " + line.narrative())
                    .contains(line.trueReference());
        }

        boolean toTrueFund() {
            return allocation.fundCode().equals(line.trueFundCode());
        }

        boolean toWrongFund() {
            return !allocation.fundCode().equals(Fund.SUSPENSE) && !toTrueFund();
        }

        long pence() {
            return Math.abs(line.signedPence());
        }
    }

    private static final List<Outcome> outcomes = new ArrayList<>();

    @BeforeAll
    static void allocateTwoYearsOfStatements(@TempDir Path dir) throws IOException {
        ReferenceMatcher matcher = new ReferenceMatcher(TestingCouncil.fernley(dir.resolve("council")));
        for (GeneratedFile file : new DemoCouncilGenerator(5).generate(dir.resolve("files"), LINES_PER_BANKING_DAY)) {
            assertThat(file.itemised()).as("%s keeps its expected lines", file.path()).isTrue();
            for (ExpectedLine line : file.expected()) {
                Payment payment = Payment.of(line.reference(), line.narrative(), line.signedPence(),
                        line.channel().name(), file.account(), file.formatId(), line.valueDate());
                outcomes.add(new Outcome(line, matcher.allocate(payment)));
            }
        }
    }

    @Test
    void noLineIsEverAllocatedToAWrongFund() {
        assertThat(outcomes).hasSizeGreaterThan(10_000);
        assertThat(outcomes).filteredOn(Outcome::toWrongFund).isEmpty();
    }

    @Test
    void aReferenceMistypedIntoAnotherFundsShapeIsNotTakenByThatFund() {
        List<org.coffer.sampledata.Fund> funds = DemoCouncil.load().funds();
        List<Outcome> shapedLikeAnotherFund = outcomes.stream().filter(Outcome::posted)
                .filter(o -> funds.stream().anyMatch(fund -> !fund.code().equals(o.line().trueFundCode())
                        && fund.matches(o.line().reference())))
                .toList();

        assertThat(shapedLikeAnotherFund).hasSizeGreaterThan(50)
                .allSatisfy(o -> assertThat(o.allocation().fundCode()).as(o.line().reference())
                        .isEqualTo(Fund.SUSPENSE));
    }

    @Test
    void atLeast95PercentOfPaymentsWithAValidReferenceAreAllocatedToTheirFund() {
        List<Outcome> valid = outcomes.stream().filter(Outcome::posted).filter(Outcome::validAsWritten).toList();
        List<Outcome> identifiable = outcomes.stream().filter(Outcome::posted)
                .filter(o -> !o.line().trueFundCode().isEmpty()).toList();
        List<Outcome> posted = outcomes.stream().filter(Outcome::posted).toList();

        double validRate = share(valid);
        double validValueRate = valueShare(valid);
        System.out.printf(Locale.ROOT, "Allocation against ground truth (%d lines): %.2f%% of %d payments with a valid "
                + "reference (%.2f%% of their value); %.2f%% of %d identifiable payments (%.2f%% of value); "
                + "%.2f%% of all %d posted lines (%.2f%% of value); wrong fund: %d; right fund but another "
                + "account, from a typo that keeps its check digit: %d%n", outcomes.size(),
                validRate, valid.size(), validValueRate, share(identifiable), identifiable.size(),
                valueShare(identifiable), share(posted), posted.size(), valueShare(posted),
                outcomes.stream().filter(Outcome::toWrongFund).count(),
                outcomes.stream().filter(Outcome::toTrueFund).filter(o -> !o.line().trueReference().isEmpty())
                        .filter(o -> !o.allocation().accountReference().equals(o.line().trueReference())).count());
        assertThat(validRate).isGreaterThanOrEqualTo(95.0);
        assertThat(validValueRate).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void noPaymentIsPostedToSomebodyElsesAccount() {
        assertThat(outcomes).filteredOn(Outcome::toTrueFund).filteredOn(o -> !o.line().trueReference().isEmpty())
                .filteredOn(o -> !o.allocation().accountReference().isEmpty())
                .allSatisfy(o -> assertThat(o.allocation().accountReference()).as(o.line().reference())
                        .isEqualTo(o.line().trueReference()));
    }

    @Test
    void aPaymentAllocatedFromItsWrittenReferenceCarriesItsTrueAccount() {
        assertThat(outcomes).filteredOn(Outcome::validAsWritten).filteredOn(Outcome::toTrueFund)
                .allSatisfy(o -> assertThat(o.allocation().accountReference()).as(o.line().reference())
                        .isEqualTo(o.line().trueReference()));
    }

    private static double share(List<Outcome> lines) {
        return 100.0 * lines.stream().filter(Outcome::toTrueFund).count() / lines.size();
    }

    private static double valueShare(List<Outcome> lines) {
        long all = lines.stream().mapToLong(Outcome::pence).sum();
        long matched = lines.stream().filter(Outcome::toTrueFund).mapToLong(Outcome::pence).sum();
        return 100.0 * matched / all;
    }

    private static String compact(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                compact.append(c);
            }
        }
        return compact.toString();
    }
}
