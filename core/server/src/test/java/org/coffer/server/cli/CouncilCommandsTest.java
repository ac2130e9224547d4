package org.coffer.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.server.config.TestingCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code coffer reference} and {@code coffer funds}, in a folder whose coffer.properties names the demo council. */
class CouncilCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void configureTheDemoCouncil() throws IOException {
        TestingCouncil.writeFernley(dir.resolve("council"));
        Files.writeString(dir.resolve("coffer.properties"), "council.dir=council\n", StandardCharsets.UTF_8);
        System.setProperty("coffer.workdir", dir.toString());
    }

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty("coffer.workdir");
    }

    @Test
    void aValidReferenceIsSaidValidWithTheRuleItKeeps() {
        assertThat(run(new ReferenceCommand(), "CTAX", "499008590")).isZero();
        assertThat(out).hasToString("499008590 is a valid Council tax (CTAX) reference: it keeps the rule "
                + "'Council tax account'.\n");
    }

    @Test
    void aReferenceThatKeepsTheRulesButIsNobodysAccountIsRefused() {
        assertThat(run(new ReferenceCommand(), "CTAX", "312345673")).isEqualTo(1);
        assertThat(out).hasToString("312345673 keeps the rule 'Council tax account', but no Council tax (CTAX) "
                + "account has it.\n");
    }

    @Test
    void anOldFormatStillPassesAndCaseDoesNotMatter() {
        assertThat(run(new ReferenceCommand(), "HRENT", " hr8173986 ")).isZero();
        assertThat(out.toString()).contains("HR8173986 is a valid Housing rents (HRENT) reference",
                "'Rent account before 2023'");
    }

    @Test
    void anInvalidReferenceNamesEachRuleAndWhatFailed() {
        assertThat(run(new ReferenceCommand(), "HRENT", "61234567891")).isEqualTo(1);
        assertThat(out).hasToString("""
                61234567891 is not a valid Housing rents (HRENT) reference:
                  rule 'Rent account': the reference has check character '1' at position 11, where check-digit \
                scheme RENT expects 2
                  rule 'Rent account before 2023': the reference has 11 characters, not 9
                """);
    }

    @Test
    void aPenaltyNoticeWithTheWrongCheckCharacterSaysWhichItShouldBe() {
        assertThat(run(new ReferenceCommand(), "PARK", "FB12345670")).isEqualTo(1);
        assertThat(out.toString()).contains("rule 'Penalty charge notice': the reference has check character '0' "
                + "at position 10, where check-digit scheme PENALTY expects 3",
                "rule 'Fixed penalty notice': the reference has character 2 'B', which does not fit 'P' in the mask "
                        + "FP#######@");
    }

    @Test
    void anUnknownFundIsRefusedNamingTheFunds() {
        assertThat(run(new ReferenceCommand(), "LIBR", "123")).isEqualTo(1);
        assertThat(err).hasToString("coffer: Fernley Borough Council has no fund LIBR; its funds are CTAX, NNDR, "
                + "HRENT, PARK, SUND, SUSP\n");
    }

    @Test
    void aFundWithoutRulesTakesNoReference() {
        assertThat(run(new ReferenceCommand(), "SUSP", "123")).isEqualTo(1);
        assertThat(out).hasToString("Suspense (SUSP) has no reference rules, so no reference is valid for it.\n");
    }

    @Test
    void withoutACouncilTheCommandSaysHowToConfigureOne() throws IOException {
        Files.delete(dir.resolve("coffer.properties"));

        assertThat(run(new ReferenceCommand(), "CTAX", "312345673")).isEqualTo(1);
        assertThat(err).hasToString("coffer: no council is configured: set council.dir in coffer.properties to the "
                + "council's folder\n");
    }

    @Test
    void fundsAreListedWithCodesNamesLedgerCodesAndRules() {
        assertThat(run(new FundsCommand())).isZero();
        assertThat(out.toString().lines()).element(0).isEqualTo("Funds of Fernley Borough Council");
        assertThat(out.toString().lines()).element(1).asString().startsWith("  Code   Name").contains("Ledger",
                "Reference rules");
        assertThat(out.toString().lines().skip(2)).extracting(line -> line.substring(2, 7).strip())
                .containsExactly("CTAX", "NNDR", "HRENT", "PARK", "SUND", "SUSP");
        assertThat(out.toString()).contains("Housing rents").contains("R2001")
                .contains("Rent account; Rent account before 2023");
    }

    private int run(Object command, String... args) {
        return new CommandLine(command)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(new ErrorPrinter())
                .execute(args);
    }
}
