package org.coffer.plugins.csvlayout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.testing.TestingFileSink;
import org.junit.jupiter.api.Test;

/** Layouts a council writes for a bank Coffer does not ship: fixed width, direction flags, European amounts. */
class CouncilLayoutsTest {

    @Test
    void readsAFixedWidthExportWithADirectionColumn() throws IOException {
        Map<String, String> settings = base("fixed-bank");
        settings.put("shape", "fixed");
        settings.put("header.lines", "1");
        settings.put("date", "1-8");
        settings.put("date.format", "yyyyMMdd");
        settings.put("amount", "9-20");
        settings.put("direction", "21-22");
        settings.put("direction.credit", "CR");
        settings.put("direction.debit", "DR");
        settings.put("amount.style", "pence");
        settings.put("reference", "23-40");
        settings.put("account.value", "30-99-42 40718826");
        settings.put("skip.starts-with", "TOTAL");
        String file = """
                DATE    AMOUNT      DCREFERENCE
                20250401000000012345CR312345678
                20250402000000000250DRBANK CHARGE
                TOTAL   000000012095
                """;

        TestingFileSink sink = read(format(settings), file);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.statements()).singleElement()
                .satisfies(statement -> assertThat(statement.start().account()).isEqualTo("30-99-42 40718826"));
        assertThat(sink.lines()).extracting(StatementLine::valueDate, StatementLine::signedPence,
                        StatementLine::reference)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 4, 1), 12_345L, "312345678"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 4, 2), -250L, "BANK CHARGE"));
    }

    @Test
    void readsSemicolonsEuropeanAmountsAndChannelsByType() throws IOException {
        Map<String, String> settings = base("euro-bank");
        settings.put("delimiter", ";");
        settings.put("header.lines", "1");
        settings.put("date", "Datum");
        settings.put("date.format", "dd.MM.yyyy");
        settings.put("amount", "Betrag");
        settings.put("amount.style", "european");
        settings.put("type", "Art");
        settings.put("channel.UEB", "BACS_CREDIT");
        settings.put("narrative", "Verwendungszweck");

        TestingFileSink sink = read(format(settings), "Datum;Art;Betrag;Verwendungszweck\n"
                + "01.04.2025;UEB;1.234,56;\"CTAX 312345678; April\"\n02.04.2025;GEB;-2,50;Gebuehr\n");

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.lines()).extracting(StatementLine::signedPence).containsExactly(123_456L, -250L);
        assertThat(sink.lines().get(0).channel()).isEqualTo(Channel.BACS_CREDIT);
        assertThat(sink.lines().get(0).narrative()).isEqualTo("CTAX 312345678; April");
        assertThat(sink.lines().get(1).channel()).as("a type the layout does not list").isEqualTo(Channel.UNKNOWN);
    }

    @Test
    void reportsEveryBadRecordByLineAndKeepsReading() throws IOException {
        Map<String, String> settings = base("plain-bank");
        settings.put("header.lines", "1");
        settings.put("date", "Date");
        settings.put("date.format", "dd/MM/yyyy");
        settings.put("debit", "Paid out");
        settings.put("credit", "Paid in");

        TestingFileSink sink = read(format(settings), "Date,Paid out,Paid in\n31/02/2025,,1.00\n"
                + "01/03/2025,2.00,3.00\n02/03/2025,,12.3x\n03/03/2025,,4.00\n");

        assertThat(sink.problems()).extracting(problem -> problem.location().line(), problem -> problem.code().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "CSV_LAYOUT_BAD_DATE"),
                        org.assertj.core.groups.Tuple.tuple(3L, "CSV_LAYOUT_BAD_AMOUNT"),
                        org.assertj.core.groups.Tuple.tuple(4L, "CSV_LAYOUT_BAD_AMOUNT"));
        assertThat(sink.problems().get(0).message()).contains("'31/02/2025'", "dd/MM/yyyy");
        assertThat(sink.lines()).extracting(StatementLine::signedPence).containsExactly(400L);
    }

    @Test
    void namesTheColumnsAHeaderLacks() throws IOException {
        Map<String, String> settings = base("plain-bank");
        settings.put("header.lines", "1");
        settings.put("date", "Date");
        settings.put("date.format", "dd/MM/yyyy");
        settings.put("amount", "Amount");

        TestingFileSink sink = new TestingFileSink();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> format(settings).read(
                        new ByteArrayInputStream("Date,Value\n".getBytes(StandardCharsets.UTF_8)), context(), sink))
                .hasMessageContaining("the header has no column Amount; it has Date, Value");
    }

    private static Map<String, String> base(String id) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("id", id);
        settings.put("name", "A council's own layout");
        return settings;
    }

    private static InboundFormat format(Map<String, String> settings) {
        return new CsvLayoutFamily().format(TestingLayout.of("layouts/own.layout", settings));
    }

    private static TestingFileSink read(InboundFormat format, String text) throws IOException {
        TestingFileSink sink = new TestingFileSink();
        format.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), context(), sink);
        return sink;
    }

    private static FormatContext context() {
        return new FormatContext() {
            @Override
            public String fileName() {
                return "export.csv";
            }

            @Override
            public java.nio.charset.Charset charset() {
                return StandardCharsets.UTF_8;
            }
        };
    }
}
