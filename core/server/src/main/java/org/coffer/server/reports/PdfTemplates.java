package org.coffer.server.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.coffer.server.CofferException;

/**
 * The JasperReports templates that PDF reports are laid out with. Shipped templates are compiled during the build and
 * read from the server jar; a council's templates are {@code .jrxml} sources in its {@code reports} folder, compiled
 * when the catalogue loads. A compiled {@code .jasper} file from outside is refused: loading one deserialises Java
 * objects, which can run whatever its author chose.
 */
final class PdfTemplates {

    static final String SOURCE = ".jrxml";
    static final String COMPILED = ".jasper";
    /** The generic table layouts, whose column slots are placed for each report (see {@link PdfTableLayout}). */
    static final String PORTRAIT = "table-portrait";
    static final String LANDSCAPE = "table-landscape";

    private final Map<String, JasperReport> council;

    private PdfTemplates(Map<String, JasperReport> council) {
        this.council = council;
    }

    static PdfTemplates shipped() {
        return new PdfTemplates(Map.of());
    }

    /** The shipped templates and those in a council's reports folder, each compiled now. */
    static PdfTemplates withCouncilFolder(Path dir) {
        Map<String, JasperReport> compiled = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(COMPILED)) {
                    throw new CofferException(ReportErrorCode.REPORT_BAD_TEMPLATE, "the report template " + file
                            + " is compiled; Coffer does not load compiled templates from outside, because loading "
                            + "one could run any code it holds. Put its " + SOURCE + " source there instead");
                }
                if (name.endsWith(SOURCE)) {
                    String template = name.substring(0, name.length() - SOURCE.length());
                    if (isShipped(template)) {
                        throw bad(file, "a shipped template has the name " + template + "; rename it");
                    }
                    compiled.put(template, compile(file));
                }
            }
        } catch (IOException e) {
            throw new CofferException(ReportErrorCode.REPORT_BAD_TEMPLATE, "cannot read the report templates in "
                    + dir + ": " + e.getMessage(), List.of(), e);
        }
        return new PdfTemplates(Map.copyOf(compiled));
    }

    boolean has(String name) {
        return council.containsKey(name) || isShipped(name);
    }

    /** Whether the template is one of the generic tables, whose column slots are placed for each report. */
    static boolean isGenericTable(String name) {
        return name.equals(PORTRAIT) || name.equals(LANDSCAPE);
    }

    /**
     * The template for one run. A shipped template is read afresh from the jar each time, because a generic table's
     * slots are placed for the report in hand; a council's template is shared, as it is never changed.
     */
    JasperReport forRun(String name) {
        JasperReport own = council.get(name);
        if (own != null) {
            return own;
        }
        try (InputStream in = PdfTemplates.class.getClassLoader().getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new CofferException(ReportErrorCode.REPORT_BAD_TEMPLATE, "there is no report template "
                        + name);
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped template " + name, e);
        } catch (JRException e) {
            throw new IllegalStateException("the shipped template " + name + " cannot be read; the server jar is "
                    + "incomplete or from another JasperReports version", e);
        }
    }

    private static boolean isShipped(String name) {
        return PdfTemplates.class.getClassLoader().getResource(resource(name)) != null;
    }

    private static String resource(String name) {
        return "reports/" + name + COMPILED;
    }

    private static JasperReport compile(Path file) {
        try {
            return JasperCompileManager.compileReport(file.toString());
        } catch (JRException e) {
            throw bad(file, e.getMessage());
        }
    }

    private static CofferException bad(Path file, String what) {
        return new CofferException(ReportErrorCode.REPORT_BAD_TEMPLATE, "the report template " + file
                + " cannot be used: " + what);
    }
}
