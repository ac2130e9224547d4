package org.coffer.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;

/**
 * Writes an ARUDD report (Automated Return of Unpaid Direct Debits) as Bacs sends it to the council: a
 * {@code BACSDocument} whose items each return one council tax direct debit collected a few days earlier, with the
 * return code and its words, and the report's totals. No ARUDD is published; the shape follows the elements and
 * attributes that public Bacs parsers read.
 */
public final class AruddWriter {

    /** Fernley's Bacs service user number. */
    public static final String SERVICE_USER_NUMBER = "412789";

    private static final String[][] RETURNS = {{"0128", "REFER TO PAYER"}, {"0129", "INSTRUCTION CANCELLED"},
        {"0130", "NO INSTRUCTION"}, {"0131", "PAYER DECEASED"}, {"0132", "ACCOUNT CLOSED"}};

    private final long seed;

    public AruddWriter(long seed) {
        this.seed = seed;
    }

    /** Writes a report of {@code items} returned direct debits, processed on {@code day}, streaming. */
    public GeneratedFile write(Path file, int items, LocalDate day) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Debtor> payers = new Debtors(random).councilTax();
        List<ExpectedLine> expected = new ArrayList<>();
        long totalPence = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            out.append(header(day));
            StringBuilder xml = new StringBuilder(512);
            for (int i = 0; i < items; i++) {
                ExpectedLine line = appendItem(xml, random, payers.get(random.nextInt(payers.size())), day);
                totalPence -= line.signedPence();
                if (items <= GeneratedFile.ITEMISED_LIMIT) {
                    expected.add(line);
                }
                out.append(xml);
                xml.setLength(0);
            }
            xml.append("</OriginatingAccountRecord>\n</OriginatingAccountRecords>\n</Advice>\n<Totals numberOf=\"")
                    .append(items).append("\" valueOf=\"");
            Decimals.appendPence(xml, totalPence, '.').append("\" currency=\"GBP\"/>\n</ARUDD>\n</Data>\n"
                    + "<SignatureMethod>Vanilla</SignatureMethod>\n</BACSDocument>\n");
            out.append(xml);
        }
        return new GeneratedFile(file, "bacs-arudd", "SUN " + SERVICE_USER_NUMBER, 1, items, 0, totalPence,
                expected);
    }

    private String header(LocalDate day) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BACSDocument xmlns:xsi=\"http://www.w3.org/2001/"
                + "XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"newbacs-advices.xsd\">\n<Data>\n<ARUDD>\n"
                + "<Header reportType=\"REFT1027\" adviceNumber=\"" + seed % 1000 + "\" currentProcessingDate=\""
                + day + "\"/>\n<AddresseeInformation name=\"FERNLEY BOROUGH COUNCIL\"/>\n"
                + "<ServiceLicenseInformation userName=\"FERNLEY BC\" userNumber=\"" + SERVICE_USER_NUMBER
                + "\"/>\n<Advice>\n<OriginatingAccountRecords>\n<OriginatingAccountRecord>\n"
                + "<OriginatingAccount name=\"FERNLEY BC INCOME\" number=\"40718834\" sortCode=\"309942\" "
                + "type=\"0\"/>\n";
    }

    /** One council tax collection of three days before, returned unpaid. */
    private static ExpectedLine appendItem(StringBuilder xml, SplittableRandom random, Debtor payer, LocalDate day) {
        String[] reason = RETURNS[random.nextInt(RETURNS.length)];
        long pence = random.nextLong(50_00, 250_01);
        LocalDate collected = day.minusDays(3);
        xml.append("<ReturnedDebitItem ref=\"").append(payer.reference()).append("\" transCode=\"17\" returnCode=\"")
                .append(reason[0]).append("\" returnDescription=\"").append(reason[1])
                .append("\" originalProcessingDate=\"").append(collected).append("\" valueOf=\"");
        Decimals.appendPence(xml, pence, '.').append("\" currency=\"GBP\">\n<PayerAccount number=\"")
                .append(10_000_000 + random.nextInt(90_000_000)).append("\" ref=\"").append(payer.reference())
                .append("\" name=\"");
        XmlText.append(xml, payer.name()).append("\" sortCode=\"20").append(10 + random.nextInt(89))
                .append("17\" bankName=\"BANK\" branchName=\"FERNLEY\"/>\n</ReturnedDebitItem>\n");
        return new ExpectedLine(day, -pence, "GBP", payer.reference(), "UNPAID DIRECT DEBIT " + reason[0] + " "
                + reason[1] + ", COLLECTED " + collected, Channel.DIRECT_DEBIT, LineKind.REVERSAL, "CTAX",
                payer.reference());
    }
}
