package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.coffer.server.CofferException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountHoldersFileTest {

    @TempDir
    Path dir;

    @Test
    void theDemoCouncilsHoldersAreLoadedByFund() {
        AccountHolders holders = TestingCouncil.fernley(dir).accountHolders();

        assertThat(holders.count("CTAX")).isEqualTo(3000);
        assertThat(holders.count("PARK")).isEqualTo(2000);
        assertThat(holders.covers("SUSP")).isFalse();
        assertThat(holders.holds("CTAX", "499008590")).isTrue();
        assertThat(holders.holds("NNDR", "499008590")).isFalse();
    }

    @Test
    void everyDemoHoldersReferenceKeepsItsFundsRules() throws IOException {
        Council council = TestingCouncil.fernley(dir);
        List<String> lines = Files.readAllLines(dir.resolve(AccountHoldersFile.NAME), StandardCharsets.UTF_8);

        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
            String[] cells = line.split(",");
            assertThat(council.requireFund(cells[1]).ruleAccepting(cells[0])).as(line).isPresent();
        });
    }

    @Test
    void referencesAreKeptCleanAsCandidatesAreCompared() throws IOException {
        Path file = holders("reference,fund,name,address,balance\n"
                + "\"312 345-673\",CTAX,\"SMITH, J\",\"1 MILL LANE, FERNLEY\",-12.50\n"
                + "\n"
                + "hr1234567,HRENT,A TENANT,,0\n");

        AccountHolders holders = AccountHoldersFile.read(file, TestingCouncil.fernley(dir).funds());

        assertThat(holders.holds("CTAX", "312345673")).isTrue();
        assertThat(holders.holds("HRENT", "HR1234567")).isTrue();
        assertThat(holders.covers("NNDR")).isFalse();
    }

    @Test
    void aHolderOfAFundTheCouncilDoesNotHaveIsRefusedWithFileAndLine() throws IOException {
        Path file = holders("reference,fund,name,address,balance\n312345673,CTAX,J SMITH,,1.00\n"
                + "12345,LIBR,J SMITH,,1.00\n");

        assertThatThrownBy(() -> AccountHoldersFile.read(file, TestingCouncil.fernley(dir).funds()))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(ConfigErrorCode.COUNCIL_BAD_FILE))
                .hasMessage(file + " line 3: fund 'LIBR' is not one of the funds that hold accounts: "
                        + "CTAX, NNDR, HRENT, PARK, SUND");
    }

    @Test
    void suspenseHoldsNoAccounts() throws IOException {
        Path file = holders("reference,fund,name,address,balance\n312345673,SUSP,J SMITH,,1.00\n");

        assertThatThrownBy(() -> AccountHoldersFile.read(file, TestingCouncil.fernley(dir).funds()))
                .hasMessageStartingWith(file + " line 2: fund 'SUSP' is not one of the funds that hold accounts");
    }

    @Test
    void aBalanceThatIsNotPoundsIsRefusedWithFileLineAndValue() throws IOException {
        Path file = holders("reference,fund,name,address,balance\n312345673,CTAX,J SMITH,,£12.50\n");

        assertThatThrownBy(() -> AccountHoldersFile.read(file, TestingCouncil.fernley(dir).funds()))
                .hasMessage(file + " line 2: balance '£12.50' is not pounds with at most two decimal places, "
                        + "such as 1500.00");
    }

    @Test
    void aMissingColumnIsRefusedBeforeAnyRowNamingTheColumns() throws IOException {
        Path file = holders("reference,fund,name,balance\n312345673,CTAX,J SMITH,1.00\n");

        assertThatThrownBy(() -> AccountHoldersFile.read(file, TestingCouncil.fernley(dir).funds()))
                .hasMessage(file + " line 1: has no address column; the columns must be "
                        + "reference,fund,name,address,balance");
    }

    @Test
    void aLineWithoutAReferenceIsRefused() throws IOException {
        Path file = holders("reference,fund,name,address,balance\n,CTAX,J SMITH,,1.00\n");

        assertThatThrownBy(() -> AccountHoldersFile.read(file, TestingCouncil.fernley(dir).funds()))
                .hasMessage(file + " line 2: the reference column is empty");
    }

    /** A district council's worth of accounts, read line by line; the time is printed, never asserted. */
    @Test
    void readsThreeHundredThousandHolders() throws IOException {
        Path file = dir.resolve("many-holders.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("reference,fund,name,address,balance\n");
            for (int i = 0; i < 300_000; i++) {
                out.write(String.format(Locale.ROOT, "%09d,CTAX,MRS J SMITH,%d MILL LANE,%d.%02d%n", 300_000_000 + i,
                        1 + i % 180, i % 2000, i % 100));
            }
        }
        List<Fund> funds = TestingCouncil.fernley(dir.resolve("council")).funds();

        long start = System.nanoTime();
        AccountHolders holders = AccountHoldersFile.read(file, funds);
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf(Locale.ROOT, "Read 300,000 account holders (%d MB) in %d ms%n",
                Files.size(file) / 1_000_000, millis);
        assertThat(holders.count("CTAX")).isEqualTo(300_000);
        assertThat(holders.holds("CTAX", "300123456")).isTrue();
    }

    private Path holders(String text) throws IOException {
        Path file = dir.resolve("holders.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
