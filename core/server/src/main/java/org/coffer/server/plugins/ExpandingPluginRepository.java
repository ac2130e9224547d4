package org.coffer.server.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.pf4j.DefaultPluginRepository;
import org.pf4j.util.FileUtils;

/**
 * PF4J's plugin folder, with zips expanded whatever the machine's language. PF4J finds zips by upper-casing their
 * names in the default locale, and in Turkish {@code ".zip"} upper-cases to {@code ".ZİP"}, so no plugin loads.
 */
final class ExpandingPluginRepository extends DefaultPluginRepository {

    private final List<Path> roots;

    ExpandingPluginRepository(List<Path> roots) {
        super(roots);
        this.roots = List.copyOf(roots);
    }

    @Override
    public List<Path> getPluginPaths() {
        roots.stream().filter(Files::isDirectory).forEach(ExpandingPluginRepository::expandZips);
        return super.getPluginPaths();
    }

    private static void expandZips(Path root) {
        try (Stream<Path> files = Files.list(root)) {
            for (Path zip : files.filter(ExpandingPluginRepository::isZip).toList()) {
                FileUtils.expandIfZip(zip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot expand the plugin zips in " + root, e);
        }
    }

    private static boolean isZip(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
