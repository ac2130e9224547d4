package org.coffer.distribution;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Copies of a real plugin zip with one entry rewritten, as a faulty build or a careless edit would leave it. */
final class PluginZips {

    private PluginZips() {
    }

    /** Writes {@code target}: the zip {@code source} with the named text entries rewritten. */
    static Path rewrite(Path source, Path target, Map<String, UnaryOperator<String>> edits) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
                OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                UnaryOperator<String> edit = edits.get(entry.getName());
                if (edit != null) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }
}
