package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCouncilTest {

    private final DemoCouncil council = DemoCouncil.load();

    @TempDir
    Path temp;

    @Test
    void describesFernleyBoroughCouncil() {
        assertThat(council.name()).isEqualTo("Fernley Borough Council");
        assertThat(council.shortName()).isEqualTo("Fernley");
        assertThat(council.currency()).isEqualTo("GBP");
        assertThat(council.financialYearStartMonth()).isEqualTo(4);
        assertThat(council.funds()).extracting(Fund::code)
                .containsExactly("CTAX", "NNDR", "HRENT", "PARK", "SUND", "SUSP");
        assertThat(council.accounts()).extracting(BankAccount::code, BankAccount::statementFormat)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MAIN", "mt940"),
                        org.assertj.core.groups.Tuple.tuple("INCOME", "camt053"));
    }

    @Test
    void bankAccountIbansHaveValidCheckDigits() {
        for (BankAccount account : council.accounts()) {
            assertThat(Iban.hasValidCheckDigits(account.iban())).as(account.iban()).isTrue();
            assertThat(account.iban()).contains(account.sortCode().replace("-", "") + account.accountNumber());
        }
        assertThat(Iban.hasValidCheckDigits("GB41LOYD30994240718826")).isFalse();
        assertThatThrownBy(() -> new BankAccount("X", "x", "30-99-42", "40718826", "GB41LOYD30994240718826", "GBP",
                "mt940")).hasMessageContaining("iban of X has wrong check digits");
    }

    @Test
    void findsTheAccountAStatementFileNamesInAnyUsualSpelling() {
        BankAccount main = council.account("MAIN");
        assertThat(council.accountIdentifiedBy("30994240718826")).contains(main);
        assertThat(council.accountIdentifiedBy("30-99-42/40718826")).contains(main);
        assertThat(council.accountIdentifiedBy("309942 40718826")).contains(main);
        assertThat(council.accountIdentifiedBy("gb18 loyd 3099 4240 7188 34")).contains(council.account("INCOME"));
        assertThat(council.accountIdentifiedBy("12345678")).isEmpty();
        assertThat(main.statementAccountId()).isEqualTo("30994240718826");
        assertThat(council.account("INCOME").statementAccountId()).isEqualTo("GB18LOYD30994240718834");
    }

    @Test
    void refusesAnUnknownAccountCodeByName() {
        assertThatThrownBy(() -> council.account("PETTY")).hasMessage("the demo council has no bank account PETTY");
    }

    @Test
    void fundPatternsMatchCleanedReferences() {
        Fund councilTax = council.funds().get(0);
        assertThat(councilTax.matches("312 345 678")).isTrue();
        assertThat(councilTax.matches("512345678")).isFalse();
        Fund parking = council.funds().get(3);
        assertThat(parking.matches("fb-1234 567a")).isTrue();
        assertThat(parking.matches("FX12345678")).isFalse();
        assertThat(council.funds().get(5).matches("anything")).isFalse();
        assertThat(Fund.clean("pcn-fb12.345/678")).isEqualTo("PCNFB12345678");
    }

    @Test
    void copiesItsConfigurationIntoAFolder() throws IOException {
        Path dir = temp.resolve("council");
        council.writeTo(dir);
        assertThat(dir.resolve("council.properties")).content().contains("name=Fernley Borough Council");
        assertThat(dir.resolve("funds.csv")).content()
                .startsWith("code,name,reference_pattern,ledger_code").contains("SUSP,Suspense,,");
        assertThat(Files.readAllLines(dir.resolve("bank-accounts.csv")).get(0))
                .isEqualTo("code,name,sort_code,account_number,iban,currency,statement_format,ledger_code");
        assertThat(dir.resolve("vat-codes.csv")).content().startsWith("code,rate,ledger_code").contains("SR,20,V9001");
        assertThat(dir.resolve("ledger-targets.csv")).content().startsWith("target,export,detail,settings");
    }
}
