package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.server.config.CouncilLoader;
import org.coffer.server.config.TestingCouncil;
import org.coffer.server.text.Amounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Channel volumes, values and shares by month, checked against counts and sums made here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelsReportTest {

    private static final List<String> CHANNELS = List.of("DIRECT_DEBIT", "CARD_ONLINE", "CHEQUE", "CARD_PHONE",
            "PAYPOINT");
    private static final Map<String, String> PERIOD = Map.of("from", "2026-04-01", "to", "2026-06-30");

    private TestingReports reports;

    @BeforeAll
    void load(@TempDir Path dir) {
        reports = new TestingReports(dir);
        Random random = new Random(3);
        for (LocalDate day = LocalDate.of(2026, 4, 1); day.isBefore(LocalDate.of(2026, 7, 1)); day = day.plusDays(2)) {
            reports.ledger.posting(day, "CTAX", CHANNELS.get(random.nextInt(CHANNELS.size())), "GBP",
                    random.nextInt(50_000) + 100, "payment");
        }
    }

    @AfterAll
    void close() {
        reports.close();
    }

    @Test
    void volumesAndValuesPerMonthAndChannelMatchThePostings() throws Exception {
        Map<String, long[]> expected = new HashMap<>();
        for (TestingLedger.Line line : reports.ledger.lines()) {
            long[] figures = expected.computeIfAbsent(line.day().withDayOfMonth(1) + " " + line.channel(),
                    key -> new long[2]);
            figures[0]++;
            figures[1] += line.pence();
        }

        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("channels", PERIOD))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Map<String, long[]> actual = new HashMap<>();
            for (int r = 1; r <= DailyBankingReportTest.lastDataRow(sheet); r++) {
                Row row = sheet.getRow(r);
                actual.put(row.getCell(0).getLocalDateTimeCellValue().toLocalDate() + " "
                        + row.getCell(1).getStringCellValue(), new long[] {(long) row.getCell(5).getNumericCellValue(),
                                Math.round(row.getCell(6).getNumericCellValue() * 100)});
                assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            }
            assertThat(actual).containsOnlyKeys(expected.keySet());
            expected.forEach((key, figures) -> assertThat(actual.get(key)).as(key).containsExactly(figures));
        }
    }

    @Test
    void thePdfShowsEachMonthsPaymentsAndValuePerChannel() {
        Map<String, String> contacts = Map.of("DIRECT_DEBIT", "Direct debit yes", "CARD_ONLINE", "Web yes",
                "CHEQUE", "Face to face no", "CARD_PHONE", "Phone no", "PAYPOINT", "Face to face no");
        Map<String, long[]> expected = new HashMap<>();
        for (TestingLedger.Line line : reports.ledger.lines()) {
            long[] figures = expected.computeIfAbsent(PdfRows.DAY.format(line.day().withDayOfMonth(1)) + " "
                    + line.channel(), key -> new long[2]);
            figures[0]++;
            figures[1] += line.pence();
        }

        String text = String.join(" ", TestingReports.pdfPages(reports.runner.run("channels", PERIOD)))
                .replaceAll("\\s+", " ");

        expected.forEach((key, figures) -> assertThat(text).contains(key + " " + contacts.get(key.substring(
                key.lastIndexOf(' ') + 1)) + " GBP " + Amounts.count(figures[0]) + " "
                + Amounts.format(figures[1], "GBP")));
    }

    @Test
    void eachMonthsSharesAddUpToTheWholeAndDigitalChannelsAreMarked() {
        Map<LocalDate, BigDecimal> valueShares = new HashMap<>();
        for (Object[] row : reports.runner.run("channels", PERIOD).firstRows(1000)) {
            valueShares.merge((LocalDate) row[0], (BigDecimal) row[7], BigDecimal::add);
            String channel = (String) row[1];
            assertThat(row[3]).as(channel).isEqualTo(
                    channel.equals("DIRECT_DEBIT") || channel.equals("CARD_ONLINE") ? "yes" : "no");
        }
        assertThat(valueShares).hasSize(3);
        valueShares.values().forEach(share -> assertThat(share.doubleValue()).isCloseTo(1.0,
                offset(0.001)));
    }

    @Test
    void theCouncilsChannelsSayWhatContactEachIsAndWhetherItCountsAsDigital(@TempDir Path dir) throws Exception {
        Path councilDir = TestingCouncil.writeFernley(dir.resolve("council"));
        Files.writeString(councilDir.resolve("channels.csv"), """
                code,name,contact,digital,enabled
                CARD_PHONE,Automated phone line,Phone (automated),yes,yes
                CHEQUE,Cheque by post,Post,no,no
                """);
        ReportRunner runner = new ReportRunner(ReportCatalogue.of(ReportCatalogue.shipped()), reports.database,
                CouncilLoader.load(councilDir), reports.clock);

        for (Object[] row : runner.run("channels", PERIOD).firstRows(1000)) {
            String channel = (String) row[1];
            String expected = switch (channel) {
                case "CARD_PHONE" -> "Phone (automated) yes";
                case "CHEQUE" -> "Post no";
                case "DIRECT_DEBIT" -> "Direct debit yes";
                case "CARD_ONLINE" -> "Web yes";
                default -> "Face to face no";
            };
            assertThat(row[2] + " " + row[3]).as(channel).isEqualTo(expected);
        }
    }
}
