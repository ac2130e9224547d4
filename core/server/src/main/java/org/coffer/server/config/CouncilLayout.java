package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import org.coffer.plugin.api.format.LayoutFile;

/**
 * A bank export layout a council wrote in its {@code layouts} folder: the settings of one {@code .layout} file,
 * handed to the plugin whose format family the file names.
 *
 * @param family the format family that reads it, from its {@code family} setting
 */
public record CouncilLayout(String family, LayoutFile file) {

    public CouncilLayout {
        requireNonNull(family, "family is null");
        requireNonNull(file, "file is null");
    }

    /** The file's name within the council's folder, such as {@code layouts/fernley-bank.layout}. */
    public String source() {
        return file.source();
    }
}
