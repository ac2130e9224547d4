package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerSettingsFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDemoCouncilsTargetsVatCodesAndBankControlCodes() {
        Council council = TestingCouncil.fernley(dir);

        LedgerSettings settings = LedgerSettingsFiles.read(dir, council);

        assertThat(settings.requireTarget("backoffice")).satisfies(target -> {
            assertThat(target.exportId()).isEqualTo("backoffice-payments");
            assertThat(target.detail()).isEqualTo(DetailLevel.DETAIL);
            assertThat(target.settings()).containsExactly(Map.entry("funds", "CTAX NNDR HRENT PARK"),
                    Map.entry("system", "Fernley revenues and housing"));
        });
        assertThat(settings.vatCode("SR")).hasValue(new VatCode("SR", 2000, "V9001"));
        assertThat(settings.vatCode("RR")).hasValueSatisfying(code -> assertThat(code.rateBasisPoints())
                .isEqualTo(500));
        assertThat(council.bankAccounts()).extracting(BankAccount::ledgerCode).containsExactly("B1001", "B1002");
    }

    @Test
    void aFundWhoseVatCodeIsNotListedIsRefusedWhenTheCouncilIsRead() throws IOException {
        Council council = TestingCouncil.fernley(dir);
        Files.writeString(dir.resolve("vat-codes.csv"), "code,rate,ledger_code\nSR,20,V9001\nEX,0,\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> LedgerSettingsFiles.read(dir, council))
                .hasMessage(dir.resolve("vat-codes.csv") + ": has no VAT code OS, which fund CTAX in funds.csv names");
    }

    @Test
    void aVatRateWithoutAControlCodeIsRefusedWithFileAndLine() throws IOException {
        Council council = TestingCouncil.fernley(dir);
        Files.writeString(dir.resolve("vat-codes.csv"), "LR,12.5,\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertThatThrownBy(() -> LedgerSettingsFiles.read(dir, council)).hasMessage(dir.resolve("vat-codes.csv")
                + " line 7: VAT code LR has a rate but no ledger_code for its VAT");
    }

    @Test
    void aTargetWithAnUnknownDetailIsRefusedSayingWhatIsExpected() throws IOException {
        Council council = TestingCouncil.fernley(dir);
        Files.writeString(dir.resolve("ledger-targets.csv"), "gl,unit4-gl,BRIEF,\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertThatThrownBy(() -> LedgerSettingsFiles.read(dir, council)).hasMessage(dir.resolve(
                "ledger-targets.csv") + " line 3: detail 'BRIEF' is not SUMMARY or DETAIL");
    }

    @Test
    void aCouncilWithoutTheFilesExportsNowhere() throws IOException {
        Council council = TestingCouncil.fernley(dir);
        Files.delete(dir.resolve("ledger-targets.csv"));
        Files.delete(dir.resolve("vat-codes.csv"));

        LedgerSettings settings = LedgerSettingsFiles.read(dir, council);

        assertThat(settings.targets()).isEmpty();
        assertThatThrownBy(() -> settings.requireTarget("gl"))
                .hasMessage("the council has no export targets: list them in ledger-targets.csv");
    }
}
