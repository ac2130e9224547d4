package org.coffer.plugins.allpay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.TextEncoding;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;

/** Reads Allpay text the way the application does, keeping everything the format hands over. */
final class TestingAllpay {

    static final String TOTAL_AMOUNT = "Total Amount Updated onto System:";
    static final String TOTAL_COUNT = "Total Transactions updated onto System:";

    private TestingAllpay() {
    }

    /** Payment lines, then the blank line and the trailer with the given total and count. */
    static String file(String total, String count, String... payments) {
        return String.join("\r\n", payments) + "\r\n\r\n" + TOTAL_AMOUNT + " ".repeat(17 - total.length() + 1)
                + total + "\r\n" + TOTAL_COUNT + " ".repeat(17 - count.length() + 1) + count + "\r\n";
    }

    static TestingFileSink read(String fileName, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        TestingFileSink sink = new TestingFileSink();
        new AllpayFormat().read(new ByteArrayInputStream(bytes),
                new TestingFormatContext(fileName, TextEncoding.detect(bytes)), sink);
        return sink;
    }

    /** The refusal of a file that must be refused as a whole. */
    static ProblemException refusal(String fileName, String text) {
        try {
            read(fileName, text);
        } catch (ProblemException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("reading " + fileName + " failed with " + e, e);
        }
        throw new AssertionError(fileName + " was read without refusal");
    }
}
