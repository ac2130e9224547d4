package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coffer.server.CofferException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A definition's charts are read as written, and a chart that could not be drawn is refused when it is loaded. */
class ReportChartDefinitionTest {

    @Test
    void aChartIsReadWithItsColumnsAndTheRowsItTakes() {
        Report report = read("<chart type=\"stacked-bar\" title=\"By channel\" category=\"month\" series=\"channel\" "
                + "value=\"pence\" rows=\"currency=GBP; channel != All channels\"/>");

        assertThat(report.charts()).containsExactly(new ReportChart(ChartType.STACKED_BAR, "By channel", "month",
                "channel", List.of("pence"), List.of(new ReportChart.Condition("currency", "GBP", true),
                        new ReportChart.Condition("channel", "All channels", false))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            type="donut" | type 'donut' is not one of bar, stacked-bar, line, pie
            type="bar" value="nope" | the chart names a column nope, which the report does not have; its columns are month, channel, currency, pence, payments, share
            type="bar" value="channel" | a chart's values must be money, count or percent columns; channel is text
            type="bar" value="pence, payments" | a chart's values share one axis, so they must be of one type; pence and payments are not
            type="bar" category="pence" | the chart's category and series must be text, currency or date columns; pence is money
            type="bar" series="channel" value="pence, pence" | a chart takes either a series column or several value columns, not both
            type="pie" series="channel" | a pie chart has one series: give it one value column and no series
            type="bar" rows="GBP" | rows are conditions such as currency=GBP or channel!=All channels, separated by ;, and 'GBP' is not one
            type="bar" rows="channel=CASH" | the report has a currency column, so the chart must choose one currency, such as rows="currency=GBP"
            type="bar" colour="red" | unknown attribute colour; expected category, rows, series, title, type, value
            """)
    void aChartThatCannotBeDrawnIsRefusedNamingTheFileAndTheElement(String attributes, String message) {
        String chart = "<chart " + attributes + (attributes.contains("category=") ? "" : " category=\"month\"")
                + (attributes.contains("value=") ? "" : " value=\"pence\"")
                + (attributes.contains("rows=") ? "" : " rows=\"currency=GBP\"") + " title=\"A chart\"/>";

        assertThatThrownBy(() -> read(chart)).isInstanceOf(CofferException.class)
                .hasMessage("the report definition bad.xml is wrong at report/charts/chart[1]: " + message);
    }

    @Test
    void aReportHasNoMoreChartsThanThePdfsFirstPageHolds() {
        String chart = "<chart type=\"bar\" title=\"A chart\" category=\"month\" value=\"pence\" "
                + "rows=\"currency=GBP\"/>";

        assertThatThrownBy(() -> read(chart + chart + chart)).isInstanceOf(CofferException.class)
                .hasMessage("the report definition bad.xml is wrong at report/charts: there are 3 charts; a report "
                        + "has 2 at most, as many as the first page of its PDF holds");
    }

    @Test
    void everyShippedChartNamesColumnsItsReportHas() {
        assertThat(ReportCatalogue.shipped()).filteredOn(report -> !report.charts().isEmpty())
                .extracting(Report::id).containsExactlyInAnyOrder("channels", "income-by-fund", "value-for-money");
    }

    private static Report read(String charts) {
        String xml = """
                <report id="charted">
                  <title>Charted</title>
                  <description>A report with charts.</description>
                  <source>Nothing.</source>
                  <columns>
                    <column name="month" type="date" heading="Month"/>
                    <column name="channel" type="text" heading="Channel"/>
                    <column name="currency" type="currency" heading="Currency"/>
                    <column name="pence" type="money" heading="Value"/>
                    <column name="payments" type="count" heading="Payments"/>
                    <column name="share" type="percent" heading="Share"/>
                  </columns>
                  <charts>%s</charts>
                  <sql>SELECT 1</sql>
                </report>
                """.formatted(charts);
        return ReportDefinitionReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bad.xml");
    }
}
