package org.coffer.server.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.coffer.server.CofferException;

/**
 * The packs Coffer offers: those it ships ({@code reports/packs/}) and a council's in the {@code reports/packs}
 * folder of its configuration, which replace a shipped pack of the same id. Every section must name a report of the
 * catalogue and every figure a column of it, checked when the catalogue loads.
 */
final class PackCatalogue {

    static final List<String> SHIPPED = List.of("reports/packs/committee-pack.xml");

    private final Map<String, Pack> packs;

    private PackCatalogue(Map<String, Pack> packs) {
        this.packs = packs;
    }

    static PackCatalogue load(Optional<Path> councilReports, Map<String, Report> reports) {
        Map<String, Pack> packs = new LinkedHashMap<>();
        for (String resource : SHIPPED) {
            try (InputStream in = PackCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the class path; the server jar is "
                            + "incomplete");
                }
                Pack pack = PackDefinitionReader.read(in, resource);
                packs.put(pack.id(), pack);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        councilReports.map(dir -> dir.resolve("packs")).filter(Files::isDirectory)
                .ifPresent(dir -> fromFolder(dir).forEach(pack -> packs.put(pack.id(), pack)));
        packs.values().forEach(pack -> check(pack, reports));
        return new PackCatalogue(Map.copyOf(packs));
    }

    List<Pack> list() {
        return packs.values().stream().sorted(Comparator.comparing(Pack::id)).toList();
    }

    Optional<Pack> find(String id) {
        return Optional.ofNullable(packs.get(id));
    }

    private static List<Pack> fromFolder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> definitions = files.filter(f -> f.getFileName().toString().endsWith(".xml"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            List<Pack> found = new ArrayList<>();
            for (Path file : definitions) {
                try (InputStream in = Files.newInputStream(file)) {
                    found.add(PackDefinitionReader.read(in, file.toString()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new CofferException(ReportErrorCode.REPORT_BAD_DEFINITION, "cannot read the pack definitions in "
                    + dir + ": " + e.getMessage(), List.of(), e);
        }
    }

    private static void check(Pack pack, Map<String, Report> reports) {
        if (reports.containsKey(pack.id())) {
            throw PackDefinitionReader.bad(pack.origin(), "pack", "a report has the id " + pack.id() + "; rename one");
        }
        Set<String> listed = new HashSet<>();
        for (Pack.Section section : pack.sections()) {
            Report report = reports.get(section.report());
            if (!listed.add(section.report())) {
                // Each section's sheets are named after its report, so a second one would clash in the workbook.
                throw PackDefinitionReader.bad(pack.origin(), "section " + section.report(), "the pack already has "
                        + "this report; give each report one section, with all its figures");
            }
            if (report == null) {
                throw PackDefinitionReader.bad(pack.origin(), "section " + section.report(), "there is no report "
                        + section.report() + "; the reports are " + String.join(", ", reports.keySet()));
            }
            for (Pack.Figure figure : section.figures()) {
                column(pack, report, figure.column(), figure.label());
                figure.matches().forEach(match -> column(pack, report, match.column(), figure.label()));
            }
        }
    }

    private static void column(Pack pack, Report report, String name, String figure) {
        if (report.columns().stream().noneMatch(c -> c.name().equals(name))) {
            throw PackDefinitionReader.bad(pack.origin(), "section " + report.id() + ", figure '" + figure + "'",
                    "the report has no column " + name + "; its columns are " + String.join(", ",
                            report.columns().stream().map(ReportColumn::name).toList()));
        }
    }
}
