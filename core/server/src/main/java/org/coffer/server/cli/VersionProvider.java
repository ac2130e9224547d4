package org.coffer.server.cli;

import org.coffer.plugin.api.PluginApi;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Coffer " + (version == null ? "(development build)" : version),
                "Plugin API " + PluginApi.version()};
    }
}
