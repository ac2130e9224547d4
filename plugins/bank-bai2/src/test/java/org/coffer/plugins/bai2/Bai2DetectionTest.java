package org.coffer.plugins.bai2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.coffer.plugin.api.format.Detection.Confidence;
import org.coffer.plugin.api.format.FileSample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Bai2DetectionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            day.txt   | 01,LOYDGB2L,FERNLEYBC,250402,0600,42,,,2/   | CERTAIN
            day.txt   | '  01,A,B,250402,0600,42,80,1,2/ 02,B,A,1/'  | CERTAIN
            day.txt   | 01,LOYDGB2L,FERNLEYBC,250402,0600,42,,,1/   | POSSIBLE
            day.txt   | 01,02,2025,14.50                            | POSSIBLE
            day.bai2  | Dear Sir                                    | POSSIBLE
            day.txt   | :20:STMT1                                   | NONE
            day.csv   | 'Date,Amount'                               | NONE
            """)
    void claimsOnlyAVersionTwoFileHeaderForCertain(String name, String text, Confidence expected) {
        FileSample sample = new FileSample(name, text.getBytes(StandardCharsets.UTF_8), text);

        assertThat(new Bai2Format().detect(sample).confidence()).isEqualTo(expected);
    }
}
