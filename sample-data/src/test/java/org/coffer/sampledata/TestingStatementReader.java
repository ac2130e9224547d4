package org.coffer.sampledata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.coffer.plugin.api.Money;

/**
 * Reads back the generator's own files just far enough to check them: each statement's number, balances and
 * signed line amounts. Not a format reader; the plugins own those.
 */
final class TestingStatementReader {

    /** One statement as the file states it. */
    record ReadStatement(long sequence, long openingPence, long closingPence, List<Long> signedPence,
            List<LocalDate> dates) {

        long sum() {
            return signedPence.stream().mapToLong(Long::longValue).sum();
        }
    }

    private TestingStatementReader() {
    }

    static List<ReadStatement> mt940(Path file) throws IOException {
        List<ReadStatement> statements = new ArrayList<>();
        long sequence = 0;
        long opening = 0;
        List<Long> amounts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(":28C:")) {
                    sequence = Long.parseLong(line.substring(5, line.indexOf('/')));
                } else if (line.startsWith(":60F:")) {
                    opening = mt940Balance(line);
                    amounts = new ArrayList<>();
                    dates = new ArrayList<>();
                } else if (line.startsWith(":61:")) {
                    dates.add(LocalDate.of(2000 + Integer.parseInt(line.substring(4, 6)),
                            Integer.parseInt(line.substring(6, 8)), Integer.parseInt(line.substring(8, 10))));
                    char mark = line.charAt(14);
                    String amount = line.substring(15, line.indexOf('N', 15)).replace(',', '.');
                    long pence = Money.parse(amount, Money.GBP).pence();
                    amounts.add(mark == 'C' ? pence : -pence);
                } else if (line.startsWith(":62F:")) {
                    statements.add(new ReadStatement(sequence, opening, mt940Balance(line), amounts, dates));
                }
            }
        }
        return statements;
    }

    static List<ReadStatement> camt053(Path file) throws IOException, XMLStreamException {
        List<ReadStatement> statements = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            Deque<String> path = new ArrayDeque<>();
            CamtStatement current = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    String parent = path.peek();
                    path.push(name);
                    if (name.equals("Stmt")) {
                        current = new CamtStatement();
                    } else if (current != null) {
                        current.read(name, parent, path, xml);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                    if (xml.getLocalName().equals("Stmt")) {
                        statements.add(current.toRead());
                        current = null;
                    }
                }
            }
        }
        return statements;
    }

    private static long mt940Balance(String line) {
        long pence = Money.parse(line.substring(15).replace(',', '.'), Money.GBP).pence();
        return line.charAt(5) == 'D' ? -pence : pence;
    }

    /** Collects one camt {@code Stmt}; reads text with {@code getElementText}, which consumes the end tag. */
    private static final class CamtStatement {
        private long sequence;
        private final long[] balances = new long[2];
        private final List<Long> amounts = new ArrayList<>();
        private final List<LocalDate> dates = new ArrayList<>();
        private String balanceType;
        private long pendingPence;

        void read(String name, String parent, Deque<String> path, XMLStreamReader xml) throws XMLStreamException {
            boolean text = true;
            switch (name) {
                case "ElctrncSeqNb" -> sequence = Long.parseLong(xml.getElementText());
                case "Cd" -> {
                    String code = xml.getElementText();
                    if (path.contains("Bal")) {
                        balanceType = code;
                    }
                }
                case "Amt" -> {
                    String amount = xml.getElementText();
                    if ("Ntry".equals(parent) || "Bal".equals(parent)) {
                        pendingPence = Money.parse(amount, Money.GBP).pence();
                    }
                }
                case "CdtDbtInd" -> {
                    long signed = xml.getElementText().equals("DBIT") ? -pendingPence : pendingPence;
                    if ("Bal".equals(parent)) {
                        balances[balanceType.equals("OPBD") ? 0 : 1] = signed;
                    } else if ("Ntry".equals(parent)) {
                        amounts.add(signed);
                    }
                }
                case "Dt" -> {
                    if (path.contains("ValDt")) {
                        dates.add(LocalDate.parse(xml.getElementText()));
                    } else {
                        text = false;
                    }
                }
                default -> text = false;
            }
            if (text) {
                path.pop();
            }
        }

        ReadStatement toRead() {
            return new ReadStatement(sequence, balances[0], balances[1], amounts, dates);
        }
    }
}
