package org.coffer.plugins.bacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;
import org.junit.jupiter.api.Test;

/** The published ADDACS, AUDDIS and Input Report files, each read as advices with no money in them. */
class AdviceReportsTest {

    private static final List<InboundFormat> FORMATS = List.of(new Formats.Arudd(), new Formats.Addacs(),
            new Formats.Auddis(), new Formats.Input());

    @Test
    void eachReportIsClaimedByItsOwnFormatAlone() throws IOException {
        assertClaimedOnlyBy("bacs/sosure-addacs.xml", "bacs-addacs");
        assertClaimedOnlyBy("bacs/sosure-auddis-accepted.xml", "bacs-auddis");
        assertClaimedOnlyBy("bacs/sosure-input-report.xml", "bacs-input-report");
    }

    @Test
    void anAddacsAdviceNamesThePayerTheReferenceAndWhy() throws IOException {
        TestingFileSink sink = read(new Formats.Addacs(), "bacs/sosure-addacs.xml");

        assertThat(sink.statements()).isEmpty();
        assertThat(sink.problems()).isEmpty();
        assertThat(sink.advices()).singleElement().satisfies(advice -> {
            assertThat(advice.kind()).isEqualTo("ADDACS");
            assertThat(advice.reference()).isEqualTo("SOSURE01");
            assertThat(advice.payerName()).isEqualTo("BAR");
            assertThat(advice.effectiveDate()).isEqualTo(LocalDate.of(2018, 3, 6));
            assertThat(advice.code()).isEqualTo("1");
            assertThat(advice.description()).isEqualTo("ADDACS reason 1: instruction cancelled by the payer");
        });
    }

    @Test
    void anAuddisFileAdviceSaysHowManyInstructionsWereAccepted() throws IOException {
        Advice advice = read(new Formats.Auddis(), "bacs/sosure-auddis-accepted.xml").advices().get(0);

        assertThat(advice.code()).isEqualTo("V");
        assertThat(advice.effectiveDate()).isEqualTo(LocalDate.of(2018, 2, 16));
        assertThat(advice.description()).isEqualTo("file 010 (volume 000010) accepted: 1 instructions accepted, 0"
                + " rejected");
    }

    @Test
    void anInputReportSaysWhatBacsTookInForEachFile() throws IOException {
        Advice advice = read(new Formats.Input(), "bacs/sosure-input-report.xml").advices().get(0);

        assertThat(advice.effectiveDate()).isEqualTo(LocalDate.of(2018, 2, 28));
        assertThat(advice.description()).isEqualTo("submission 2018022701S069936310, file 012 of service user"
                + " 176198 taken in: credits 0 for GBP 0.00, debits 1 for GBP 0.01");
    }

    @Test
    void refusesADocumentTypeWhateverItDeclares() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<BACSDocument><Data><MessagingAdvices><MessagingHeader advice-type=\"ADDACS\"/>"
                + "<MessagingAdvice reference=\"&e;\" effective-date=\"2018-03-06\"/></MessagingAdvices></Data>"
                + "</BACSDocument>";

        assertThatThrownBy(() -> new Formats.Addacs().read(new ByteArrayInputStream(
                        hostile.getBytes(StandardCharsets.UTF_8)), new TestingFormatContext("hostile.xml",
                        StandardCharsets.UTF_8), new TestingFileSink()))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.getMessage())
                        .contains("hostile.xml").contains("document type").doesNotContain("root:"));
    }

    @Test
    void namesTheItemWhoseDateCannotBeRead() throws IOException {
        String report = "<BACSDocument><Data><MessagingAdvices><MessagingHeader advice-type=\"ADDACS\"/>"
                + "<MessagingAdvice reference=\"A1\" effective-date=\"2018-03-06\"/>"
                + "<MessagingAdvice reference=\"A2\" effective-date=\"6 March\"/></MessagingAdvices></Data>"
                + "</BACSDocument>";
        TestingFileSink sink = new TestingFileSink();
        new Formats.Addacs().read(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)),
                new TestingFormatContext("addacs.xml", StandardCharsets.UTF_8), sink);

        assertThat(sink.advices()).extracting(Advice::reference).containsExactly("A1");
        assertThat(sink.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location().element()).isEqualTo("Data/MessagingAdvices/MessagingAdvice[2]");
            assertThat(problem.field()).isEqualTo("effective-date");
            assertThat(problem.message()).contains("'6 March' is not a date");
        });
    }

    private static void assertClaimedOnlyBy(String fixture, String id) throws IOException {
        var sample = TestingFormatContext.sample(Fixtures.file(fixture));
        assertThat(FORMATS.stream().filter(format -> format.detect(sample).claims()).map(InboundFormat::id))
                .as(fixture).containsExactly(id);
    }

    private static TestingFileSink read(InboundFormat format, String fixture) throws IOException {
        Path file = Fixtures.file(fixture);
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(file)) {
            format.read(in, TestingFormatContext.of(file), sink);
        }
        return sink;
    }
}
