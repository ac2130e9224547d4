package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The references the generator gives its debtors carry the check digits the demo council's rules expect. */
class DebtorsTest {

    @Test
    void computesThePublishedCheckDigits() {
        assertThat(Debtors.withCheck("12345678", new int[] {3, 7, 1, 3, 7, 1, 3, 7}, 10, true, '0'))
                .isEqualTo("123456780");
        assertThat(Debtors.withCheck("6110051368", new int[] {0, 0, 9, 7, 1, 4, 6, 3, 2, 8}, 10, true, '0'))
                .isEqualTo("61100513680");
        assertThat(Debtors.withCheck("059951434", new int[] {9, 8, 7, 6, 5, 4, 3, 2, 1}, 11, false, 'A'))
                .isEqualTo("059951434A");
        assertThat(Debtors.withCheck("122000012", new int[] {9, 8, 7, 6, 5, 4, 3, 2, 1}, 11, false, 'A'))
                .isEqualTo("122000012A");
    }

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
}
