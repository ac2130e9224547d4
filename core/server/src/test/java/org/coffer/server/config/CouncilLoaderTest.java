package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.coffer.server.CofferException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CouncilLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheDemoCouncil() {
        Council council = CouncilLoader.load(TestingCouncil.writeFernley(dir));

        assertThat(council.name()).isEqualTo("Fernley Borough Council");
        assertThat(council.currency()).isEqualTo("GBP");
        assertThat(council.funds()).extracting(Fund::code)
                .containsExactly("CTAX", "NNDR", "HRENT", "PARK", "SUND", "SUSP");
        assertThat(council.funds()).filteredOn(Fund::isSuspense).singleElement()
                .satisfies(suspense -> assertThat(suspense.referenceRules()).isEmpty());
        assertThat(council.funds().get(0).ledgerCode()).isEqualTo("R1001");
        assertThat(council.funds()).filteredOn(Fund::creditNotes).extracting(Fund::code)
                .containsExactly("CTAX", "NNDR", "HRENT", "SUND");
        assertThat(council.bankAccounts()).extracting(BankAccount::code).containsExactly("MAIN", "INCOME");
        assertThat(council.bankAccounts().get(0).iban()).isEqualTo("GB40LOYD30994240718826");
    }

    @Test
    void readsAFundsFileSavedByExcelWithAByteOrderMark() throws IOException {
        Path funds = TestingCouncil.writeFernley(dir).resolve("funds.csv");
        Files.writeString(funds, "\uFEFF" + Files.readString(funds, StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertThat(CouncilLoader.load(dir).funds()).extracting(Fund::code).startsWith("CTAX");
    }

    @Test
    void aFundLineWithTooFewColumnsIsRefusedWithFileAndLine() throws IOException {
        Path funds = TestingCouncil.writeFernley(dir).resolve("funds.csv");
        int lineNumber = Files.readAllLines(funds, StandardCharsets.UTF_8).size() + 1;
        Files.writeString(funds, "LIBR,Library fines\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> CouncilLoader.load(dir))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(ConfigErrorCode.COUNCIL_BAD_FILE))
                .hasMessage(funds + " line " + lineNumber + ": has 2 columns; the header has 10");
    }

    @Test
    void aFundWithABadCodeIsRefusedWithFileLineAndValue() throws IOException {
        Path funds = TestingCouncil.writeFernley(dir).resolve("funds.csv");
        List<String> lines = Files.readAllLines(funds, StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replaceFirst("^NNDR,", "nndr,"));
        Files.write(funds, lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CouncilLoader.load(dir))
                .isInstanceOf(CofferException.class)
                .hasMessageStartingWith(funds + " line 3: ")
                .hasMessageContaining("'nndr'");
    }

    @Test
    void aCouncilWithoutASuspenseFundIsRefused() throws IOException {
        Path funds = TestingCouncil.writeFernley(dir).resolve("funds.csv");
        List<String> lines = Files.readAllLines(funds, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("SUSP,"))
                .toList();
        Files.write(funds, lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CouncilLoader.load(dir))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(ConfigErrorCode.COUNCIL_BAD_FILE))
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("no suspense fund (code SUSP)");
    }

    @Test
    void loadsTheDemoCouncilsReferenceAndMatchingRules() {
        Council council = CouncilLoader.load(TestingCouncil.writeFernley(dir));

        assertThat(council.requireFund("HRENT").referenceRules()).extracting(ReferenceRule::name)
                .containsExactly("Rent account", "Rent account before 2023");
        assertThat(council.requireFund("CTAX").referenceRules()).singleElement()
                .satisfies(rule -> assertThat(rule.scheme()).map(CheckDigitScheme::id).contains("ACADEMY"));
        assertThat(council.matchingRules()).extracting(MatchingRule::name)
                .containsExactly("Channel settlements", "Large cheques", "DWP deductions");
        List<MatchCondition> largeCheques = council.matchingRules().get(1).conditions();
        assertThat(largeCheques.get(0)).isInstanceOfSatisfying(MatchCondition.OnText.class, text -> assertThat(text)
                .extracting(MatchCondition.OnText::field, MatchCondition.OnText::test, MatchCondition.OnText::value)
                .containsExactly(MatchCondition.TextField.CHANNEL, MatchCondition.TextTest.IS, "CHEQUE"));
        assertThat(largeCheques.get(1)).isEqualTo(new MatchCondition.OnAmount(MatchCondition.Comparison.ABOVE,
                1_000_000));
    }

    @Test
    void readsEveryFundColumnWhenTheFileHasThem() throws IOException {
        TestingCouncil.writeFernley(dir);
        Files.writeString(dir.resolve("funds.csv"), """
                code,name,reference_pattern,ledger_code,cost_centre,vat_code,maximum_amount,enabled,dimensions,credit_notes
                CTAX,Council tax,,R1001,CC100,OS,5000.00,yes,service=REV;subjective=9100,yes
                OLD,Old charges,,R9000,,,,no,,no
                NNDR,Business rates,,R1002,,,,,,
                HRENT,Housing rents,,R2001,,,,,,
                PARK,Parking,,R3001,,,,,,
                SUND,Sundry debtors,,R4001,,,,,,
                SUSP,Suspense,,S9999,,,,,,
                """, StandardCharsets.UTF_8);

        Council council = CouncilLoader.load(dir);

        assertThat(council.requireFund("CTAX")).satisfies(fund -> {
            assertThat(fund.costCentre()).isEqualTo("CC100");
            assertThat(fund.vatCode()).isEqualTo("OS");
            assertThat(fund.maximumPence()).isEqualTo(OptionalLong.of(500_000));
            assertThat(fund.dimensions()).containsExactly(Map.entry("service", "REV"),
                    Map.entry("subjective", "9100"));
            assertThat(fund.enabled()).isTrue();
            assertThat(fund.creditNotes()).isTrue();
        });
        assertThat(council.requireFund("OLD").enabled()).isFalse();
        assertThat(council.requireFund("OLD").creditNotes()).isFalse();
        assertThat(council.requireFund("NNDR").maximumPence()).isEmpty();
        assertThat(council.requireFund("NNDR").creditNotes()).as("no credit notes unless the file says so").isFalse();
    }

    @Test
    void withoutReferenceRulesAFundKeepsItsReferencePattern() throws IOException {
        Files.delete(TestingCouncil.writeFernley(dir).resolve(ReferenceRulesFile.NAME));

        Fund councilTax = CouncilLoader.load(dir).requireFund("CTAX");

        assertThat(councilTax.referenceRules()).extracting(ReferenceRule::name).containsExactly("reference_pattern");
        assertThat(councilTax.ruleAccepting("312345678")).isPresent();
        assertThat(councilTax.ruleAccepting("512345678")).isEmpty();
    }

    @Test
    void aRuleNamingAnUnknownSchemeIsRefusedWithFileLineAndTheSchemes() throws IOException {
        Path rules = TestingCouncil.writeFernley(dir).resolve(ReferenceRulesFile.NAME);
        Files.writeString(rules, "CTAX,Old council tax,8,digits,,,MOD97\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> CouncilLoader.load(dir))
                .hasMessage(rules + " line 9: check_digit_scheme 'MOD97' is neither in check-digit-schemes.csv nor "
                        + "provided by a plugin; the schemes are ACADEMY, RENT, PENALTY, LIBRARY");
    }

    @Test
    void rulesForAFundTheCouncilDoesNotHaveAreRefused() throws IOException {
        Path rules = TestingCouncil.writeFernley(dir).resolve(ReferenceRulesFile.NAME);
        Files.writeString(rules, "LIBR,Library card,14,digits,,,LIBRARY\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> CouncilLoader.load(dir))
                .hasMessage(rules + ": has rules for fund LIBR, which funds.csv does not list");
    }

    @Test
    void aMatchingRuleWithAnUnknownTestIsRefusedWithFileAndLine() throws IOException {
        Path rules = TestingCouncil.writeFernley(dir).resolve(MatchingRulesFile.NAME);
        Files.writeString(rules, "Refunds,amount,less,0,SUSP,refunds are handled by hand\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> CouncilLoader.load(dir))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(ConfigErrorCode.COUNCIL_BAD_FILE))
                .hasMessage(rules + " line 6: test 'less' of an amount or date is not one of =, <, <=, >, >=");
    }

    @Test
    void aMatchingRuleForAnUnknownFundIsRefused() throws IOException {
        Path rules = TestingCouncil.writeFernley(dir).resolve(MatchingRulesFile.NAME);
        Files.writeString(rules, "Market,reference,starts-with,MKT,MARKET,market stalls\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> CouncilLoader.load(dir)).hasMessage(dir + ": matching rule 'Market' names fund "
                + "MARKET, which the council does not have");
    }
}
