package org.coffer.server.reports;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.coffer.server.CofferException;
import org.coffer.server.plugins.PluginReportDefinition;

/**
 * The reports Coffer offers: those it ships (the project's {@code reports/} folder, packaged as class-path resources
 * listed in {@code reports/catalogue.txt}), those plugins add, and any a council adds in the {@code reports} folder
 * of its configuration. Ids are unique: neither a plugin's nor a council's report can silently replace another.
 */
public final class ReportCatalogue {

    static final String SHIPPED_INDEX = "reports/catalogue.txt";

    private final Map<String, Report> reports;
    private final PdfTemplates templates;
    private final PackCatalogue packs;

    private ReportCatalogue(Map<String, Report> reports, PdfTemplates templates, PackCatalogue packs) {
        this.reports = reports;
        this.templates = templates;
        this.packs = packs;
    }

    /**
     * The shipped reports, and the council's own when its configuration folder has a {@code reports} folder: its
     * definitions, its PDF templates ({@code .jrxml}), compiled now, and its packs ({@code reports/packs}).
     */
    public static ReportCatalogue load(Optional<Path> councilDir) {
        return load(councilDir, List.of());
    }

    /**
     * The shipped reports, the plugins' (in plugin order), then the council's own.
     *
     * @throws CofferException naming the plugin and the element when a plugin's definition cannot be read
     */
    public static ReportCatalogue load(Optional<Path> councilDir, List<PluginReportDefinition> fromPlugins) {
        List<Report> all = new ArrayList<>(shipped());
        for (PluginReportDefinition added : fromPlugins) {
            byte[] xml = added.definition().xml().getBytes(StandardCharsets.UTF_8);
            all.add(ReportDefinitionReader.read(new ByteArrayInputStream(xml), added.origin()));
        }
        Optional<Path> folder = councilDir.map(dir -> dir.resolve("reports")).filter(Files::isDirectory);
        folder.ifPresent(dir -> all.addAll(fromFolder(dir)));
        return of(all, folder.map(PdfTemplates::withCouncilFolder).orElseGet(PdfTemplates::shipped), folder);
    }

    static ReportCatalogue of(List<Report> reports) {
        return of(reports, PdfTemplates.shipped(), Optional.empty());
    }

    private static ReportCatalogue of(List<Report> reports, PdfTemplates templates, Optional<Path> councilReports) {
        Map<String, Report> byId = new LinkedHashMap<>();
        for (Report report : reports) {
            Report earlier = byId.putIfAbsent(report.id(), report);
            if (earlier != null) {
                throw new CofferException(ReportErrorCode.REPORT_BAD_DEFINITION, "two reports have the id "
                        + report.id() + ": " + earlier.origin() + " and " + report.origin() + "; rename one");
            }
            if (!templates.has(report.template())) {
                throw new CofferException(ReportErrorCode.REPORT_BAD_DEFINITION, "the report definition "
                        + report.origin() + " names the PDF template " + report.template() + ", which is neither "
                        + "shipped nor in the council's reports folder as " + report.template() + PdfTemplates.SOURCE);
            }
        }
        return new ReportCatalogue(byId, templates, PackCatalogue.load(councilReports, byId));
    }

    PdfTemplates templates() {
        return templates;
    }

    /** Every report, in catalogue order. */
    public List<Report> list() {
        return List.copyOf(reports.values());
    }

    /** Every pack, by id. */
    public List<Pack> packs() {
        return packs.list();
    }

    /** The pack with this id, if there is one; a pack and a report never share an id. */
    public Optional<Pack> pack(String id) {
        return packs.find(id);
    }

    /** The report with this id, or a user error listing the ids there are. */
    public Report find(String id) {
        Report report = reports.get(id);
        if (report == null) {
            throw new CofferException(ReportErrorCode.REPORT_UNKNOWN, "there is no report " + id
                    + "; the reports are " + String.join(", ", reports.keySet()));
        }
        return report;
    }

    static List<Report> shipped() {
        List<Report> shipped = new ArrayList<>();
        for (String name : shippedNames()) {
            String resource = "reports/" + name;
            try (InputStream in = resource(resource)) {
                shipped.add(ReportDefinitionReader.read(in, resource));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return shipped;
    }

    static List<Report> fromFolder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Report> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".xml"))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    found.add(ReportDefinitionReader.read(in, file.toString()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new CofferException(ReportErrorCode.REPORT_BAD_DEFINITION, "cannot read the report definitions in "
                    + dir + ": " + e.getMessage(), List.of(), e);
        }
    }

    private static List<String> shippedNames() {
        try (var reader = new BufferedReader(new InputStreamReader(resource(SHIPPED_INDEX), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED_INDEX, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ReportCatalogue.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path; the server jar is incomplete");
        }
        return in;
    }
}
