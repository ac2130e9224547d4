package org.coffer.server.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes expanded PF4J plugins into a plugins folder: a descriptor, and the given extension classes copied from the
 * test classes with their extension index, as a plugin zip expands.
 */
public final class TestingPluginFolders {

    private TestingPluginFolders() {
    }

    public static void write(Path pluginsDir, String pluginId, Class<?>... extensions) {
        Path plugin = pluginsDir.resolve(pluginId);
        Path classes = plugin.resolve("classes");
        try {
            Files.createDirectories(classes.resolve("META-INF"));
            Files.writeString(plugin.resolve("plugin.properties"), "plugin.id=" + pluginId + "\nplugin.version=1.0.0\n"
                    + "plugin.provider=Tests\nplugin.requires=>=1.0.0 & <2.0.0\n", StandardCharsets.UTF_8);
            StringBuilder index = new StringBuilder();
            for (Class<?> extension : extensions) {
                String file = extension.getName().replace('.', '/') + ".class";
                Path target = classes.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(testClasses().resolve(file), target);
                index.append(extension.getName()).append('\n');
            }
            Files.writeString(classes.resolve("META-INF/extensions.idx"), index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(TestingPluginFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
