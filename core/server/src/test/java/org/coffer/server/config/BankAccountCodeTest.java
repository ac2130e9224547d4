package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A statement names the council's account in its own way; Coffer knows it by the council's code. */
class BankAccountCodeTest {

    private static Council fernley;

    @BeforeAll
    static void loadCouncil(@TempDir Path dir) {
        fernley = TestingCouncil.fernley(dir);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30994240718826            | MAIN
            30-99-42 40718826         | MAIN
            309942/40718826           | MAIN
            30994240718826GBP         | MAIN
            GB40LOYD30994240718826    | MAIN
            GB40 LOYD 3099 4240 7188 26 | MAIN
            gb18loyd30994240718834    | INCOME
            30-99-42/40718834         | INCOME
            """)
    void aStatementAccountMapsToTheCouncilsCode(String statementAccount, String code) {
        assertThat(fernley.bankAccountCode(statementAccount)).isEqualTo(code);
    }

    @ParameterizedTest(name = "''{0}'' is not the council''s")
    @CsvSource(delimiter = '|', textBlock = """
            NL91ABNA0417164300
            30-99-42 40718800
            10020030/1234567
            """)
    void anAccountThatIsNotTheCouncilsKeepsItsOwnText(String statementAccount) {
        assertThat(fernley.bankAccountCode(statementAccount)).isEqualTo(statementAccount);
    }
}
