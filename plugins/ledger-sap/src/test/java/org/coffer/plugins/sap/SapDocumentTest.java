package org.coffer.plugins.sap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coffer.plugin.testing.TestingExportContext;
import org.coffer.plugin.testing.TestingJournals;
import org.junit.jupiter.api.Test;

class SapDocumentTest {

    @Test
    void writesOneDocumentPerJournalWithNumberedSignedItems() throws IOException {
        List<String> lines = write(context());

        assertThat(lines.get(0)).isEqualTo("H,1000,SA,20250630,20250630,,CF7-1,Coffer MAIN 2025/26 P3,RFBU");
        assertThat(lines.get(1)).isEqualTo("L,1,B1000,,Income MAIN June,,,GBP,62518.88");
        assertThat(lines.get(2)).isEqualTo("L,2,R1001,CC100,Council tax,,OS,GBP,-12345.67");
        assertThat(lines.get(5)).isEqualTo("L,5,R2001,CC200,'-1+1,'@TW-0002,SR,GBP,-8.32");
        assertThat(lines).filteredOn(line -> line.startsWith("H,")).hasSize(4)
                .contains("H,1000,SA,20250630,20250630,,CF7-3,Reversal MAIN 2025/26 P3,RFBU");
    }

    @Test
    void thePeriod13JournalPostsToTheSpecialPeriodTheCouncilChose() throws IOException {
        List<String> lines = write(context().with("adjustmentPeriod", "14"));

        assertThat(lines).contains("H,1000,SA,20260331,20260331,14,CF7-4,Coffer MAIN 2025/26 P13,RFBU");
    }

    @Test
    void aCompanyCodeLongerThanSapsIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> write(context().with("companyCode", "GB001")))
                .hasMessageContaining("'companyCode'").hasMessageContaining("4 characters")
                .hasMessageContaining("SAP_BAD_SETTING");
    }

    @Test
    void aReferenceLongerThanRefDocNoIsRefused() {
        assertThatThrownBy(() -> write(context().with("referencePrefix", "COFFER-INCOME-")))
                .hasMessageContaining("field REF_DOC_NO").hasMessageContaining("holds 16")
                .hasMessageContaining("SAP_VALUE_TOO_LONG");
    }

    @Test
    void anAdjustmentPeriodThatIsNotASpecialPeriodIsRefused() {
        assertThatThrownBy(() -> write(context().with("adjustmentPeriod", "12")))
                .hasMessageContaining("'adjustmentPeriod'").hasMessageContaining("13 to 16");
    }

    private static TestingExportContext context() {
        return TestingExportContext.of("run.csv", SapJournalUploadTest.SETTINGS);
    }

    private static List<String> write(TestingExportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SapJournalUpload().write(List.copyOf(TestingJournals.run()), context, out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
