package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
                .satisfies(suspense -> assertThat(suspense.referencePattern()).isEmpty());
        assertThat(council.funds().get(0).ledgerCode()).isEqualTo("R1001");
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
                .hasMessage(funds + " line " + lineNumber + ": has 2 columns; the header has 4");
    }

    @Test
    void aFundWithABadCodeIsRefusedWithFileLineAndValue() throws IOException {
        Path funds = TestingCouncil.writeFernley(dir).resolve("funds.csv");
        List<String> lines = Files.readAllLines(funds, StandardCharsets.UTF_8);
        lines.set(2, "nndr,Business rates,[67][0-9]{8},R1002");
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
}
