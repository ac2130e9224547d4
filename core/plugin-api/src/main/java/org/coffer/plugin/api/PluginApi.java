package org.coffer.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this plugin API, which a plugin's {@code Plugin-Requires} range is checked against. */
public final class PluginApi {

    private PluginApi() {
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-api.properties is missing from the plugin API jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
