package org.coffer.plugins.dwp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an Excel workbook a reader needs, taken from the package in one pass: the first worksheet's name, the
 * shared strings and the worksheets themselves. A zip's entries come in any order, so worksheets are copied to
 * temporary files as they pass and read once the shared strings are known; nothing large is held in memory. The
 * caller deletes the copies with {@link #close()}.
 */
final class WorkbookPackage implements AutoCloseable {

    /** Far beyond any schedule the DWP sends; a larger sheet is a damaged or hostile file, not a schedule. */
    private static final long LARGEST_SHEET_BYTES = 2L << 30;
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, Path> worksheets = new HashMap<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private final Map<String, String> targets = new HashMap<>();
    private String firstSheetId;

    private WorkbookPackage() {
    }

    static WorkbookPackage read(InputStream in) throws IOException, XMLStreamException {
        WorkbookPackage workbook = new WorkbookPackage();
        try {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                workbook.take(entry.getName(), zip);
            }
            return workbook;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    /** The first worksheet's copy, or null when the package names none. */
    Path firstSheet() {
        String target = firstSheetId == null ? null : targets.get(firstSheetId);
        if (target == null) {
            return null;
        }
        String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        return worksheets.get(part);
    }

    List<String> sharedStrings() {
        return sharedStrings;
    }

    @Override
    public void close() throws IOException {
        for (Path copy : worksheets.values()) {
            Files.deleteIfExists(copy);
        }
    }

    /** The JDK's XML reader closes its stream at the end of a document; the zip's next entry must stay readable. */
    private void take(String name, ZipInputStream zip) throws IOException, XMLStreamException {
        InputStream entry = new FilterInputStream(zip) {
            @Override
            public void close() {
                // The zip is the caller's.
            }
        };
        if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
            worksheets.put(name, copy(entry));
        } else if (name.equals("xl/sharedStrings.xml")) {
            readSharedStrings(SafeXml.reader(entry));
        } else if (name.equals("xl/workbook.xml")) {
            readFirstSheetId(SafeXml.reader(entry));
        } else if (name.equals("xl/_rels/workbook.xml.rels")) {
            readTargets(SafeXml.reader(entry));
        }
    }

    private static Path copy(InputStream entry) throws IOException {
        Path copy = Files.createTempFile("coffer-dwp-sheet", ".xml");
        try (OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int read = entry.read(buffer); read >= 0; read = entry.read(buffer)) {
                total += read;
                if (total > LARGEST_SHEET_BYTES) {
                    throw new IOException("a worksheet is larger than " + (LARGEST_SHEET_BYTES >> 30) + " GiB");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }

    /** Each {@code <si>}'s text, its rich-text runs joined. */
    private void readSharedStrings(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = null;
        boolean inText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            SheetRows.refuseDocumentType(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                if (local.equals("si")) {
                    text = new StringBuilder();
                } else if (local.equals("t")) {
                    inText = true;
                } else if (local.equals("rPh")) {
                    skip(xml);
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inText && text != null) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("t")) {
                    inText = false;
                } else if (xml.getLocalName().equals("si") && text != null) {
                    sharedStrings.add(text.toString());
                    text = null;
                }
            }
        }
    }

    private void readFirstSheetId(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext() && firstSheetId == null) {
            int event = xml.next();
            SheetRows.refuseDocumentType(event);
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                firstSheetId = xml.getAttributeValue(RELATIONSHIPS, "id");
            }
        }
    }

    private void readTargets(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            SheetRows.refuseDocumentType(event);
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                targets.put(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Target"));
            }
        }
    }

    /** Skips the element just started, with everything inside it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0 && xml.hasNext(); ) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }
}
