package org.coffer.server.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.coffer.server.config.CharacterSet;
import org.coffer.server.config.Council;
import org.coffer.server.config.CouncilLoader;
import org.coffer.server.config.Fund;
import org.coffer.server.config.MatchingRule;
import org.coffer.server.config.ReferenceRule;
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
        fernley = new ReferenceMatcher(TestingCouncil.fernleyWithoutHolders(dir));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"312345673", "312 345 673", "3123 45673", "ctax 312345673", "CTAX 312345673",
        "C TAX 312345673", "council tax 312345673", "REF 312345673", "Smith 312345673", "312345673 JAN",
        " 312-345-673 ", "CT312345673", "ct312345673", "CTAX 312 345 673", "PAID 312 345 673 2 OF 10"})
    void aMessyCouncilTaxReferenceGoesToCouncilTaxClean(String reference) {
        Allocation allocation = fernley.allocate(reference, "");

        assertThat(allocation).isEqualTo(new Allocation("CTAX", "312345673",
                "reference 312345673 passes the Council tax rule 'Council tax account'"));
    }

    @Test
    void aReferenceInTheNarrativeIsFoundWhenTheReferenceFieldIsEmpty() {
        Allocation allocation = fernley.allocate("", "FP J SMITH hr1234567 RENT");

        assertThat(allocation).isEqualTo(new Allocation("HRENT", "HR1234567",
                "reference HR1234567 passes the Housing rents rule 'Rent account before 2023'"));
    }

    @Test
    void oldAndNewFormatsOfOneFundBothPass() {
        assertThat(fernley.allocate("6123 4567 892", "").accountReference()).isEqualTo("61234567892");
        assertThat(fernley.allocate("RENT HR1234567", "").accountReference()).isEqualTo("HR1234567");
        assertThat(fernley.allocate("PCN-FB12345673", "")).extracting(Allocation::fundCode, Allocation::reason)
                .containsExactly("PARK", "reference FB12345673 passes the Parking and fixed penalty notices rule "
                        + "'Penalty charge notice'");
        assertThat(fernley.allocate("fp1234567a", "").accountReference()).isEqualTo("FP1234567A");
    }

    @Test
    void aReferenceWithAWrongCheckDigitGoesToSuspense() {
        Allocation allocation = fernley.allocate("312345674", "");

        assertThat(allocation).isEqualTo(new Allocation(Fund.SUSPENSE, "",
                "no fund's reference rules accept 312345674"));
    }

    @Test
    void aTransposedCouncilTaxReferenceShapedLikeBusinessRatesIsRefusedByTheCheckDigit() {
        assertThat(fernley.allocate("612345674", "").fundCode()).isEqualTo("NNDR");
        assertThat(fernley.allocate("162345674", "").fundCode()).isEqualTo(Fund.SUSPENSE);
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
        Allocation allocation = fernley.allocate("312345673 HR1234567", "");

        assertThat(allocation.fundCode()).isEqualTo(Fund.SUSPENSE);
        assertThat(allocation.accountReference()).isEmpty();
        assertThat(allocation.reason())
                .startsWith("more than one fund could take it: ")
                .contains("reference 312345673 passes the Council tax rule 'Council tax account'")
                .contains("reference HR1234567 passes the Housing rents rule 'Rent account before 2023'");
    }

    @Test
    void aReferenceTwoFundsAcceptGoesToSuspenseNamingBoth() {
        Council council = new Council("Overlap", "GBP", List.of(fund("CTAX", "Council tax", "[34][0-9]{8}"),
                fund("OLDCT", "Old council tax", "[0-9]{9}"), Fund.named(Fund.SUSPENSE, "Suspense")), List.of());

        Allocation allocation = new ReferenceMatcher(council).allocate("312345678", "");

        assertThat(allocation.fundCode()).isEqualTo(Fund.SUSPENSE);
        assertThat(allocation.reason()).isEqualTo("more than one fund could take it: "
                + "reference 312345678 passes the Council tax rule 'format'; "
                + "reference 312345678 passes the Old council tax rule 'format'");
    }

    @Test
    void theFirstMatchingRuleThatHoldsDecides() {
        Payment settlement = payment("ALLPAY FERNLEY 240405 312345673", "BGC ALLPAY LTD", 250_000, "ALLPAY");
        Allocation dwp = fernley.allocate(payment("312345673", "DWP CTAX DEDUCTIONS", 3_000, "BACS_CREDIT"));

        assertThat(fernley.allocateUnlessSettlement(settlement)).as("a statement's settlement is not posted").isEmpty();
        assertThat(fernley.allocate(settlement).fundCode()).as("a settlement is never posted to a fund")
                .isEqualTo(Fund.SUSPENSE);
        assertThat(fernley.allocateUnlessSettlement(payment("312345673", "DWP CTAX DEDUCTIONS", 3_000, "BACS_CREDIT")))
                .contains(dwp);
        assertThat(dwp).isEqualTo(new Allocation("CTAX", "312345673",
                "matching rule 'DWP deductions': DWP pays only council tax deducted from benefits"));
    }

    @Test
    void aRuleHoldsOnlyWhenAllItsConditionsDo() {
        Payment largeCheque = payment("612345674", "CHQ", 1_500_000, "CHEQUE");
        Payment smallCheque = payment("612345674", "CHQ", 150_000, "CHEQUE");
        Payment largeTransfer = payment("612345674", "FPI", 1_500_000, "FASTER_PAYMENT");

        assertThat(fernley.allocate(largeCheque).reason()).startsWith("matching rule 'Large cheques'");
        assertThat(fernley.allocate(smallCheque).fundCode()).isEqualTo("NNDR");
        assertThat(fernley.allocate(largeTransfer).fundCode()).isEqualTo("NNDR");
        assertThat(fernley.allocate(Payment.ofText("612345674", "CHQ")).fundCode()).isEqualTo("NNDR");
    }

    @Test
    void aDisabledFundOrAnAmountOverTheFundsLimitGoesToSuspense() {
        Fund closed = new Fund("OLD", "Old charges", "", "", Map.of(), "", OptionalLong.empty(), false,
                List.of(rule("[0-9]{5}")), false);
        Fund limited = new Fund("MKT", "Market stalls", "", "", Map.of(), "", OptionalLong.of(50_000), true,
                List.of(rule("M[0-9]{4}")), false);
        ReferenceMatcher matcher = new ReferenceMatcher(new Council("Limits", "GBP",
                List.of(closed, limited, Fund.named(Fund.SUSPENSE, "Suspense")), List.of()));

        assertThat(matcher.allocate("12345", "").reason()).isEqualTo(
                "reference 12345 passes the Old charges rule 'format', but that fund is not enabled");
        assertThat(matcher.allocate(payment("M1234", "", 50_001, "CASH")).reason()).isEqualTo(
                "reference M1234 passes the Market stalls rule 'format', but £500.01 is over the fund's limit of "
                        + "£500.00");
        assertThat(matcher.allocate(payment("M1234", "", 50_000, "CASH")).fundCode()).isEqualTo("MKT");
    }

    @Test
    void aMatchingRuleNamingADisabledFundHoldsThePaymentInSuspense() {
        Fund closed = new Fund("OLD", "Old charges", "", "", Map.of(), "", OptionalLong.empty(), false, List.of(), false);
        MatchingRule everything = new MatchingRule("Old scheme", List.of(), "OLD", "the old charging scheme");
        ReferenceMatcher matcher = new ReferenceMatcher(new Council("Closed", "GBP",
                List.of(closed, Fund.named(Fund.SUSPENSE, "Suspense")), List.of(), List.of(everything)));

        assertThat(matcher.allocate("12345", "")).isEqualTo(new Allocation(Fund.SUSPENSE, "",
                "matching rule 'Old scheme': the old charging scheme, but fund OLD is not enabled"));
    }

    @Test
    void aValidReferenceThatIsNoHoldersAccountGoesToSuspenseSayingSo(@TempDir Path dir) throws IOException {
        ReferenceMatcher matcher = new ReferenceMatcher(withCouncilTaxHolder(dir, "312345673"));

        assertThat(matcher.allocate("312345673", "")).extracting(Allocation::fundCode, Allocation::accountReference)
                .containsExactly("CTAX", "312345673");
        assertThat(matcher.allocate("312345686", "")).isEqualTo(new Allocation(Fund.SUSPENSE, "",
                "reference 312345686 passes the Council tax rule 'Council tax account', but no Council tax account "
                        + "has it"));
    }

    @Test
    void aFundWithoutHoldersLoadedTakesAnyReferenceItsRulesAccept(@TempDir Path dir) throws IOException {
        ReferenceMatcher matcher = new ReferenceMatcher(withCouncilTaxHolder(dir, "312345673"));

        assertThat(matcher.allocate("612345674", "").fundCode()).isEqualTo("NNDR");
    }

    @Test
    void aMistypedReferenceBesideTheRightOneDoesNotStopTheMatch(@TempDir Path dir) throws IOException {
        ReferenceMatcher matcher = new ReferenceMatcher(withCouncilTaxHolder(dir, "312345673"));

        assertThat(matcher.allocate("312345686", "J SMITH 312345673").accountReference()).isEqualTo("312345673");
        assertThat(matcher.allocate(payment("312345686 312345673", "DWP CTAX DEDUCTIONS", 3_000, "BACS_CREDIT")))
                .isEqualTo(new Allocation("CTAX", "312345673",
                        "matching rule 'DWP deductions': DWP pays only council tax deducted from benefits"));
    }

    /** Fernley with one council tax account holder, and none loaded for its other funds. */
    private static Council withCouncilTaxHolder(Path dir, String reference) throws IOException {
        Files.writeString(TestingCouncil.writeFernley(dir).resolve("account-holders.csv"),
                "reference,fund,name,address,balance\n" + reference + ",CTAX,J SMITH,1 MILL LANE,0.00\n",
                StandardCharsets.UTF_8);
        return CouncilLoader.load(dir);
    }

    private static Payment payment(String reference, String narrative, long pence, String channel) {
        return Payment.of(reference, narrative, pence, channel, "MAIN", "mt940", LocalDate.of(2025, 5, 1));
    }

    private static Fund fund(String code, String name, String pattern) {
        return new Fund(code, name, "", "", Map.of(), "", OptionalLong.empty(), true, List.of(rule(pattern)), false);
    }

    private static ReferenceRule rule(String pattern) {
        return new ReferenceRule("format", 1, 30, CharacterSet.LETTERS_AND_DIGITS,
                Optional.of(Pattern.compile(pattern)), Optional.empty(), Optional.empty());
    }
}
