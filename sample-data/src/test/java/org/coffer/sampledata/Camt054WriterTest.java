package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Camt054WriterTest {

    @TempDir
    Path temp;

    @Test
    void writesBatchesWhoseEntryAmountIsTheSumOfTheirBookedDetails() throws Exception {
        GeneratedFile file = new Camt054Writer(8L).write(temp.resolve("n.xml"), 130);
        List<Long> entryTotals = new ArrayList<>();
        List<Long> detailSums = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        readEntries(file.path(), entryTotals, detailSums, statuses);

        assertThat(entryTotals).isEqualTo(detailSums);
        assertThat(statuses).contains("BOOK", "PDNG");
        assertThat(file.statements()).isEqualTo(6);
        assertThat(file.expected()).hasSize(130);
        assertThat(file.creditPence()).isEqualTo(file.expected().stream().mapToLong(ExpectedLine::signedPence).sum());
    }

    /** The amount of each entry, and the sum of its details' amounts, in pence. */
    private static void readEntries(Path file, List<Long> totals, List<Long> sums, List<String> statuses)
            throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            String parent = "";
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "Ntry" -> {
                        parent = "Ntry";
                        sums.add(0L);
                    }
                    case "TxDtls" -> parent = "TxDtls";
                    case "Cd" -> {
                        String code = xml.getElementText();
                        if (code.equals("BOOK") || code.equals("PDNG")) {
                            statuses.add(code);
                        }
                    }
                    case "Amt" -> {
                        long pence = new BigDecimal(xml.getElementText()).movePointRight(2).longValueExact();
                        if (parent.equals("Ntry")) {
                            totals.add(pence);
                        } else {
                            sums.set(sums.size() - 1, sums.get(sums.size() - 1) + pence);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }
}
