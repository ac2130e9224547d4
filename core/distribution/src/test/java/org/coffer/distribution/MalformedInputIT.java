package org.coffer.distribution;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.CofferException;
import org.coffer.server.imports.ImportRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad file is refused with a message that says where and what, and stores nothing. */
class MalformedInputIT {

    @TempDir
    Path folder;

    private TestCoffer coffer;

    @BeforeEach
    void open() throws IOException {
        coffer = TestCoffer.open(folder);
    }

    @AfterEach
    void close() {
        coffer.close();
    }

    @Test
    void refusesTruncatedXml() throws IOException {
        GeneratedFile whole = new StatementFiles(21L).camt053(folder.resolve("whole.xml"), 50);
        byte[] bytes = Files.readAllBytes(whole.path());
        Path truncated = Files.write(folder.resolve("truncated.xml"),
                Arrays.copyOf(bytes, bytes.length * 2 / 3));

        assertRefused(truncated, "truncated.xml", "camt053");
    }

    @Test
    void refusesXmlWithADoctypeAndNeverReadsTheEntity() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-VALUE");
        Path hostile = Files.writeString(folder.resolve("hostile.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Document [<!ENTITY xxe SYSTEM "%s">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
                <GrpHdr><MsgId>&xxe;</MsgId></GrpHdr></BkToCstmrStmt></Document>
                """.formatted(secret.toUri()), UTF_8);

        CofferException refusal = assertRefused(hostile, "hostile.xml", "camt053");

        assertThat(refusal.getMessage() + refusal.details()).containsIgnoringCase("DTD")
                .doesNotContain("TOP-SECRET-VALUE");
    }

    @Test
    void refusesMt940WithABadAmountNamingTheLine() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad-amount.sta"), mt940(":61:2504010401C12.34NTRFREF1//B1"),
                US_ASCII);

        CofferException refusal = assertRefused(bad, "bad-amount.sta", "mt940");

        assertThat(refusal.getMessage()).contains("line 5").containsIgnoringCase("amount");
    }

    @Test
    void refusesMt940WithABadDateNamingTheLine() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad-date.sta"), mt940(":61:2513400401C12,34NTRFREF1//B1"),
                US_ASCII);

        CofferException refusal = assertRefused(bad, "bad-date.sta", "mt940");

        assertThat(refusal.getMessage()).contains("line 5").containsIgnoringCase("date");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused(Files.write(folder.resolve("empty.sta"), new byte[0]), "empty.sta", null);
    }

    @Test
    void refusesBinaryGarbage() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(99).nextBytes(garbage);

        assertRefused(Files.write(folder.resolve("garbage.bin"), garbage), "garbage.bin", null);
    }

    /** An MT940 statement whose fifth line is the one given; otherwise sound. */
    private static String mt940(String line61) {
        return String.join("\r\n", ":20:STMT1", ":25:20000012345678", ":28C:1/1", ":60F:C250331GBP100,00", line61,
                ":86:FPI J SMITH CTAX 312345678", ":62F:C250401GBP112,34", "-") + "\r\n";
    }

    /** Refused, naming the file, with nothing stored but the refused attempt's row in the history. */
    private CofferException assertRefused(Path file, String name, String asFormat) {
        CofferException refusal = catchThrowableOfType(CofferException.class, () -> coffer.coffer().imports()
                .importFile(new ImportRequest(file, name,
                        Optional.ofNullable(asFormat), TestCoffer.ACTOR, Optional.empty())));
        assertThat(refusal).as("%s is refused", name).isNotNull();
        assertThat(refusal.getMessage()).contains(name);
        assertThat(coffer.count("receipts")).isZero();
        assertThat(coffer.count("postings")).isZero();
        assertThat(coffer.count("statements")).isZero();
        assertThat(coffer.coffer().imports().history(1)).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo("REFUSED"));
        return refusal;
    }
}
