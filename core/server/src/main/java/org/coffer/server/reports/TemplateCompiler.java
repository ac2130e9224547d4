package org.coffer.server.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles the shipped PDF templates ({@code reports/*.jrxml}) into {@code .jasper} files during the build, so that
 * the server never compiles its own templates and a template that does not compile stops the build. Run by Maven
 * with the source folder and the output folder as arguments.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("expected two arguments: the folder of .jrxml files and the output "
                    + "folder, got " + args.length);
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<String> failures = new ArrayList<>();
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(PdfTemplates.SOURCE)).sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                Path compiled = target.resolve(name.substring(0, name.length() - PdfTemplates.SOURCE.length())
                        + PdfTemplates.COMPILED);
                try {
                    JasperCompileManager.compileReportToFile(file.toString(), compiled.toString());
                } catch (JRException e) {
                    failures.add(file + ": " + e.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("these report templates do not compile:\n" + String.join("\n", failures));
        }
    }
}
