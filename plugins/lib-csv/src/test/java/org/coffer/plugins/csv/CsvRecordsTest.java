package org.coffer.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.format.TextLines;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void splitsQuotedFieldsWithDelimitersQuotesAndLineBreaks() throws Exception {
        List<List<String>> records = read("a,\"1,234.50\",\"say \"\"hi\"\"\"\n\nx,\"two\nlines\",\n", ',');

        assertThat(records).containsExactly(
                List.of("a", "1,234.50", "say \"hi\""),
                List.of("x", "two\nlines", ""));
    }

    @Test
    void splitsOnTheDelimiterTheLayoutNames() throws Exception {
        assertThat(read("30/04/2017;1,50;\"a;b\"\n", ';')).containsExactly(List.of("30/04/2017", "1,50", "a;b"));
    }

    @Test
    void namesTheLineOfAQuoteThatIsNeverClosed() {
        assertThatThrownBy(() -> read("ok,1\nbad,\"open\nstill open\n", ','))
                .isInstanceOf(CsvRecords.UnterminatedQuoteException.class)
                .hasMessageContaining("starts on line 2");
    }

    private static List<List<String>> read(String text, char delimiter) throws Exception {
        CsvRecords records = new CsvRecords(
                new TextLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8),
                delimiter);
        List<List<String>> all = new ArrayList<>();
        for (List<String> record = records.next(); record != null; record = records.next()) {
            all.add(List.copyOf(record));
        }
        return all;
    }
}
