package org.coffer.server.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;
import org.coffer.server.config.TestingCouncil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceMatcherTest {

    private static ReferenceMatcher fernley;

    @BeforeAll
    static void loadCouncil(@TempDir Path dir) {
        fernley = new ReferenceMatcher(TestingCouncil.fernley(dir));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"312345678", "312 345 678", "3123 45678", "ctax 312345678", "CTAX 312345678",
        "C TAX 312345678", "council tax 312345678", "REF 312345678", "Smith 312345678", "312345678 JAN",
        " 312-345-678 ", "CT312345678", "ct312345678", "CTAX 312 345 678"})
    void aMessyCouncilTaxReferenceGoesToCouncilTaxClean(String reference) {
        Allocation allocation = fernley.allocate(reference, "");

        assertThat(allocation.fundCode()).isEqualTo("CTAX");
        assertThat(allocation.accountReference()).isEqualTo("312345678");
        assertThat(allocation.reason()).isEqualTo("reference 312345678 matches the Council tax reference format");
    }

    @Test
    void aReferenceInTheNarrativeIsFoundWhenTheReferenceFieldIsEmpty() {
        Allocation allocation = fernley.allocate("", "FP J SMITH hr1234567 RENT");

        assertThat(allocation).isEqualTo(new Allocation("HRENT", "HR1234567",
                "reference HR1234567 matches the Housing rents reference format"));
    }

    @Test
    void aReferenceNoFundRecognisesGoesToSuspenseSayingSo() {
        Allocation allocation = fernley.allocate("999 999 999", "");

        assertThat(allocation.fundCode()).isEqualTo(Fund.SUSPENSE);
        assertThat(allocation.accountReference()).isEmpty();
        assertThat(allocation.reason()).isEqualTo("no fund's reference format matches 999999999");
    }

    @Test
    void wordsThatAreNoReferenceGoToSuspenseQuotingThem() {
        Allocation allocation = fernley.allocate("THANK YOU", "");

        assertThat(allocation).isEqualTo(new Allocation(Fund.SUSPENSE, "",
                "'THANK YOU' does not look like any fund's reference"));
    }

    @Test
    void aPaymentWithoutAnyReferenceGoesToSuspenseSayingSo() {
        Allocation allocation = fernley.allocate("", "");

        assertThat(allocation).isEqualTo(new Allocation(Fund.SUSPENSE, "", "the payment carries no reference"));
    }

    @Test
    void referencesOfTwoFundsGoToSuspenseNamingBoth() {
        Allocation allocation = fernley.allocate("312345678 HR1234567", "");

        assertThat(allocation.fundCode()).isEqualTo(Fund.SUSPENSE);
        assertThat(allocation.accountReference()).isEmpty();
        assertThat(allocation.reason())
                .startsWith("more than one fund could take it: ")
                .contains("reference 312345678 matches the Council tax reference format")
                .contains("reference HR1234567 matches the Housing rents reference format");
    }

    @Test
    void aReferenceTwoFundFormatsAcceptGoesToSuspenseNamingBoth() {
        Council council = new Council("Overlap", "GBP", List.of(
                new Fund("CTAX", "Council tax", Optional.of(Pattern.compile("[34][0-9]{8}")), "R1001"),
                new Fund("OLDCT", "Old council tax", Optional.of(Pattern.compile("[0-9]{9}")), "R1009"),
                new Fund(Fund.SUSPENSE, "Suspense", Optional.empty(), "S9999")), List.of());

        Allocation allocation = new ReferenceMatcher(council).allocate("312345678", "");

        assertThat(allocation.fundCode()).isEqualTo(Fund.SUSPENSE);
        assertThat(allocation.reason()).isEqualTo("more than one fund could take it: "
                + "reference 312345678 matches the Council tax reference format; "
                + "reference 312345678 matches the Old council tax reference format");
    }
}
