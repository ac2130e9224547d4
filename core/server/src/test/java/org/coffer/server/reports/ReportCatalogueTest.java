package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.plugin.api.report.ReportDefinition;
import org.coffer.server.plugins.PluginReportDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCatalogueTest {

    private static final String COUNCIL_REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <report id="%s">
              <title>Parking by day</title>
              <description>Parking income each day.</description>
              <source>Postings to the parking fund.</source>
              <parameters>
                <parameter name="from" type="date" label="From" default="month-start"/>
              </parameters>
              <columns>
                <column name="day" type="%s" heading="Day"/>
                <column name="pence" type="money" heading="Income" total="true"/>
              </columns>
              <sql>SELECT effective_date AS day, CAST(sum(amount_pence) AS BIGINT) AS pence FROM postings
                   WHERE fund_code = 'PARK' AND effective_date &gt;= :from GROUP BY ALL ORDER BY day</sql>
            </report>
            """;

    @TempDir
    Path dir;

    @Test
    void everyDefinitionInTheReportsFolderIsInTheCatalogue() throws Exception {
        Path folder = Path.of(getClass().getClassLoader().getResource(ReportCatalogue.SHIPPED_INDEX).toURI())
                .getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> ids = files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".xml"))
                    .map(name -> name.substring(0, name.length() - ".xml".length())).sorted().toList();
            assertThat(ReportCatalogue.load(Optional.empty()).list()).extracting(Report::id)
                    .containsExactlyInAnyOrderElementsOf(ids)
                    .startsWith("daily-banking", "income-by-fund", "channels", "value-for-money", "suspense", "imports");
        }
    }

    @Test
    void everyReportRunsWithItsDefaultParametersInEveryFormat() throws Exception {
        try (TestingReports reports = new TestingReports(dir)) {
            for (Report report : reports.runner.catalogue().list()) {
                ReportResult result = reports.runner.run(report.id(), Map.of());
                try (XSSFWorkbook workbook = TestingReports.xlsx(result)) {
                    assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                            .isEqualTo(report.columns().get(0).heading());
                }
                StringWriter csv = new StringWriter();
                new CsvReportWriter().write(result, csv);
                assertThat(csv.toString()).startsWith("\uFEFF" + report.columns().get(0).heading());
            }
        }
    }

    @Test
    void aCouncilAddsItsOwnReportsFromItsConfigurationFolder() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/parking.xml"), COUNCIL_REPORT.formatted("parking-by-day", "date"));

        ReportCatalogue catalogue = ReportCatalogue.load(Optional.of(dir));

        assertThat(catalogue.find("parking-by-day").origin()).endsWith("parking.xml");
        assertThat(catalogue.find("parking-by-day").columns().get(1).total()).isTrue();
        assertThat(catalogue.list()).hasSize(ReportCatalogue.shipped().size() + 1);
    }

    @Test
    void aCouncilReportCannotTakeTheIdOfAShippedOne() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/mine.xml"), COUNCIL_REPORT.formatted("channels", "date"));

        assertThatThrownBy(() -> ReportCatalogue.load(Optional.of(dir)))
                .hasMessage("two reports have the id channels: reports/channels.xml and "
                        + dir.resolve("reports/mine.xml") + "; rename one");
    }

    @Test
    void aPluginsReportsFollowTheShippedOnesAndAPluginCannotTakeAnIdEither() {
        PluginReportDefinition parking = new PluginReportDefinition("parking-provider",
                new ReportDefinition("parking.xml", COUNCIL_REPORT.formatted("parking-by-day", "date")));
        PluginReportDefinition channels = new PluginReportDefinition("parking-provider",
                new ReportDefinition("channels.xml", COUNCIL_REPORT.formatted("channels", "date")));

        ReportCatalogue catalogue = ReportCatalogue.load(Optional.empty(), List.of(parking));

        assertThat(catalogue.list()).last().extracting(Report::id, Report::origin)
                .containsExactly("parking-by-day", "plugin parking-provider, parking.xml");
        assertThatThrownBy(() -> ReportCatalogue.load(Optional.empty(), List.of(channels)))
                .hasMessage("two reports have the id channels: reports/channels.xml and plugin parking-provider, "
                        + "channels.xml; rename one");
    }

    @Test
    void aPluginsWrongDefinitionIsRefusedNamingThePluginAndTheElement() {
        PluginReportDefinition wrong = new PluginReportDefinition("parking-provider",
                new ReportDefinition("parking.xml", COUNCIL_REPORT.formatted("parking-by-day", "day")));

        assertThatThrownBy(() -> ReportCatalogue.load(Optional.empty(), List.of(wrong)))
                .hasMessageStartingWith("the report definition plugin parking-provider, parking.xml is wrong at "
                        + "report/columns/column[1]: type 'day'");
    }

    @Test
    void aWrongDefinitionIsRefusedNamingTheFileAndTheElement() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Path file = dir.resolve("reports/parking.xml");
        Files.writeString(file, COUNCIL_REPORT.formatted("parking-by-day", "day"));

        assertThatThrownBy(() -> ReportCatalogue.load(Optional.of(dir)))
                .hasMessage("the report definition " + file + " is wrong at report/columns/column[1]: type 'day' is "
                        + "not one of text, currency, date, timestamp, money, count, percent, number");
    }

    @Test
    void aDefinitionWithADoctypeIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Path file = dir.resolve("reports/entity.xml");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE report [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <report id="x"><title>&secret;</title></report>
                """);

        assertThatThrownBy(() -> ReportCatalogue.load(Optional.of(dir)))
                .hasMessageStartingWith("the report definition " + file + " is wrong at the file: not well-formed XML "
                        + "(a DOCTYPE is not allowed)");
    }

    @Test
    void anUnknownReportIsAUserErrorListingTheReports() {
        assertThatThrownBy(() -> ReportCatalogue.load(Optional.empty()).find("nope"))
                .hasMessageStartingWith("there is no report nope; the reports are daily-banking, income-by-fund, ");
    }
}
