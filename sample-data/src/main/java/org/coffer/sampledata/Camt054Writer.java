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
 * Writes camt.054.001.08 credit notifications for the demo council's INCOME account, as a bank sends them to itemise
 * bulk Bacs credits: one {@code Ntfctn} per banking day, each entry a batch whose {@code TxDtls} are the residents'
 * payments (the entry's amount their sum), with now and then a single payment without a batch and a pending entry,
 * which is no money yet. Each detail is one money line. The same seed always gives the same bytes.
 */
public final class Camt054Writer {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";
    private static final String CODE = "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ATXN</SubFmlyCd>"
            + "</Fmly></Domn><Prtry><Cd>BGC</Cd><Issr>UK</Issr></Prtry></BkTxCd>";

    private final long seed;

    public Camt054Writer(long seed) {
        this.seed = seed;
    }

    /** Writes notifications holding exactly {@code lines} booked transaction details. */
    public GeneratedFile write(Path file, int lines) throws IOException {
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, was " + lines);
        }
        String iban = DemoCouncil.load().account("INCOME").iban();
        Notifications notifications = new Notifications(new SplittableRandom(seed), iban);
        int perDay = Math.max(25, Math.min(5_000, lines / 200));
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"").append(NAMESPACE)
                    .append("\">\n  <BkToCstmrDbtCdtNtfctn>\n    <GrpHdr><MsgId>FBC-054-").append(Long.toString(seed))
                    .append("</MsgId><CreDtTm>").append(FIRST_DAY.toString()).append("T18:00:00</CreDtTm></GrpHdr>\n");
            LocalDate day = BankingDays.onOrAfter(FIRST_DAY);
            for (int left = lines; left > 0; left -= perDay) {
                notifications.write(out, day, Math.min(perDay, left));
                day = BankingDays.onOrAfter(day.plusDays(1));
            }
            out.append("  </BkToCstmrDbtCdtNtfctn>\n</Document>\n");
        }
        return new GeneratedFile(file, "camt054", iban, notifications.count, lines, notifications.creditPence, 0,
                lines <= GeneratedFile.ITEMISED_LIMIT ? notifications.expected : List.of());
    }

    /** The notifications of one file, drawn from one random stream. */
    private static final class Notifications {
        private final SplittableRandom random;
        private final Debtors debtors;
        private final String iban;
        private final StringBuilder xml = new StringBuilder(4096);
        private final List<ExpectedLine> expected = new ArrayList<>();
        private int count;
        private long creditPence;
        private long references;

        Notifications(SplittableRandom random, String iban) {
            this.random = random;
            this.debtors = new Debtors(random.split());
            this.iban = iban;
        }

        /** One day's notification with {@code details} booked payments, written batch by batch. */
        void write(Writer out, LocalDate day, int details) throws IOException {
            count++;
            xml.append("    <Ntfctn>\n      <Id>FBC-054-").append(count).append("</Id><ElctrncSeqNb>").append(count)
                    .append("</ElctrncSeqNb><CreDtTm>").append(day).append("T18:00:00</CreDtTm>\n      <FrToDt><FrDtTm>")
                    .append(day).append("T00:00:00</FrDtTm><ToDtTm>").append(day).append("T23:59:59</ToDtTm></FrToDt>\n")
                    .append("      <Acct><Id><IBAN>").append(iban).append("</IBAN></Id><Ccy>GBP</Ccy></Acct>\n");
            for (int left = details; left > 0; ) {
                int size = left == 1 || random.nextInt(10) == 0 ? 1 : Math.min(left, 2 + random.nextInt(39));
                appendEntry(day, size, "BOOK");
                left -= size;
                if (random.nextInt(8) == 0) {
                    appendEntry(day, 1, "PDNG");
                }
                out.append(xml);
                xml.setLength(0);
            }
            out.append("    </Ntfctn>\n");
        }

        /** An entry of {@code size} details; a single one is written without a batch. */
        private void appendEntry(LocalDate day, int size, String status) {
            List<Debtor> payers = new ArrayList<>(size);
            long[] amounts = new long[size];
            long total = 0;
            for (int i = 0; i < size; i++) {
                payers.add(debtors.pick(random));
                amounts[i] = random.nextLong(5_00, 400_01);
                total += amounts[i];
            }
            xml.append("      <Ntry>\n        <NtryRef>E").append(++references).append("</NtryRef>");
            appendAmount(total).append("<CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>").append(status).append("</Cd></Sts>\n");
            xml.append("        <BookgDt><Dt>").append(day).append("</Dt></BookgDt><ValDt><Dt>").append(day)
                    .append("</Dt></ValDt><AcctSvcrRef>FB054").append(references).append("</AcctSvcrRef>\n        ")
                    .append(CODE).append("\n        <NtryDtls>");
            if (size > 1) {
                xml.append("<Btch><NbOfTxs>").append(size).append("</NbOfTxs><TtlAmt Ccy=\"GBP\">");
                Decimals.appendPence(xml, total, '.').append("</TtlAmt><CdtDbtInd>CRDT</CdtDbtInd></Btch>");
            }
            xml.append('\n');
            for (int i = 0; i < size; i++) {
                appendDetail(day, payers.get(i), amounts[i], status.equals("BOOK"));
            }
            xml.append("        </NtryDtls>\n        <AddtlNtryInf>BGC BULK CREDIT</AddtlNtryInf>\n      </Ntry>\n");
        }

        private void appendDetail(LocalDate day, Debtor payer, long pence, boolean booked) {
            String reference = MessyReferences.write(payer, random);
            xml.append("          <TxDtls><Refs><AcctSvcrRef>FB054D").append(++references)
                    .append("</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>");
            appendAmount(pence).append("<CdtDbtInd>CRDT</CdtDbtInd>\n            <RltdPties><Dbtr><Pty><Nm>");
            XmlText.append(xml, payer.name()).append("</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>");
            XmlText.append(xml, reference).append("</Ustrd></RmtInf></TxDtls>\n");
            if (booked) {
                creditPence += pence;
                if (expected.size() < GeneratedFile.ITEMISED_LIMIT) {
                    expected.add(new ExpectedLine(day, pence, "GBP", reference, "BGC BULK CREDIT", Channel.BACS_CREDIT,
                            LineKind.PAYMENT, payer.fundCode(), payer.reference()));
                }
            }
        }

        private StringBuilder appendAmount(long pence) {
            xml.append("<Amt Ccy=\"GBP\">");
            return Decimals.appendPence(xml, pence, '.').append("</Amt>");
        }
    }
}
