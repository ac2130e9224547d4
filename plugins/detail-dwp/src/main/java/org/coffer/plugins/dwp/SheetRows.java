package org.coffer.plugins.dwp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a worksheet's rows, each as the text of its first {@value #COLUMNS} cells (columns A to Z): shared strings
 * looked up, inline strings joined, numbers as Excel writes them ({@code 45757}, {@code 1234}). Empty cells are
 * empty text. One row is held at a time.
 */
final class SheetRows {

    static final int COLUMNS = 26;

    /** What is done with each row. */
    interface RowHandler {
        void row(long number, String[] cells);
    }

    private final List<String> sharedStrings;
    private final String[] cells = new String[COLUMNS];
    private final StringBuilder value = new StringBuilder(64);

    private SheetRows(List<String> sharedStrings) {
        this.sharedStrings = sharedStrings;
    }

    static void read(Path sheet, List<String> sharedStrings, RowHandler handler) throws IOException,
            XMLStreamException {
        try (InputStream in = Files.newInputStream(sheet)) {
            new SheetRows(sharedStrings).read(SafeXml.reader(in), handler);
        }
    }

    /** A document type in a workbook part is never legitimate, and may be an entity attack. */
    static void refuseDocumentType(int event) throws XMLStreamException {
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("the workbook declares a document type (DOCTYPE), which is not allowed");
        }
    }

    private void read(XMLStreamReader xml, RowHandler handler) throws XMLStreamException {
        long rowNumber = 0;
        int column = -1;
        String type = "";
        boolean inValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            refuseDocumentType(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                        Arrays.fill(cells, "");
                        column = -1;
                    }
                    case "c" -> {
                        String reference = xml.getAttributeValue(null, "r");
                        column = reference == null ? column + 1 : columnIndex(reference);
                        String t = xml.getAttributeValue(null, "t");
                        type = t == null ? "" : t;
                        value.setLength(0);
                    }
                    case "v", "t" -> inValue = true;
                    default -> {
                        // Formulas, rich-text run properties and the like carry nothing a schedule needs.
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inValue) {
                value.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v", "t" -> inValue = false;
                    case "c" -> {
                        if (column >= 0 && column < COLUMNS) {
                            cells[column] = cellText(type);
                        }
                    }
                    case "row" -> handler.row(rowNumber, cells);
                    default -> {
                        // Nothing to finish.
                    }
                }
            }
        }
    }

    private String cellText(String type) throws XMLStreamException {
        if (!type.equals("s")) {
            return value.toString();
        }
        try {
            return sharedStrings.get(Integer.parseInt(value.toString().strip()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new XMLStreamException("a cell names shared string '" + value + "', which the workbook does not"
                    + " have");
        }
    }

    /** {@code F12} is column 5 (from 0); {@code AA3} is 26. */
    private static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }
}
