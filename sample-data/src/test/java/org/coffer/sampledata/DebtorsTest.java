package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generator's payers are the demo council's account holders, with the references its rules expect. */
class DebtorsTest {

    @Test
    void everyDebtorsReferenceHasItsFundsShape() {
        List<Fund> funds = DemoCouncil.load().funds();
        Debtors debtors = new Debtors(new SplittableRandom(7));
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 2_000; i++) {
            Debtor debtor = debtors.pick(random);
            Fund fund = funds.stream().filter(f -> f.code().equals(debtor.fundCode())).findFirst().orElseThrow();
            assertThat(fund.matches(debtor.reference())).as("%s %s", debtor.fundCode(), debtor.reference()).isTrue();
            assertThat(funds).filteredOn(other -> other.matches(debtor.reference())).as(debtor.reference())
                    .containsExactly(fund);
        }
    }

    @Test
    void thePayersAreTheCouncilsWhateverTheSeed() {
        Debtors one = new Debtors(new SplittableRandom(1));
        Debtors other = new Debtors(new SplittableRandom(2));
        SplittableRandom oneRandom = new SplittableRandom(3);
        SplittableRandom otherRandom = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            assertThat(one.pick(oneRandom)).isEqualTo(other.pick(otherRandom));
        }
    }
}
