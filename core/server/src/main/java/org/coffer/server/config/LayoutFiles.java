package org.coffer.server.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coffer.plugin.api.format.LayoutFile;

/**
 * Reads the {@code .layout} files of a council's {@code layouts} folder, in name order: one {@code name=value}
 * setting a line, {@code #} starting a comment. What the settings mean is the format family's business; here a
 * file must only be well formed, name its family and give no setting twice.
 */
public final class LayoutFiles {

    public static final String FOLDER = "layouts";

    private LayoutFiles() {
    }

    /** The council's layouts, or none when it has no {@code layouts} folder. */
    public static List<CouncilLayout> read(Path councilDir) {
        Path folder = councilDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<CouncilLayout> layouts = new ArrayList<>();
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".layout")).sorted()
                    .toList()) {
                layouts.add(layout(file, FOLDER + "/" + file.getFileName()));
            }
            return layouts;
        } catch (IOException e) {
            throw CouncilCsv.bad(folder, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static CouncilLayout layout(Path file, String source) throws IOException {
        Map<String, String> values = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (text.isBlank() || text.strip().startsWith("#")) {
                    continue;
                }
                int equals = text.indexOf('=');
                if (equals <= 0) {
                    throw CouncilCsv.bad(file, (int) number, "is not a setting: write name=value, or start the line"
                            + " with # for a comment");
                }
                String name = text.substring(0, equals).strip();
                if (values.putIfAbsent(name, text.substring(equals + 1).strip()) != null) {
                    throw CouncilCsv.bad(file, (int) number, "sets '" + name + "' again; it was set on line "
                            + lines.get(name));
                }
                lines.put(name, number);
            }
        }
        String family = values.getOrDefault("family", "");
        if (family.isEmpty()) {
            throw CouncilCsv.bad(file, 0, "names no format family: add a line such as family=csv-layout");
        }
        return new CouncilLayout(family, new LayoutFile(source, values, lines));
    }
}
