package org.coffer.server.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coffer.server.Coffer;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.plugins.PluginHost;
import org.coffer.server.reports.CsvReportWriter;
import org.coffer.server.reports.Pack;
import org.coffer.server.reports.PackPdfWriter;
import org.coffer.server.reports.PackResult;
import org.coffer.server.reports.PackXlsxWriter;
import org.coffer.server.reports.PdfReportWriter;
import org.coffer.server.reports.Report;
import org.coffer.server.reports.ReportCatalogue;
import org.coffer.server.reports.ReportParameter;
import org.coffer.server.reports.ReportResult;
import org.coffer.server.reports.XlsxReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", description = "Runs a report from the catalogue into an .xlsx, .pdf or .csv file, or a "
        + "pack such as committee-pack into an .xlsx or .pdf file, or lists the reports and packs and their parameters.")
final class ReportCommand implements Callable<Integer> {

    enum Format { XLSX, PDF, CSV }

    @Parameters(arity = "0..1", paramLabel = "ID", description = "The report to run (see --list).")
    String id;

    @Option(names = "--list", description = "List the reports, their parameters and defaults.")
    boolean list;

    @Option(names = "--format", defaultValue = "xlsx", description = "xlsx, pdf or csv (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter's value; others take their "
            + "defaults.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CofferConfig config = Workspace.config();
        if (list) {
            try (PluginHost plugins = PluginHost.load(config.pluginsDir())) {
                print(ReportCatalogue.load(config.councilDir(), plugins.reportDefinitions()));
            }
            return 0;
        }
        if (id == null || out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give a report ID and --out FILE, or --list to see the reports");
        }
        try (Coffer coffer = Workspace.open(config)) {
            if (coffer.reports().catalogue().pack(id).isPresent()) {
                writePack(coffer.reports().runPack(id, parameters));
            } else {
                ReportResult result = coffer.reports().run(id, parameters);
                write(out -> writeReport(result, out));
            }
        }
        spec.commandLine().getOut().printf("wrote %s (%s) to %s%n", id, format.name().toLowerCase(Locale.ROOT),
                out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void writeReport(ReportResult result, OutputStream stream) throws IOException {
        if (format == Format.XLSX) {
            new XlsxReportWriter().write(result, stream);
        } else if (format == Format.PDF) {
            new PdfReportWriter().write(result, stream);
        } else {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            new CsvReportWriter().write(result, writer);
        }
    }

    /** A pack is a workbook of several sheets or one PDF: CSV holds one table only. */
    private void writePack(PackResult pack) throws IOException {
        if (format == Format.CSV) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the pack " + id + " comes as xlsx or pdf, "
                    + "not csv: a CSV file holds one table; run its reports one by one for CSV");
        }
        write(stream -> {
            if (format == Format.XLSX) {
                new PackXlsxWriter().write(pack, stream);
            } else {
                new PackPdfWriter().write(pack, stream);
            }
        });
    }

    /** Writes beside the target and then moves it in place, so a failed run leaves no half-written file. */
    private void write(Output output) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                output.to(stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @FunctionalInterface
    private interface Output {
        void to(OutputStream stream) throws IOException;
    }

    private void print(ReportCatalogue catalogue) {
        PrintWriter printer = spec.commandLine().getOut();
        for (Report report : catalogue.list()) {
            printer.printf("%-16s %s%n", report.id(), report.title());
            for (ReportParameter parameter : report.parameters()) {
                printer.printf("  --param %s=%s  (%s, default %s)%n", parameter.name(),
                        parameter.type().spelling().toUpperCase(Locale.ROOT), parameter.label(),
                        parameter.defaultValue());
            }
        }
        for (Pack pack : catalogue.packs()) {
            printer.printf("%-16s %s: %s%n", pack.id(), pack.title(), String.join(", ",
                    pack.sections().stream().map(Pack.Section::report).toList()));
            printer.printf("  --param from=DATE  (From, default the start of the financial year of last month)%n");
            printer.printf("  --param to=DATE  (To, default the end of last month)%n");
        }
        printer.flush();
    }
}
