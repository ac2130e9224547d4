package org.coffer.plugins.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalHeader;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugin.api.ledger.LineRole;
import org.junit.jupiter.api.Test;

class BackofficePaymentFileTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 3);

    private final BackofficePaymentFile export = new BackofficePaymentFile();

    @Test
    void writesOneRowPerReceiptOfTheFundsTheSystemKeeps() throws IOException {
        Journal journal = journal(
                new JournalLine(1, LineRole.BANK, "B1001", "", 48_000, 0, "", "", "", "", DAY, 4, OptionalLong.empty(),
                        Map.of()),
                income(2, "CTAX", "499008590", 0, 12_345, 11),
                income(3, "HRENT", "HR1234567", 1_500, 0, 12),
                income(4, "SUND", "SD123456", 0, 30_000, 13),
                new JournalLine(5, LineRole.VAT, "V9001", "", 0, 6_000, "SR", "", "", "", DAY, 1,
                        OptionalLong.empty(), Map.of()),
                new JournalLine(6, LineRole.SUSPENSE, "S9999", "", 0, 1_155, "", "", "SUSP", "", DAY, 1,
                        OptionalLong.of(14), Map.of()));

        String file = write(List.of(journal), Map.of("funds", "CTAX HRENT"));

        assertThat(file).isEqualTo("""
                account_reference,fund,amount,date,receipt\r
                499008590,CTAX,123.45,2025-06-03,11\r
                HR1234567,HRENT,-15.00,2025-06-03,12\r
                """);
    }

    @Test
    void everyFundIsWrittenWhenTheTargetListsNoneAndDatesFollowTheSetting() throws IOException {
        Journal journal = journal(income(1, "PARK", "FB1234567A", 0, 5_000, 21), income(2, "CTAX", "41,2\"3", 0, 7, 22),
                new JournalLine(3, LineRole.BANK, "B1001", "", 5_007, 0, "", "", "", "", DAY, 2,
                        OptionalLong.empty(), Map.of()));

        String file = write(List.of(journal), Map.of("date_format", "dd/MM/yyyy", "header", "no"));

        assertThat(file).isEqualTo("FB1234567A,PARK,50.00,03/06/2025,21\r\n\"41,2\"\"3\",CTAX,0.07,03/06/2025,22\r\n");
    }

    @Test
    void aSummarisedLineIsRefusedAskingForDetail() {
        JournalLine summary = new JournalLine(2, LineRole.INCOME, "R1001", "CC100", 0, 9_000, "OS", "", "CTAX", "",
                DAY, 3, OptionalLong.empty(), Map.of());
        Journal journal = journal(new JournalLine(1, LineRole.BANK, "B1001", "", 9_000, 0, "", "", "", "", DAY, 3,
                OptionalLong.empty(), Map.of()), summary);

        assertThatThrownBy(() -> write(List.of(journal), Map.of())).isInstanceOf(ProblemException.class)
                .hasMessageContaining("journal 1 line 2 sums 3 receipts of fund CTAX; a back-office file needs one "
                        + "line per receipt: set the target's detail to DETAIL in ledger-targets.csv")
                .satisfies(e -> assertThat(((ProblemException) e).problems().get(0).code())
                        .isEqualTo(BackofficeErrorCode.BACKOFFICE_NEEDS_DETAIL));
    }

    @Test
    void aBadDateFormatIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> write(List.of(), Map.of("date_format", "dd/MM/yyyy{"))).isInstanceOf(
                ProblemException.class).hasMessageContaining("date_format 'dd/MM/yyyy{' is not a date pattern");
    }

    private String write(List<Journal> journals, Map<String, String> settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(journals, new Context(settings), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JournalLine income(long number, String fund, String reference, long debit, long credit,
            long receipt) {
        return new JournalLine(number, LineRole.INCOME, "R1001", "CC100", debit, credit, "OS", "", fund, reference,
                DAY, 1, OptionalLong.of(receipt), Map.of());
    }

    private static Journal journal(JournalLine... lines) {
        long debits = Stream.of(lines).mapToLong(JournalLine::debitPence).sum();
        long credits = Stream.of(lines).mapToLong(JournalLine::creditPence).sum();
        JournalHeader header = new JournalHeader(1, 1, "MAIN", DAY, 2025, 3, "GBP", "Coffer income MAIN 2025/26 P3",
                false, lines.length, debits, credits);
        return new Journal() {
            @Override
            public JournalHeader header() {
                return header;
            }

            @Override
            public Stream<JournalLine> lines() {
                return Stream.of(lines);
            }
        };
    }

    /** The settings a council's ledger-targets.csv would give. */
    private record Context(Map<String, String> settings) implements ExportContext {

        @Override
        public String councilName() {
            return "Fernley Borough Council";
        }

        @Override
        public String fileName() {
            return "backoffice-run-1.csv";
        }

        @Override
        public Optional<String> setting(String name) {
            return Optional.ofNullable(settings.get(name));
        }
    }
}
