package org.coffer.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;

/**
 * Writes the DWP's schedule of council tax deductions from benefits as an Excel workbook: one sheet, a heading row,
 * then a row a deduction with the council tax reference in column F, the payment date in K (an Excel date), the
 * amount in pence in L and a sign in M ({@code -} for a recovery). The other columns carry what a schedule shows
 * about the claimant. Written as a plain SpreadsheetML package, streaming, so a large file needs no memory.
 */
public final class DwpDeductionsWriter {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 7);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int ROWS_PER_WEEK = 500;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String[] HEADINGS = {"Local authority", "LA code", "Schedule date", "Surname", "Forename",
        "Council tax reference", "NINO", "Benefit", "Deduction start", "Deduction end", "Payment date",
        "Amount (pence)", "Sign"};
    private static final String[] BENEFITS = {"UC", "ESA", "JSA", "PC"};

    private final long seed;

    public DwpDeductionsWriter(long seed) {
        this.seed = seed;
    }

    /** Writes a workbook of exactly {@code rows} deductions, {@value #ROWS_PER_WEEK} each weekly payment date. */
    public GeneratedFile write(Path file, int rows) throws IOException {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, was " + rows);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Debtor> payers = new Debtors(random).councilTax();
        List<ExpectedLine> expected = new ArrayList<>();
        long creditPence = 0;
        long debitPence = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            writePackageParts(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                    + "\"><sheetData>");
            StringBuilder row = new StringBuilder(512);
            appendHeadings(row);
            for (int i = 0; i < rows; i++) {
                LocalDate paid = FIRST_DAY.plusWeeks(i / ROWS_PER_WEEK);
                ExpectedLine line = appendRow(row, i + 2, random, payers.get(random.nextInt(payers.size())), paid);
                if (line.signedPence() >= 0) {
                    creditPence += line.signedPence();
                } else {
                    debitPence -= line.signedPence();
                }
                if (rows <= GeneratedFile.ITEMISED_LIMIT) {
                    expected.add(line);
                }
                sheet.append(row);
                row.setLength(0);
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return new GeneratedFile(file, "dwp-ctax-deductions", "DWP", 1, rows, creditPence, debitPence, expected);
    }

    private static ExpectedLine appendRow(StringBuilder row, int number, SplittableRandom random, Debtor payer,
            LocalDate paid) {
        boolean recovery = random.nextInt(50) == 0;
        long pence = random.nextLong(350, 1_850);
        String reference = random.nextInt(5) == 0 ? spaced(payer.reference()) : payer.reference();
        String[] name = payer.name().split(" ");
        String benefit = BENEFITS[random.nextInt(BENEFITS.length)];
        row.append("<row r=\"").append(number).append("\">");
        text(row, "A", number, "Fernley Borough Council");
        text(row, "B", number, "4415");
        date(row, "C", number, paid.minusDays(3));
        text(row, "D", number, name[name.length - 1]);
        text(row, "E", number, name.length > 1 ? name[name.length - 2] : "");
        text(row, "F", number, reference);
        text(row, "G", number, "QQ" + (100_000 + random.nextInt(900_000)) + "C");
        text(row, "H", number, benefit);
        date(row, "I", number, FIRST_DAY.minusWeeks(random.nextInt(1, 80)));
        date(row, "K", number, paid);
        row.append("<c r=\"L").append(number).append("\"><v>").append(pence).append("</v></c>");
        if (recovery) {
            text(row, "M", number, "-");
        }
        row.append("</row>");
        String narrative = "DWP COUNCIL TAX DEDUCTION " + benefit;
        return new ExpectedLine(paid, recovery ? -pence : pence, "GBP", reference, narrative, Channel.DWP,
                recovery ? LineKind.REVERSAL : LineKind.PAYMENT, "CTAX", payer.reference());
    }

    /** {@code 499 008 590}, as people copy a reference from a bill. */
    private static String spaced(String reference) {
        return reference.length() == 9 ? reference.substring(0, 3) + " " + reference.substring(3, 6) + " "
                + reference.substring(6) : reference;
    }

    private static void appendHeadings(StringBuilder row) {
        row.append("<row r=\"1\">");
        for (int i = 0; i < HEADINGS.length; i++) {
            text(row, String.valueOf((char) ('A' + i)), 1, HEADINGS[i]);
        }
        row.append("</row>");
    }

    private static void text(StringBuilder row, String column, int number, String value) {
        row.append("<c r=\"").append(column).append(number).append("\" t=\"inlineStr\"><is><t>");
        XmlText.append(row, value).append("</t></is></c>");
    }

    /** An Excel date: days since 30 December 1899, shown through the date style. */
    private static void date(StringBuilder row, String column, int number, LocalDate day) {
        row.append("<c r=\"").append(column).append(number).append("\" s=\"1\"><v>")
                .append(ChronoUnit.DAYS.between(EXCEL_EPOCH, day)).append("</v></c>");
    }

    private static void writePackageParts(ZipOutputStream zip) throws IOException {
        part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName="
                + "\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
                + ".styles+xml\"/></Types>");
        part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships\"><sheets><sheet name=\"CT deductions\" sheetId=\"1\" "
                + "r:id=\"rId1\"/></sheets></workbook>");
        part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship "
                + "Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                + "Target=\"styles.xml\"/></Relationships>");
        part(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font><sz val=\"11\"/>"
                + "<name val=\"Arial\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/>"
                + "</fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border>"
                + "<left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf "
                + "numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf "
                + "numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" "
                + "fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>");
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
