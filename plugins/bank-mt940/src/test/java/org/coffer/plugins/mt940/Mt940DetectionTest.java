package org.coffer.plugins.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileSample;
import org.junit.jupiter.api.Test;

class Mt940DetectionTest {

    private static Detection detect(String text) {
        return new Mt940Format().detect(new FileSample("statement.sta", text.getBytes(StandardCharsets.UTF_8), text));
    }

    @Test
    void claimsTagsThatStartLinesWithAnyLineEnding() {
        assertThat(detect(":20:STMT\r\n:25:12345678\r\n:28C:1/1\r\n").confidence())
                .isEqualTo(Detection.Confidence.CERTAIN);
        assertThat(detect("ABNANL2A\n940\n:20:ABN\n:60F:C090623EUR1,00\n").confidence())
                .isEqualTo(Detection.Confidence.CERTAIN);
    }

    @Test
    void claimsAStatementThatStartsOnTheLineOfTheSwiftTextBlock() {
        assertThat(detect("{1:F01BANKGB22AXXX0000000000}{2:O940}{4::20:STMT\n:25:12345678\n").confidence())
                .isEqualTo(Detection.Confidence.CERTAIN);
    }

    @Test
    void doesNotClaimTagsInsideTextOrAReferenceAlone() {
        assertThat(detect("Please quote :20: and :25: in your letter\n").confidence())
                .isEqualTo(Detection.Confidence.NONE);
        assertThat(detect(":20:STMT\nno account follows\n").confidence()).isEqualTo(Detection.Confidence.NONE);
    }
}
