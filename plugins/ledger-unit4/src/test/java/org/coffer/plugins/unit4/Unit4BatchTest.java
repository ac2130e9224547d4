package org.coffer.plugins.unit4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.testing.TestingExportContext;
import org.coffer.plugin.testing.TestingJournals;
import org.junit.jupiter.api.Test;

class Unit4BatchTest {

    @Test
    void writesTheAcrbatchinputColumnsWithTheDimensionsTheCouncilMapped() throws IOException {
        List<String> lines = write(TestingExportContext.of("run.csv", Unit4GlExportTest.SETTINGS));

        assertThat(lines.get(0)).isEqualTo(String.join(",", Unit4GlExport.COLUMNS));
        assertThat(lines.get(1)).isEqualTo("COF7-1,BI,CI,GL,TD,B1000,,,,,,,,0,GBP,62518.88,62518.88,"
                + "Income MAIN June,20250630,20250630,202506,R7J1,1");
        assertThat(lines.get(2)).isEqualTo("COF7-1,BI,CI,GL,TD,R1001,CC100,REV,S100,,,,,OS,GBP,-12345.67,-12345.67,"
                + "Council tax,20250630,20250630,202506,R7J1,2");
        assertThat(lines.get(5)).as("a detailed line keeps the payer's reference, guarded")
                .endsWith(",'@TW-0002,5");
    }

    @Test
    void derivesThePeriodFromTheFinancialYearsCalendarMonths() {
        assertThat(Unit4Period.of(2025, 1, 4, 13)).isEqualTo(202504);
        assertThat(Unit4Period.of(2025, 9, 4, 13)).isEqualTo(202512);
        assertThat(Unit4Period.of(2025, 10, 4, 13)).isEqualTo(202601);
        assertThat(Unit4Period.of(2025, 12, 4, 13)).isEqualTo(202603);
        assertThat(Unit4Period.of(2025, 13, 4, 13)).isEqualTo(202613);
        assertThat(Unit4Period.of(2025, 3, 1, 13)).as("a calendar financial year").isEqualTo(202503);
        assertThat(Unit4Period.of(2025, 13, 1, 14)).isEqualTo(202514);
    }

    @Test
    void thePeriod13JournalGoesToTheAdjustmentPeriod() throws IOException {
        List<String> lines = write(TestingExportContext.of("run.csv", Unit4GlExportTest.SETTINGS));

        assertThat(lines.get(lines.size() - 1)).contains(",20260331,202613,");
    }

    @Test
    void aDimensionMappingThatIsNotDim1To7IsRefusedNamingTheSetting() {
        TestingExportContext context = TestingExportContext.of("run.csv", Unit4GlExportTest.SETTINGS)
                .with("dimensions", "dim_8=service");

        assertThatThrownBy(() -> write(context)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("'dimensions'").hasMessageContaining("dim_8=service")
                .hasMessageContaining("UNIT4_BAD_SETTING");
        assertThatThrownBy(() -> write(context.with("dimensions", "dim_1=costCentre,dim_1=fund")))
                .hasMessageContaining("'dim_1=fund' is not dim_1 to dim_7, once");
    }

    @Test
    void aBatchIdLongerThanGl07TakesIsRefusedNamingTheColumn() {
        TestingExportContext context = TestingExportContext.of("run.csv", Unit4GlExportTest.SETTINGS)
                .with("batchPrefix", "COFFER-INCOME-EXPORT-RUN-");

        assertThatThrownBy(() -> write(context)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("field batch_id").hasMessageContaining("holds 25")
                .hasMessageContaining("UNIT4_VALUE_TOO_LONG");
    }

    @Test
    void aStartMonthThatIsNotAMonthIsRefused() {
        TestingExportContext context = TestingExportContext.of("run.csv", Unit4GlExportTest.SETTINGS)
                .with("financialYearStartMonth", "April");

        assertThatThrownBy(() -> write(context)).hasMessageContaining("'financialYearStartMonth'")
                .hasMessageContaining("from 1 to 12");
    }

    private static List<String> write(TestingExportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Unit4GlExport().write(List.copyOf(TestingJournals.run()), context, out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

}
