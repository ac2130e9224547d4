package org.coffer.plugins.cardacquirer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;

/** Reads merchant files with the plugin, keeping what the sink received and any refusal. */
final class TestingMerchantFile {

    static final String HEADER = "Transaction date,Processed date,Transaction amount,Transaction currency,"
            + "Card number,Transaction type,Card type,Card scheme,Channel,Acquirer reference number,Merchant ID,"
            + "Group Number,Chain Number,Outlet Number,";

    private TestingMerchantFile() {
    }

    /** What reading a file gave: the sink, or the refusal that stopped it. */
    record Read(TestingFileSink sink, ProblemException refusal) {
    }

    /** A sale or refund row for the given merchant, one field short of the header as in Barclaycard's files. */
    static String row(String type, String amount, String channel, String merchant) {
        return "10 Jun 2016,11 Jun 2016," + amount + ",GBP,000000******1234," + type + ",Credit,Visa," + channel
                + ",'74579156163006076980289'," + merchant + ",,," + merchant + "\n";
    }

    static Read read(Path dir, String name, String csv) throws IOException {
        return read(Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8));
    }

    static Read read(Path file) throws IOException {
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(file)) {
            new BarclaycardMerchantFormat().read(in, TestingFormatContext.of(file), sink);
            return new Read(sink, null);
        } catch (ProblemException e) {
            return new Read(sink, e);
        }
    }
}
