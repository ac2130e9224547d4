package org.coffer.plugin.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;

/** A plugin's packaged zip, expanded into a plugins folder and loaded by PF4J as a server loads it. */
public final class TestingPluginZip {

    private TestingPluginZip() {
    }

    /** Lends the plugin's extensions of one type to {@code use}, then stops and unloads the plugin. */
    public static <T> void withExtensions(Path zip, String pluginId, Class<T> type, Path plugins, Consumer<List<T>> use)
            throws IOException {
        unzip(zip, plugins.resolve(pluginId));
        PluginManager manager = new DefaultPluginManager(plugins);
        try {
            manager.loadPlugins();
            manager.startPlugins();
            use.accept(manager.getExtensions(type, pluginId));
        } finally {
            manager.stopPlugins();
            manager.unloadPlugins();
        }
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException(zip + " has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }
}
