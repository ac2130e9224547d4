package org.coffer.server.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.server.config.Council;
import org.coffer.server.config.TestingCouncil;
import org.coffer.server.store.Database;
import org.coffer.server.users.TestingClock;

/** A database, the demo council and a clock standing at a known time, for running reports in tests. */
final class TestingReports implements AutoCloseable {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-07-15T09:30:00Z");

    final Database database;
    final Council council;
    final TestingClock clock = new TestingClock(NOW, LONDON);
    final TestingLedger ledger;
    final ReportRunner runner;

    TestingReports(Path dir) {
        this.database = Database.open(dir.resolve("coffer.duckdb"));
        this.council = TestingCouncil.fernley(dir.resolve("council"));
        this.ledger = new TestingLedger(database);
        this.runner = new ReportRunner(ReportCatalogue.of(ReportCatalogue.shipped()), database, council, clock);
    }

    /** Writes the result as .xlsx and reads it back with POI, as a test would open the file. */
    static XSSFWorkbook xlsx(ReportResult result) {
        return xlsx(result, new XlsxReportWriter());
    }

    static XSSFWorkbook xlsx(ReportResult result, XlsxReportWriter writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.write(result, bytes);
            return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the result as a PDF and reads back each page's text with PDFBox, as a person would copy it out. */
    static List<String> pdfPages(ReportResult result) {
        return pdfPages(pdf(result, new PdfReportWriter()));
    }

    static byte[] pdf(ReportResult result, PdfReportWriter writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.write(result, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
