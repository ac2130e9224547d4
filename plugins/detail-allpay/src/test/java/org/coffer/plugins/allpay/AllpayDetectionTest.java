package org.coffer.plugins.allpay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.coffer.plugin.api.format.Detection.Confidence;
import org.coffer.plugin.api.format.FileSample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllpayDetectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ' 3356107000669297          60.00T30/06/2022'         | CERTAIN
            ' 3356107000669297         -60.00Q30/06/2022   '      | CERTAIN
            'Total Amount Updated onto System:             0.00'  | CERTAIN
            ' 3356107000669297          60.00T30/06/22'           | NONE
            '01,LOYDGB2L,FERNLEYBC,250402,0600,42,,,2/'           | NONE
            ':20:STMT1'                                           | NONE
            'Dear Sir,'                                           | NONE
            """)
    void claimsAFileThatStartsWithAPaymentLineOrTheTrailer(String firstLine, Confidence expected) {
        String text = firstLine + "\r\nmore\r\n";
        FileSample sample = new FileSample("be220630.txt", text.getBytes(StandardCharsets.UTF_8), text);

        assertThat(new AllpayFormat().detect(sample).confidence()).isEqualTo(expected);
    }
}
