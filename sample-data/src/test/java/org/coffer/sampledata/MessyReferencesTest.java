package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MessyReferencesTest {

    private final List<Fund> funds = DemoCouncil.load().funds();

    @Test
    void someCouncilTaxReferencesAreMistypedIntoTheShapeOfBusinessRates() {
        List<String> written = write(new Debtor("CTAX", "312345673", "MRS J SMITH", "12 MILL LANE"));

        assertThat(written).contains("612345673").filteredOn(reference -> fund("NNDR").matches(reference))
                .containsOnly("612345673");
    }

    @Test
    void someNoticesAreMistypedIntoTheOtherKindOfNotice() {
        assertThat(write(new Debtor("PARK", "FB12345673", "J SMITH", "3 ELM CLOSE"))).contains("FP12345673");
    }

    private List<String> write(Debtor debtor) {
        SplittableRandom random = new SplittableRandom(3);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            written.add(MessyReferences.write(debtor, random));
        }
        return written;
    }

    private Fund fund(String code) {
        return funds.stream().filter(fund -> fund.code().equals(code)).findFirst().orElseThrow();
    }
}
