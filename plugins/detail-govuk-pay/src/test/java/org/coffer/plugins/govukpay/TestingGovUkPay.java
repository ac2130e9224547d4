package org.coffer.plugins.govukpay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;

/** Reads reports with the plugin, keeping what the sink received and any refusal. */
final class TestingGovUkPay {

    /** The Stripe layout's header, as in the public sample. */
    static final String STRIPE_HEADER = "Reference,Description,Email,Amount,Card Brand,Cardholder Name,"
            + "Card Expiry Date,Card Number,State,Finished,Error Code,Error Message,Provider ID,GOV.UK Payment ID,"
            + "Issued By,Date Created,Time Created,Corporate Card Surcharge,Total Amount,Wallet Type,Fee,Net,"
            + "Fee (transaction),Fee (3DS),Fee (fraud protection),Card Type,MOTO,Payment Provider,3-D Secure Required";

    private TestingGovUkPay() {
    }

    /** What reading a file gave: the sink, or the refusal that stopped it. */
    record Read(TestingFileSink sink, ProblemException refusal) {
    }

    static Read read(Path dir, String name, String csv) throws IOException {
        return read(Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8));
    }

    static Read read(Path file) throws IOException {
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(file)) {
            new GovUkPayFormat().read(in, TestingFormatContext.of(file), sink);
            return new Read(sink, null);
        } catch (ProblemException e) {
            return new Read(sink, e);
        }
    }
}
